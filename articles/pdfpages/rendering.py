"""Rendering a page PDF's page: a picture of it (page image and thumbnail, JPEG or WebP).

Pure (pypdfium2 and Pillow, no Django), like :mod:`~articles.pdfpages.document`, which opens the
PDF and loads its pages; limits come in as a :class:`~articles.pdfpages.document.PdfLimits`.
"""

from __future__ import annotations

import ctypes
import io
from concurrent.futures import wait

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from articles.pdfpages.document import (
    POINTS_PER_INCH,
    PdfLimits,
    RenderedPage,
    _check_pixels,
    _page,
)

DEFAULT_LIMITS = PdfLimits()  # frozen: one instance serves every call

# Bytes per pixel of PDFium's bitmap formats (the others, BGRx and BGRA: 4).
_CHANNELS = {pdfium_c.FPDFBitmap_Gray: 1, pdfium_c.FPDFBitmap_BGR: 3}


class RenderBuffer:
    """Memory to render page after page into, allocated once and grown when a page needs more:
    a broadsheet page at 150 dpi is 13 MB, which a fresh buffer for each page would have to
    take from the system and touch again (about 5 ms a page). The image :func:`render_image`
    makes shares it: render the next page into it only once that image is closed."""

    def __init__(self) -> None:
        self._buffer: ctypes.Array | None = None

    def make_bitmap(self, width: int, height: int, format: int, rev_byteorder: bool = False):
        """A ``pypdfium2.PdfBitmap`` of ``width`` × ``height`` pixels in PDFium's ``format``
        over this buffer (the ``bitmap_maker`` of ``PdfPage.render``)."""
        stride = width * _CHANNELS.get(format, 4)
        if self._buffer is None or len(self._buffer) < stride * height:
            self._buffer = None  # the old one freed before the new one is taken
            self._buffer = (ctypes.c_ubyte * (stride * height))()
        return pdfium.PdfBitmap.new_native(
            width, height, format, rev_byteorder, buffer=self._buffer, stride=stride
        )


class BuffersInTurn:
    """Two :class:`RenderBuffer` used in turn, so a page renders into one while the page before,
    in the other, is encoded on another thread: :meth:`next` gives the next buffer once the
    encoding that reads it (:meth:`read_by`) is done, so two rendered pages are held at a time
    at most (a broadsheet page at 150 dpi is 13 MB). :meth:`forget` drops a finished encoding
    (its result is its caller's alone from then on)."""

    def __init__(self) -> None:
        self._buffers = (RenderBuffer(), RenderBuffer())
        self._readers: list = [None, None]  # the Future that reads each buffer, if any
        self._turn = 1

    def next(self) -> RenderBuffer:
        """The next buffer to render into (waits for the encoding still reading it)."""
        self._turn = 1 - self._turn
        reader = self._readers[self._turn]
        if reader is not None:  # the page rendered two before (as a rule long encoded)
            wait([reader])
        return self._buffers[self._turn]

    def read_by(self, future) -> None:
        """``future`` (a ``concurrent.futures.Future``) reads the buffer :meth:`next` gave last."""
        self._readers[self._turn] = future

    def forget(self, future) -> None:
        """``future`` no longer counts as a reader once it is done."""
        self._readers = [None if r is future and r.done() else r for r in self._readers]


def render_image(
    document: pdfium.PdfDocument | pdfium.PdfPage,
    index: int = 0,
    limits: PdfLimits = DEFAULT_LIMITS,
    *,
    into: RenderBuffer | None = None,
) -> Image.Image:
    """Page ``index`` (or a loaded page, as :func:`read_page`) rendered at ``limits.dpi`` as a
    Pillow image (mode ``RGBX``: it shares the bitmap's buffer, no copy), in a buffer of its own
    or in ``into``. Raises :class:`PdfPageError` when the page is too large.

    The image holds the pixels (13 MB for a broadsheet page at 150 dpi) until it is closed or
    dropped: close it once encoded (and before rendering into the same ``into`` again).

    The page is rendered as it is printed (PDFium's ``FPDF_PRINTING``): an annotation is drawn
    only when it is to be printed (its Print flag; PDF 32000-1:2008, 12.5.3), so the comments
    an editor or proofreader added in Acrobat or a proofing tool (a box round a wrong name, a
    note; not printed) stay out of the picture readers get, and a layer (optional content) is
    shown as it prints.

    PDFium lets other Python threads run while it renders, so another thread may match zones or
    encode the previous page meanwhile, provided no other thread calls PDFium."""
    with _page(document, index) as page:
        _check_pixels(*page.get_size(), limits)
        options = {"bitmap_maker": into.make_bitmap} if into is not None else {}
        bitmap = page.render(
            scale=limits.dpi / POINTS_PER_INCH,
            rev_byteorder=True,
            prefer_bgrx=True,
            extra_flags=pdfium_c.FPDF_PRINTING,  # the page as printed: no screen comments
            **options,
        )
        image = bitmap.to_pil()  # holds the buffer (allocated by Python), not the bitmap
        bitmap.close()
    return image


_FORMATS = {"jpeg": ("JPEG", ".jpg"), "webp": ("WEBP", ".webp")}


def image_options(limits: PdfLimits) -> tuple[str, str, dict]:
    """Pillow's format name, the files' suffix and the encoder's options for
    ``limits.image_format`` at ``limits.image_quality``. Raises ``ValueError`` for an unknown
    format."""
    try:
        pillow_format, suffix = _FORMATS[limits.image_format.lower()]
    except KeyError:
        raise ValueError(
            f"unknown page image format {limits.image_format!r} (jpeg or webp)"
        ) from None
    options: dict = {"quality": limits.image_quality}
    if pillow_format == "WEBP":
        options["method"] = 0  # the fastest; Pillow's default 4 takes five times as long
    return pillow_format, suffix, options


def encode_image(image: Image.Image, limits: PdfLimits = DEFAULT_LIMITS) -> RenderedPage:
    """A rendered page encoded as ``limits.image_format`` at ``limits.image_quality``, and a
    thumbnail ``limits.thumbnail_width`` pixels wide in the same format. Raises ``ValueError``
    for an unknown format."""
    pillow_format, suffix, options = image_options(limits)
    if image.mode not in ("RGB", "RGBX", "L"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=pillow_format, **options)
    thumb_width = min(limits.thumbnail_width, image.width)
    thumb_height = max(1, round(image.height * thumb_width / image.width))
    factor = image.width // thumb_width  # averaging whole pixel blocks first: 5× faster
    small = image.reduce(factor) if factor > 1 else image
    thumb = small.resize((thumb_width, thumb_height), Image.Resampling.LANCZOS)
    thumb_out = io.BytesIO()
    thumb.save(thumb_out, format=pillow_format, **options)
    return RenderedPage(out.getvalue(), image.width, image.height, thumb_out.getvalue(), suffix)


def render_page(
    document: pdfium.PdfDocument | pdfium.PdfPage,
    index: int = 0,
    limits: PdfLimits = DEFAULT_LIMITS,
) -> RenderedPage:
    """:func:`render_image` then :func:`encode_image`."""
    return encode_image(render_image(document, index, limits), limits)
