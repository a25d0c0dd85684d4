"""A page's characters with their boxes, read from PDFium's text page in two steps.

:func:`read_raw_chars` is PDFium's part: the text page loaded, and for each of its characters
the code point, the loose box and the tight box copied as they are into flat C arrays (a few
ctypes calls a character and nothing else), the text page closed. :func:`build_chars` is the
Python part: which characters were printed on the page, their page-relative boxes and font
sizes (:class:`~articles.pdfpages.document.Char`). The first must run on the thread that calls
PDFium (PDFium is not thread-safe); the second touches no PDFium, so the importer runs it on a
worker thread while PDFium renders the page on the caller's (ctypes lets other threads run
during a PDFium call): :class:`articles.importing.pdfprepare.PdfPreparer`. :func:`read_page`
does both, one after the other.

Pure (pypdfium2, no Django), like :mod:`~articles.pdfpages.document`.
"""

from __future__ import annotations

import ctypes
import unicodedata
from array import array
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from articles.pdfpages.document import (
    Box,
    Char,
    PageLayout,
    PageObjects,
    PdfLimits,
    _address,
    _check_pixels,
    _fast,
    _page,
    _page_objects,
)

_P, _I = ctypes.c_void_p, ctypes.c_int
_is_generated = _fast(pdfium_c.FPDFText_IsGenerated, _I, _P, _I)
_unicode = _fast(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _P, _I)
_loose_box = _fast(pdfium_c.FPDFText_GetLooseCharBox, _I, _P, _I, _P)
_tight_box = _fast(pdfium_c.FPDFText_GetCharBox, _I, _P, _I, _P, _P, _P, _P)

DEFAULT_LIMITS = PdfLimits()  # frozen: one instance serves every call

_NOT_PRINTED = frozenset({0, 0x0A, 0x0D, 0xFFFE, 0xFFFF})
_SPACES = frozenset({0x20, 0xA0, 0x3000, 0x09})


@dataclass(frozen=True)
class RawChars:
    """What PDFium's text page says of a page's ``count`` characters, copied as it is:
    ``codes`` (the code point of each), ``loose`` (four 32-bit floats a character, PDFium's
    ``FS_RECTF`` order: left, top, right, bottom, in points from the page's bottom left) and
    whether PDFium gave it (``loose_ok``, 1 or 0), ``tight`` (four 64-bit floats a character:
    left, right, bottom, top) and ``tight_ok``, and the characters PDFium ``generated`` (spaces
    and line breaks it adds between words and at line ends; only spaces are asked). About 60
    bytes a character; no Python object per character but the codes and flags."""

    count: int
    codes: list[int]
    loose: array
    loose_ok: list[int]
    tight: array
    tight_ok: list[int]
    generated: frozenset[int]


def read_raw_chars(page: pdfium.PdfPage) -> RawChars:
    """Page ``page``'s characters as PDFium's text page gives them (:class:`RawChars`); the text
    page is loaded and closed here. Calls PDFium: on PDFium's thread only."""
    textpage = page.get_textpage()
    try:
        handle = _address(textpage.raw)
        count = pdfium_c.FPDFText_CountChars(textpage.raw)
        codes = [_unicode(handle, i) for i in range(count)]
        loose = (ctypes.c_float * (4 * count))()
        at = ctypes.addressof(loose)
        loose_ok = [_loose_box(handle, i, at + 16 * i) for i in range(count)]
        tight = (ctypes.c_double * (4 * count))()
        at = ctypes.addressof(tight)
        tight_ok = [
            _tight_box(handle, i, at + 32 * i, at + 32 * i + 8, at + 32 * i + 16, at + 32 * i + 24)
            for i in range(count)
        ]
        generated = frozenset(
            i for i, code in enumerate(codes) if code in _SPACES and _is_generated(handle, i) == 1
        )
    finally:
        textpage.close()
    return RawChars(
        count,
        codes,
        array("f", bytes(loose)),
        loose_ok,
        array("d", bytes(tight)),
        tight_ok,
        generated,
    )


def build_chars(raw: RawChars, width: float, height: float) -> list[Char]:
    """The printed characters of a page ``width`` × ``height`` points from ``raw``, in PDFium's
    order, with their loose boxes (the glyph's advance, not its ink; page-relative) and font
    sizes in points. Left out: the codes in ``_NOT_PRINTED``, the spaces PDFium generated, a
    character without a box, and one centred off the page (a spread cut into pages) unless its
    ink (tight box) is centred on it (a figure at a line's end whose loose box, a whole em,
    hangs past the edge). A half-width character's box ends where its ink does. No PDFium:
    any thread. (The loop runs once per character, thousands a page: tuples are made
    directly, clamps written out.)"""
    loose, tight, tight_ok, generated = raw.loose, raw.tight, raw.tight_ok, raw.generated
    chars: list[Char] = []
    half: list[int] = []  # where the half-width characters are, sized afterwards
    wide_cache: dict[str, bool] = {}
    new, box_type, char_type = tuple.__new__, Box, Char
    for i, (code, ok) in enumerate(zip(raw.codes, raw.loose_ok, strict=True)):
        if code in _NOT_PRINTED or i in generated or not ok:
            continue
        x0, y_top, x1, y_bottom = loose[4 * i : 4 * i + 4]
        if not (0 <= (x0 + x1) / 2 <= width and 0 <= (y_top + y_bottom) / 2 <= height):
            left, right, bottom, top = tight[4 * i : 4 * i + 4]
            if not (
                tight_ok[i]
                and 0 <= (left + right) / 2 <= width
                and 0 <= (bottom + top) / 2 <= height
            ):
                continue  # outside the page (a spread cut into pages): not printed here
        text = chr(code)
        wide = wide_cache.get(text)
        if wide is None:
            wide = wide_cache[text] = unicodedata.east_asian_width(text) in "WF"
        # A full-width character is one em wide: its width is the font size, whatever the
        # glyph's height (一 is flat). Other characters: the box's height.
        if wide:
            size = abs(x1 - x0)
        else:
            size = -abs(y_top - y_bottom)
            right = tight[4 * i + 1]
            if tight_ok[i] and right > x0:
                x1 = right  # a half-width digit's loose box is a whole em: its ink
            half.append(len(chars))
        if x1 < x0:
            x0, x1 = x1, x0
        if y_top < y_bottom:
            y_top, y_bottom = y_bottom, y_top
        bx0, by0 = x0 / width, 1 - y_top / height
        bx1, by1 = x1 / width, 1 - y_bottom / height
        box = new(
            box_type,
            (
                bx0 if bx0 > 0.0 else 0.0,
                by0 if by0 > 0.0 else 0.0,
                bx1 if bx1 < 1.0 else 1.0,
                by1 if by1 < 1.0 else 1.0,
            ),
        )
        chars.append(new(char_type, (text, box, size)))
    return _sized(chars, half)


def _sized(chars: list[Char], half: list[int]) -> list[Char]:
    """Sizes for the half-width characters at ``half`` (marked by a negative box height): their
    box height times the page's ratio of a full-width character's width to its box height, so
    a digit in a line of Chinese has the line's size. ``chars`` is changed in place."""
    ratios = sorted(
        c.size / (c.box.y1 - c.box.y0) for c in chars if c.size > 0 and c.box.y1 > c.box.y0
    )
    ratio = ratios[len(ratios) // 2] if ratios else 1.0
    for n in half:
        c = chars[n]
        if c.size < 0:
            chars[n] = Char(c.text, c.box, (c.box.y1 - c.box.y0) * ratio)
    return chars


def layout_of(width: float, height: float, chars: list[Char], objects: PageObjects) -> PageLayout:
    """The :class:`PageLayout` of a page ``width`` × ``height`` points with these characters
    and what :func:`~articles.pdfpages.document.check_page` found among its objects (images,
    font warnings); a warning first when it has no text layer."""
    layout = PageLayout(width=width, height=height, chars=chars, images=list(objects.images))
    if not layout.has_text:
        layout.warnings.append(
            "这一版的 PDF 没有文字层（扫描件，或文字已转成曲线）：只生成版面图，"
            "无法据此划分稿件热区，也不能从中导入文字"
        )
    layout.warnings.extend(objects.font_warnings)
    return layout


def read_page(
    document: pdfium.PdfDocument | pdfium.PdfPage,
    index: int = 0,
    limits: PdfLimits = DEFAULT_LIMITS,
    *,
    objects: PageObjects | None = None,
) -> PageLayout:
    """The characters, images and size of page ``index`` (0-based) of an open document, or of
    a page already loaded (:func:`~articles.pdfpages.document.loaded_page`; ``index`` is then
    not used). ``objects``: what :func:`~articles.pdfpages.document.check_page` found on this
    page of the same bytes (its objects are then not walked again; the page's size is checked
    again, which costs nothing).

    Raises :class:`~articles.pdfpages.document.PdfPageError` when the page is too large to
    render at ``limits.dpi`` or its images would decode to more than
    ``limits.max_image_pixels``."""
    with _page(document, index) as page:
        width, height = page.get_size()
        _check_pixels(width, height, limits)
        if objects is None:
            objects = _page_objects(page, width, height, limits)
        raw = read_raw_chars(page)  # PDFium's text page: loaded, read, closed
        return layout_of(width, height, build_chars(raw, width, height), objects)
