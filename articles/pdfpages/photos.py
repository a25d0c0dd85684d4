"""A page's photos cut from its PDF: each image box rendered as the page prints it.

Pure (pypdfium2 and Pillow, no Django), like :mod:`~articles.pdfpages.rendering`.

Why rendered, not extracted: an image object's own bitmap (``PdfImage.get_bitmap``) is what
was placed, not what is printed: prepress PDFs hold CMYK JPEGs (often with Adobe's inverted
CMYK), soft masks, images flipped or turned by their matrix, a photo cut into tiles, 300 dpi
originals of many megapixels. Rendering the image's box of the page at the import's dpi gives
what readers see on paper (masks, turns, tiles and colour handled by PDFium as for the page
image), bounded in pixels by the page's own limit, and costs only the box's pixels (PDFium
draws into a bitmap of the box's size). What the box also shows (a caption printed over the
photo, a frame) is shown as printed.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from articles.pdfpages.document import POINTS_PER_INCH, Box, PdfLimits, _check_pixels, _page
from articles.pdfpages.rendering import DEFAULT_LIMITS, image_options

#: A box smaller than this many pixels across or down at the import's dpi is no photo (a rule,
#: a bullet, a logo's speck): not cut.
MIN_SIDE = 24


@dataclass(frozen=True)
class CutPhoto:
    """An image box of a page rendered and encoded: ``image`` (bytes in ``limits.image_format``)
    of ``width`` × ``height`` pixels, and the file's ``suffix`` (``.webp``, ``.jpg``)."""

    image: bytes
    width: int
    height: int
    suffix: str


def _pixels(box: Box, full_w: int, full_h: int) -> tuple[int, int, int, int] | None:
    """``box`` (page-relative) in whole pixels of a page picture ``full_w`` × ``full_h`` (left,
    top, right, bottom), or None when it is under :data:`MIN_SIDE` pixels across or down."""
    left, top = math.floor(box.x0 * full_w), math.floor(box.y0 * full_h)
    right, bottom = min(math.ceil(box.x1 * full_w), full_w), min(math.ceil(box.y1 * full_h), full_h)
    if right - left < MIN_SIDE or bottom - top < MIN_SIDE:
        return None
    return left, top, right, bottom


def _encoded(image: Image.Image, limits: PdfLimits) -> CutPhoto:
    pillow_format, suffix, options = image_options(limits)
    out = io.BytesIO()
    (image if image.mode in ("RGB", "L") else image.convert("RGB")).save(
        out, format=pillow_format, **options
    )
    return CutPhoto(out.getvalue(), image.width, image.height, suffix)


def crop_photos(
    page: Image.Image, boxes: list[Box], limits: PdfLimits = DEFAULT_LIMITS
) -> tuple[CutPhoto | None, ...]:
    """Each of ``boxes`` (page-relative, 0–1 from the top left of the page as shown: the
    ``images`` of its :class:`~articles.pdfpages.PageLayout`) cut from ``page``, the page
    rendered (:func:`~articles.pdfpages.render_image`: at ``limits.dpi``, as printed) and
    encoded as ``limits.image_format`` at ``limits.image_quality``; None for a box under
    :data:`MIN_SIDE` pixels across or down. No PDFium: what the importer does with the page it
    has rendered for its page image. Raises ``ValueError`` for an unknown format."""
    out: list[CutPhoto | None] = []
    for box in boxes:
        where = _pixels(box, page.width, page.height)
        if where is None:
            out.append(None)
            continue
        piece = page.crop(where)
        try:
            out.append(_encoded(piece, limits))
        finally:
            piece.close()
    return tuple(out)


def cut_photos(
    document: pdfium.PdfDocument | pdfium.PdfPage,
    index: int,
    boxes: list[Box],
    limits: PdfLimits = DEFAULT_LIMITS,
) -> list[CutPhoto | None]:
    """:func:`crop_photos` for a page not rendered: each of ``boxes`` of page ``index`` (or a
    loaded page) rendered alone at ``limits.dpi`` as printed (``FPDF_PRINTING``, as the page
    image; PDFium draws into a bitmap of the box's size only), the same pixels as the page
    image has there. Raises :class:`PdfPageError` for a page too large to render (a box is
    never larger than its page); ``ValueError`` for an unknown format."""
    scale = limits.dpi / POINTS_PER_INCH
    out: list[CutPhoto | None] = []
    with _page(document, index) as page:
        width, height = page.get_size()  # as shown (turned)
        _check_pixels(width, height, limits)
        full_w, full_h = math.ceil(width * scale), math.ceil(height * scale)
        for box in boxes:
            where = _pixels(box, full_w, full_h)
            if where is None:
                out.append(None)
                continue
            left, top, right, bottom = where
            # ``crop`` cuts points off each side of the picture as shown (left, bottom, right,
            # top); pypdfium2 rounds each up to pixels, so whole pixels are given in points.
            crop = (left / scale, (full_h - bottom) / scale, (full_w - right) / scale, top / scale)
            bitmap = page.render(
                scale=scale,
                crop=tuple(max(0.0, c - 1e-6) for c in crop),
                rev_byteorder=True,
                extra_flags=pdfium_c.FPDF_PRINTING,
            )
            try:
                image = bitmap.to_pil()
                out.append(_encoded(image, limits))
                image.close()
            finally:
                bitmap.close()
    return out
