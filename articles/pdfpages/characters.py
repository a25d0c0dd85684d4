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
import math
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from articles.pdfpages.document import (
    Box,
    Char,
    PageFrame,
    PageLayout,
    PageObjects,
    PdfLimits,
    _address,
    _check_pixels,
    _fast,
    _page,
    _page_objects,
    page_frame,
)
from articles.pdfpages.emboxes import em_boxes, ink_only
from articles.pdfpages.spacing import word_spaces
from articles.pdfpages.textlayer import NO_TEXT, UNREADABLE

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
    left, right, bottom, top) and ``tight_ok`` (for a character whose loose box PDFium gives as
    its ink alone, an advance box made from its geometry and font size instead, its ink in the
    page's space: :mod:`~articles.pdfpages.emboxes`), and the characters PDFium ``generated`` (spaces
    and line breaks it adds between words and at line ends; only spaces are asked), the page's
    ``frame`` (its visible box and rotation: the boxes are in the PDF's user space, from its
    origin, unturned; None: a box from (0, 0), unturned) and ``reading``, how far user space is
    turned clockwise for its text to stand upright (0 as a rule; on a page with ``/Rotate``,
    the page's rotation when its text was set sideways to be turned upright, and 0 when an
    upright page was turned: :func:`reading_rotation`). About 60 bytes a character; no Python
    object per character but the codes and flags."""

    count: int
    codes: list[int]
    loose: array
    loose_ok: list[int]
    tight: array
    tight_ok: list[int]
    generated: frozenset[int]
    frame: PageFrame | None = None
    reading: int = 0


def read_raw_chars(page: pdfium.PdfPage) -> RawChars:
    """Page ``page``'s characters as PDFium's text page gives them, with the page's frame
    (:class:`RawChars`); the text page is loaded and closed here. PDFium orders a page's
    characters into lines as the page is shown; a turned page (``/Rotate``) whose text stands
    upright only unturned (an upright page an editor turned in Acrobat) is read unturned, the
    page's rotation set back as it was afterwards, or its lines would be read across its
    columns. Calls PDFium: on PDFium's thread only."""
    frame = page_frame(page)
    textpage = page.get_textpage()
    reading = 0
    try:
        if frame.rotation:
            reading = reading_rotation(textpage)
            if reading != frame.rotation:
                textpage.close()
                page.set_rotation(reading)
                try:
                    textpage = page.get_textpage()
                finally:
                    page.set_rotation(frame.rotation)
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
        inked = ink_only(loose, tight, loose_ok, tight_ok)
        if inked:  # PDFium gave their ink as their advance: :mod:`~articles.pdfpages.emboxes`
            em_boxes(_address(page.raw), handle, inked, codes, loose, tight)
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
        frame,
        reading,
    )


def reading_rotation(textpage: pdfium.PdfTextPage, sample: int = 200) -> int:
    """How far a page's user space must be turned clockwise (0, 90, 180 or 270) for most of its
    text to stand upright: from the angles of up to ``sample`` of its characters, spread over
    the page's text (PDFium's ``FPDFText_GetCharAngle``: the character's baseline in user
    space, in radians, counted clockwise). 0 for a page without text. Calls PDFium."""
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    votes: Counter[int] = Counter()
    for i in range(0, count, max(1, count // sample)):
        if pdfium_c.FPDFText_GetUnicode(textpage.raw, i) in _NOT_PRINTED | _SPACES:
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)
        if angle >= 0:
            votes[round(math.degrees(-angle) / 90) * 90 % 360] += 1
    return votes.most_common(1)[0][0] if votes else 0


def _turned_raw(raw: RawChars, frame: PageFrame, turn: int) -> tuple[array, array, PageFrame]:
    """``raw``'s loose and tight boxes in user space turned ``turn`` degrees clockwise (90, 180
    or 270) within the page's box, in points from the turned box's bottom left, and the turned
    page's frame (its box from (0, 0), unturned). Used for a page whose text stands upright only
    so turned: each character's size and ink are then measured along its line."""
    left, bottom, right, top = frame.left, frame.bottom, frame.right, frame.top
    if turn == 90:
        point, size = (lambda x, y: (y - bottom, right - x)), (frame.height, frame.width)
    elif turn == 180:
        point, size = (lambda x, y: (right - x, top - y)), (frame.width, frame.height)
    else:
        point, size = (lambda x, y: (top - y, x - left)), (frame.height, frame.width)
    loose, tight = array("f"), array("d")
    for i in range(raw.count):
        x0, y_top, x1, y_bottom = raw.loose[4 * i : 4 * i + 4]
        (ax, ay), (bx, by) = point(x0, y_top), point(x1, y_bottom)
        loose.extend((min(ax, bx), max(ay, by), max(ax, bx), min(ay, by)))
        l_, r_, b_, t_ = raw.tight[4 * i : 4 * i + 4]
        (ax, ay), (bx, by) = point(l_, b_), point(r_, t_)
        tight.extend((min(ax, bx), max(ax, bx), min(ay, by), max(ay, by)))
    return loose, tight, PageFrame(0.0, 0.0, *size)


def build_chars(raw: RawChars, width: float, height: float) -> list[Char]:
    """The printed characters of a page shown ``width`` × ``height`` points (``page.get_size()``:
    turned, when the page is) from ``raw``, in PDFium's order, with their loose boxes (the
    glyph's advance, not its ink) and font sizes in points. The boxes are page-relative on the
    page as it is rendered: from the top left of its visible box, turned as the page is
    (``raw.frame``, :class:`~articles.pdfpages.document.PageFrame`; without one, a box
    ``width`` × ``height`` from the origin, unturned). Left out: the codes in
    ``_NOT_PRINTED``, the spaces PDFium generated (but one between two words of a Latin
    run, which is kept: :func:`~articles.pdfpages.spacing.word_spaces`), a character without a
    box, and one centred
    off the visible box (a spread cut into pages, a page's bleed) unless its ink (tight box) is
    centred on it (a figure at a line's end whose loose box, a whole em, hangs past the edge).
    A half-width character's box ends where its ink does. No PDFium: any thread. (The loop
    runs once per character, thousands a page: tuples are made directly, clamps written
    out.)"""
    frame = raw.frame or PageFrame(0.0, 0.0, width, height)
    loose, tight, upright = raw.loose, raw.tight, frame
    if raw.reading:  # measured in the frame in which the text stands upright
        loose, tight, upright = _turned_raw(raw, frame, raw.reading)
    chars, half, where = _upright_chars(raw, loose, tight, upright)
    chars = word_spaces(_sized(chars, half), where, raw.generated)
    turn = (frame.rotation - raw.reading) % 360
    if turn:  # from the upright page to the page as shown
        new, char_type = tuple.__new__, Char
        turned = PageFrame(0.0, 0.0, 1.0, 1.0, turn).turned
        chars = [new(char_type, (c.text, turned(c.box), c.size)) for c in chars]
    return chars


def _upright_chars(
    raw: RawChars, loose: array, tight: array, upright: PageFrame
) -> tuple[list[Char], list[int], list[int]]:
    """:func:`build_chars`' characters, page-relative in ``upright`` (the page's frame turned
    so that its text stands upright, ``loose`` and ``tight`` its boxes there), where the
    half-width ones are (their sizes, negative, given by :func:`_sized`) and the index of each
    in ``raw`` (for :func:`~articles.pdfpages.spacing.word_spaces`)."""
    tight_ok, generated = raw.tight_ok, raw.generated
    left_edge, bottom_edge = upright.left, upright.bottom
    right_edge, top_edge = upright.right, upright.top
    width, height = upright.width, upright.height
    chars: list[Char] = []
    half: list[int] = []  # where the half-width characters are, sized afterwards
    where: list[int] = []  # each character's index in the text page
    wide_cache: dict[str, bool] = {}
    new, box_type, char_type = tuple.__new__, Box, Char
    for i, (code, ok) in enumerate(zip(raw.codes, raw.loose_ok, strict=True)):
        if code in _NOT_PRINTED or i in generated or not ok:
            continue
        x0, y_top, x1, y_bottom = loose[4 * i : 4 * i + 4]
        if not (
            left_edge <= (x0 + x1) / 2 <= right_edge
            and bottom_edge <= (y_top + y_bottom) / 2 <= top_edge
        ):
            left, right, bottom, top = tight[4 * i : 4 * i + 4]
            if not (
                tight_ok[i]
                and left_edge <= (left + right) / 2 <= right_edge
                and bottom_edge <= (bottom + top) / 2 <= top_edge
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
        bx0, by0 = (x0 - left_edge) / width, (top_edge - y_top) / height
        bx1, by1 = (x1 - left_edge) / width, (top_edge - y_bottom) / height
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
        where.append(i)
    return chars, half, where  # sized on the upright boxes: a line's height is its type's


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
    state = layout.text_layer
    if state == NO_TEXT:
        layout.warnings.append(
            "这一版的 PDF 没有文字层（扫描件，或文字已转成曲线）：只生成版面图，"
            "无法据此划分稿件热区，也不能从中导入文字"
        )
    elif state == UNREADABLE:
        layout.warnings.append(
            "这一版的 PDF 有文字层，但读不出文字（读出的多是控制字符之类的乱码，多半是字体没有"
            "附 Unicode 对照表 ToUnicode）：只生成版面图，稿件热区无法自动匹配，请在编辑台上"
            "手工划出；也不能从中导入文字（重新导出时请选嵌入字体并保留可复制的文字）"
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
