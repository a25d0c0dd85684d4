"""Advance boxes for the characters whose loose box PDFium gives as their ink alone.

PDFium's loose box (``FPDFText_GetLooseCharBox``) is a character's advance: from its origin,
the font's width for it along the line and the font's ascent and descent across, in points. The
layout reads a character's type size and its line from that box (a full-width character is one
em wide whatever its glyph; the boxes of one line share a top and a bottom). Where PDFium has no
advance for a character, its loose box is the ink of its glyph (``FPDFText_GetCharBox``), no
wider or taller than the strokes: 日 set in 11 pt is then 7.2 pt wide and 9.3 pt tall, read as
7.2 pt type and cut out of its line (``昨 / 日 / 开幕``), and the gap beside it read as a space.

PDFium does so (``CPDF_TextPage``'s ``GetLooseBounds``) for a character taken from a marked
content span's ``/ActualText``, the text a PDF writer gives for glyphs whose own Unicode mapping
would read wrong (no character code of the font, so no width; its box the span's glyphs' ink,
shared out among the text's characters), and for a font without an ascent and descent. Chromium
(Skia) writes such a span around every glyph its font shares with a Kangxi or CJK radical, its
``/ToUnicode`` naming the radical (``⽇`` U+2F47 for 日): 日 月 二 十 人 大 小 民 长 高 … in a
page printed to PDF from a browser; on two reviewers' pages (Noto Sans CJK) 33 of 170 and 80 of
464 Han characters.

:func:`em_boxes` gives those characters back an advance box, from their own geometry and font
size, in the PDF's user space (points) as PDFium's loose boxes are, the way PDFium makes one
for a character with a width: across the line, the font's ascent over the baseline through the
character's origin and its descent under it (an ideographic em box, 0.88 em over and 0.12 under,
for a font that gives none), or that height centred on its ink when the ink's middle is not
between them (the origin is not on its baseline); along the line, for a full-width character, one em (the font size)
from its origin when its ink lies within that em (the origin is its own), else one em centred
on its ink (one of several characters a span's glyphs stand for, all with the span's origin);
for a half-width character, its ink, from its origin when the origin is its own. The character's
matrix (text space to user space) turns the box as the text is turned.

Calls PDFium: on PDFium's thread only (:func:`~articles.pdfpages.characters.read_raw_chars`).
"""

from __future__ import annotations

import ctypes
import unicodedata

import pypdfium2.raw as pdfium_c

from articles.pdfpages.document import _fast, _placed_bounds, _text_font, _walk

_P, _I = ctypes.c_void_p, ctypes.c_int
_font_size = _fast(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
_matrix = _fast(pdfium_c.FPDFText_GetMatrix, _I, _P, _I, _P)
_origin = _fast(pdfium_c.FPDFText_GetCharOrigin, _I, _P, _I, _P, _P)
_text_object = _fast(pdfium_c.FPDFText_GetTextObject, _P, _P, _I)
_ascent = _fast(pdfium_c.FPDFFont_GetAscent, _I, _P, ctypes.c_float, _P)
_descent = _fast(pdfium_c.FPDFFont_GetDescent, _I, _P, ctypes.c_float, _P)
_bounds = _fast(pdfium_c.FPDFPageObj_GetBounds, _I, _P, _P, _P, _P, _P)

# An ideographic em box: the share of the em over the baseline and under it (Source Han Sans,
# Noto CJK, Founder's fonts), for a font that gives no ascent and descent.
EM_ASCENT, EM_DESCENT = 0.88, -0.12


def ink_only(loose, tight, loose_ok: list[int], tight_ok: list[int]) -> list[int]:
    """The indexes of the characters whose loose box is their ink box, edge for edge: ``loose``
    four floats a character (left, top, right, bottom), ``tight`` four (left, right, bottom,
    top), both in user space, as :class:`~articles.pdfpages.characters.RawChars` holds them.
    PDFium copies the one into the other (floats both), so the edges are equal, not close. A
    character's advance box joined with its ink is its ink only where the ink covers the whole
    advance, which no glyph's strokes do. Not a character without ink (a space or a line break
    PDFium generated: both boxes empty, nothing to measure a box from). No PDFium; one comparison a character (the left
    edges), the other three edges only where the left ones match."""
    lefts = [i for i, (a, b) in enumerate(zip(loose[0::4], tight[0::4], strict=True)) if a == b]
    return [
        i
        for i in lefts
        if loose_ok[i]
        and tight_ok[i]
        and loose[4 * i] < loose[4 * i + 2]
        and loose[4 * i + 3] < loose[4 * i + 1]
        and loose[4 * i + 1] == tight[4 * i + 3]
        and loose[4 * i + 2] == tight[4 * i + 1]
        and loose[4 * i + 3] == tight[4 * i + 2]
    ]


def em_boxes(page: int, handle: int, indexes: list[int], codes: list[int], loose, tight) -> None:
    """Write into ``loose`` (a ctypes array of four floats a character: left, top, right,
    bottom, user space) the advance box (see the module's docstring) of each character at
    ``indexes`` of text page ``handle`` (raw ``FPDF_PAGE`` and ``FPDF_TEXTPAGE`` addresses),
    from its ink box in ``tight`` (left, right, bottom, top), its code point in ``codes``, and
    PDFium's font size, matrix, origin and font for it. A character PDFium has no font size or
    no turnable matrix for keeps its box. Calls PDFium.

    A span inside a form (a page placed on another as an XObject: turned, imposed) is given by
    PDFium in the form's own space, its ink and origin both (its matrix is the page's): they are
    taken to the page's by the form's matrix (:func:`~articles.pdfpages.document._walk`), ink
    in ``tight`` as well."""
    m = pdfium_c.FS_MATRIX()
    ox, oy, value = ctypes.c_double(), ctypes.c_double(), ctypes.c_float()
    at_m, at_x, at_y = ctypes.addressof(m), ctypes.addressof(ox), ctypes.addressof(oy)
    at_v = ctypes.addressof(value)
    placed: dict | None = None  # objects inside forms: their form's matrix, walked once
    for i in indexes:
        size = _font_size(handle, i)
        if not size > 0 or not _matrix(handle, i, at_m) or not _origin(handle, i, at_x, at_y):
            continue
        a, b, c, d = m.a, m.b, m.c, m.d
        det = a * d - b * c
        if abs(det) < 1e-9:
            continue
        text_object = _text_object(handle, i)
        if placed is None:
            placed = {}
            _walk(page, placed=placed)
        origin, ink = (ox.value, oy.value), tuple(tight[4 * i : 4 * i + 4])
        form = placed.get(text_object) if text_object else None
        if form is not None and _in_form_space(text_object, ink):
            origin, ink = _placed(origin, ink, form)
            tight[4 * i : 4 * i + 4] = list(ink)
        ascent, descent = _metrics(text_object, size, at_v, value)
        left, right, bottom, top = ink
        xs, ys = [], []
        for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
            dx, dy = x - origin[0], y - origin[1]  # the ink's corners in text space
            xs.append((d * dx - c * dy) / det)
            ys.append((a * dy - b * dx) / det)
        middle = (min(ys) + max(ys)) / 2
        if not descent < middle < ascent:  # the origin is not on its baseline: about its ink
            middle -= (ascent + descent) / 2
            ascent, descent = ascent + middle, descent + middle
        x0, x1 = _along(min(xs), max(xs), size, unicodedata.east_asian_width(chr(codes[i])))
        ux = [a * x + c * y + origin[0] for x in (x0, x1) for y in (descent, ascent)]
        uy = [b * x + d * y + origin[1] for x in (x0, x1) for y in (descent, ascent)]
        loose[4 * i : 4 * i + 4] = [min(ux), max(uy), max(ux), min(uy)]


def _in_form_space(text_object: int, ink: tuple) -> bool:
    """Whether ``ink`` (left, right, bottom, top) lies within the text object's bounds in its
    own space (a span's characters share its glyphs' ink out), not in the page's."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not _bounds(text_object, *(ctypes.addressof(v) for v in (left, bottom, right, top))):
        return False
    slack = 0.01 + 0.001 * max(abs(v) for v in ink)
    return (
        left.value - slack <= ink[0] <= ink[1] <= right.value + slack
        and bottom.value - slack <= ink[2] <= ink[3] <= top.value + slack
    )


def _placed(origin: tuple, ink: tuple, form: tuple) -> tuple[tuple, tuple]:
    """``origin`` (x, y) and ``ink`` (left, right, bottom, top) in a form's space taken to the
    page's by the form's matrix ``form`` (six floats, PDF order)."""
    a, b, c, d, e, f = form
    x, y = origin
    left, bottom, right, top = _placed_bounds(ink[0], ink[2], ink[1], ink[3], form)
    return (a * x + c * y + e, b * x + d * y + f), (left, right, bottom, top)


def _metrics(text_object: int | None, size: float, at_value: int, value) -> tuple[float, float]:
    """The ascent and descent at ``size`` of the font of ``text_object`` (text space units, the
    descent negative), or the ideographic em box's when the font gives none."""
    font = _text_font(text_object) if text_object else None
    if font and _ascent(font, size, at_value):
        ascent = value.value
        if _descent(font, size, at_value) and value.value < 0 < ascent:
            return ascent, value.value
    return EM_ASCENT * size, EM_DESCENT * size


def _along(ink0: float, ink1: float, size: float, width: str) -> tuple[float, float]:
    """Where an advance box lies along the line (text space, from the origin) for ink from
    ``ink0`` to ``ink1``: see the module's docstring. ``width``: the character's East Asian
    width (``W`` or ``F``: full-width)."""
    own = -0.01 * size <= ink0 and ink1 <= 1.01 * size  # its ink within the em after its origin
    if width in "WF":
        if own:
            return 0.0, size
        middle = (ink0 + ink1) / 2
        return middle - size / 2, middle + size / 2
    return (min(ink0, 0.0) if own else ink0), ink1
