"""Opening a page PDF and reading what is on a page: its characters with their boxes, its images,
and a rendered picture of it (page image and thumbnail, JPEG or WebP).

Everything here is pure (pypdfium2 and Pillow, no Django); limits come in as a :class:`PdfLimits`
(the importer fills it from settings). Coordinates handed out are page-relative: ``0–1`` from the
page's left edge and from its **top** edge (as an image and SVG count them), whatever the PDF's
own origin and unit (points, from the bottom).

Every problem with the input is a :class:`PdfPageError` whose message (Chinese, one line) says
what is wrong and what to do: not a PDF or damaged, encrypted, no pages, too many pages, a page
too large to render, an embedded image too large to decode (a "decompression bomb").
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from articles.pdfpages.textlayer import READABLE, text_layer

POINTS_PER_INCH = 72.0


class PdfPageError(ValueError):
    """A page PDF that cannot be used; the message says why and what to do (Chinese)."""


@dataclass(frozen=True)
class PdfLimits:
    """What a page PDF may be, and how it is rendered.

    ``max_bytes``: the file's size; ``max_pages``: pages in one file; ``max_pixels``: width ×
    height of the rendered page image at ``dpi``; ``max_image_pixels``: width × height of the
    images embedded in a page, added up (a small file that decodes to gigabytes is refused before
    it is rendered); ``image_format`` (``"jpeg"`` or ``"webp"``), ``image_quality`` (0–100) and
    ``thumbnail_width`` (pixels) of what is written.

    WebP is the default (what readers download: 643 KB against JPEG's 809 KB for a real Founder
    page of 1418 × 2303 pixels at quality 80). It costs more to make: about 100 ms of CPU
    (``method=0``, libwebp's fastest; 1 gives the same size in a fifth more time, 2 a file 11 %
    smaller in 40 % more) against JPEG's 11 ms (libjpeg-turbo), about as long as rendering the
    page, so the importer encodes in a worker thread while it reads the next page
    (:class:`articles.importing.pdfs.PdfAttacher`; ``bench/pdf_bench.py`` prints both formats).
    """

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 64
    dpi: int = 150
    max_pixels: int = 40_000_000
    max_image_pixels: int = 200_000_000
    image_format: str = "webp"
    image_quality: int = 80
    thumbnail_width: int = 240


class Box(NamedTuple):
    """A rectangle in page-relative coordinates: ``x0 < x1`` from the left, ``y0 < y1`` from the
    top, each 0–1. (A named tuple: a page has thousands, made and compared often.)"""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def contains(self, other: Box, slack: float = 0.0) -> bool:
        return (
            self.x0 - slack <= other.x0
            and self.y0 - slack <= other.y0
            and other.x1 <= self.x1 + slack
            and other.y1 <= self.y1 + slack
        )

    def overlaps(self, other: Box) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    def as_list(self, digits: int = 5) -> list[float]:
        return [round(v, digits) for v in (self.x0, self.y0, self.x1, self.y1)]


class Char(NamedTuple):
    """One printed character: its text (one code point), its box and its font size in points."""

    text: str
    box: Box
    size: float


@dataclass
class PageLayout:
    """What a page prints, read from its text layer: ``chars`` in the PDF's own order (spaces
    and line breaks PDFium generates are left out, but a space between two Latin words:
    :func:`~articles.pdfpages.spacing.word_spaces`), the boxes of its ``images``, its size in
    points, and ``warnings`` (Chinese) such as a missing text layer or a font neither embedded
    nor installed."""

    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    images: list[Box] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        """Whether the page has a text layer that can be read (:func:`text_layer`)."""
        return self.text_layer == READABLE

    @property
    def text_layer(self) -> str:
        """:data:`NO_TEXT`, :data:`UNREADABLE` or :data:`READABLE` (:func:`text_layer`)."""
        return text_layer("".join(c.text for c in self.chars))


@dataclass(frozen=True)
class RenderedPage:
    """A page as pictures: ``image`` (encoded bytes) of ``width`` × ``height`` pixels,
    ``thumbnail`` (the same format) and ``suffix``, the files' extension (``.jpg``, ``.webp``);
    ``photos``: the page's image boxes cut from it (:func:`articles.pdfpages.crop_photos`: a
    ``CutPhoto`` or None for each of its layout's ``images``, in order), when cut."""

    image: bytes
    width: int
    height: int
    thumbnail: bytes
    suffix: str = ".jpg"
    photos: tuple = ()


def _too_big(what: str, limit: str) -> PdfPageError:
    return PdfPageError(
        f"{what}，超过上限（{limit}）；请检查是不是单个版面的 PDF，或请管理员调整设置"
    )


# A page tree that counts no page (``/Count 0``) and none that counts any.
_NO_PAGES_RE = re.compile(rb"/Count\s*0(?![0-9])")
_SOME_PAGES_RE = re.compile(rb"/Count\s*[1-9]")


@contextmanager
def open_pdf(data: bytes, limits: PdfLimits = PdfLimits()) -> Iterator[pdfium.PdfDocument]:
    """The PDF in ``data``, open for the ``with`` block (closed after it).

    Raises :class:`PdfPageError` when the bytes are over ``limits.max_bytes``, not a PDF or
    damaged, encrypted with a password, or hold no pages or more than ``limits.max_pages``."""
    if len(data) > limits.max_bytes:
        raise _too_big(f"PDF 文件有 {len(data):,} 字节", f"{limits.max_bytes:,} 字节")
    if not data.strip():
        raise PdfPageError(
            f"PDF 文件是空的（{len(data)} 字节）：请检查排版系统是否导出成功，重新导出后再导入"
        )
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise PdfPageError(
            "这不是 PDF 文件（文件开头没有 %PDF）；请换成排版系统导出的版面 PDF（只导入文字时，不给这个 PDF 即可）"
        )
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium's last error outlives the call that set it: look for the file's own /Encrypt.
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD and b"/Encrypt" in data:
            raise PdfPageError(
                "PDF 已加密（需要密码才能打开）；请从排版系统导出不加密的 PDF"
            ) from None
        if _NO_PAGES_RE.search(data) and not _SOME_PAGES_RE.search(data):
            # PDFium refuses a page tree with no page as damaged: say what is really wrong.
            raise PdfPageError("PDF 里没有任何页面；请重新导出") from None
        raise PdfPageError("PDF 文件已损坏或格式不对，无法打开；请重新从排版系统导出") from None
    try:
        pages = len(document)
        if pages == 0:
            raise PdfPageError("PDF 里没有任何页面；请重新导出")
        if pages > limits.max_pages:
            raise PdfPageError(
                f"PDF 有 {pages} 页，超过一份 PDF 的上限（{limits.max_pages} 页）：一个版面的 PDF "
                f"应只有 1 页；整份报纸的 PDF 请拆成每份不超过 {limits.max_pages} 页，分几次导入"
                "（每次用 --pdf-pages 列出那几页的版次），或请管理员调大 NEWSROOM_PDF_MAX_PAGES"
            )
        yield document
    finally:
        document.close()


@contextmanager
def loaded_page(document: pdfium.PdfDocument, index: int) -> Iterator[pdfium.PdfPage]:
    """Page ``index`` loaded once for the ``with`` block, for :func:`read_page` and
    :func:`render_image` both (PDFium parses a page each time it is loaded). Raises
    :class:`PdfPageError` when the PDF has no page ``index`` (0-based)."""
    if index >= len(document):
        raise PdfPageError(f"PDF 只有 {len(document)} 页，没有第 {index + 1} 页")
    page = document[index]
    try:
        yield page
    finally:
        page.close()


@contextmanager
def _page(document, index: int) -> Iterator[pdfium.PdfPage]:
    if isinstance(document, pdfium.PdfPage):
        yield document  # loaded by the caller, closed by the caller
    else:
        with loaded_page(document, index) as page:
            yield page


@dataclass(frozen=True)
class PageObjects:
    """What :func:`check_page` found among a page's objects: the boxes of its ``images``
    (page-relative) and the warnings about its fonts (Chinese). Small: kept by a caller that
    reads the page's characters later from the same bytes, so the objects are walked once."""

    images: tuple[Box, ...] = ()
    font_warnings: tuple[str, ...] = ()


def check_page(
    document: pdfium.PdfDocument | pdfium.PdfPage, index: int = 0, limits: PdfLimits = PdfLimits()
) -> PageObjects:
    """Refuse page ``index`` (or a loaded page) for everything :func:`read_page` refuses (too
    large to render at ``limits.dpi``, images that would decode to more than
    ``limits.max_image_pixels``: :class:`PdfPageError`) without reading its characters, which
    is most of :func:`read_page`'s work (PDFium's text page): what a caller does that reads
    them later from the same bytes (handing :func:`read_page` the objects returned here)."""
    with _page(document, index) as page:
        width, height = page.get_size()
        _check_pixels(width, height, limits)
        return _page_objects(page, width, height, limits)


def _page_objects(page, width: float, height: float, limits: PdfLimits) -> PageObjects:
    images, fonts = _objects(page, width, height, limits)
    return PageObjects(tuple(images), tuple(_font_warnings(fonts)))


def _check_pixels(width: float, height: float, limits: PdfLimits) -> None:
    if width <= 0 or height <= 0:
        raise PdfPageError("PDF 页面的尺寸为零；请重新导出")
    scale = limits.dpi / POINTS_PER_INCH
    pixels = int(width * scale) * int(height * scale)
    if pixels > limits.max_pixels:
        raise _too_big(
            f"页面 {width / POINTS_PER_INCH * 25.4:.0f}×{height / POINTS_PER_INCH * 25.4:.0f} 毫米，"
            f"按 {limits.dpi} dpi 渲染有 {pixels:,} 像素",
            f"{limits.max_pixels:,} 像素",
        )


class PageFrame(NamedTuple):
    """Where a page's picture is in the PDF's own coordinates: the page's visible box (``left``,
    ``bottom``, ``right``, ``top``, in points of the PDF's user space, from its origin at the
    bottom left: the crop box within the media box, which need not start at (0, 0): a page
    exported with its bleed, ``[-50 -50 650 950]``, or cropped in Acrobat, ``[20 20 580 880]``)
    and ``rotation``, how far the page is turned clockwise when shown (its ``/Rotate``: 0, 90,
    180 or 270). PDFium renders that box, turned, and reads characters and objects in user
    space, unturned: :meth:`box` takes the one to the other. (PDF 32000-1:2008, 14.11.2 page
    boundaries, and 7.7.3.3 ``/Rotate``.)"""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int = 0

    @property
    def width(self) -> float:
        """The visible box's width in points, unturned."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """The visible box's height in points, unturned."""
        return self.top - self.bottom

    def box(self, left: float, bottom: float, right: float, top: float) -> Box:
        """The rectangle ``left``–``right`` × ``bottom``–``top`` of user space (points, in any
        order) as a page-relative :class:`Box` of the page as rendered (0–1 from the top left of
        the turned picture), clipped to the page."""
        x0, x1 = sorted(((left - self.left) / self.width, (right - self.left) / self.width))
        y0, y1 = sorted(((self.top - top) / self.height, (self.top - bottom) / self.height))
        return self.turned(Box(max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1)))

    def turned(self, box: Box) -> Box:
        """``box``, page-relative on the unturned page, on the page turned by ``rotation``
        clockwise (90°: what was at (x, y) is at (1 − y, x))."""
        x0, y0, x1, y1 = box
        if self.rotation == 90:
            return Box(1 - y1, x0, 1 - y0, x1)
        if self.rotation == 180:
            return Box(1 - x1, 1 - y1, 1 - x0, 1 - y0)
        if self.rotation == 270:
            return Box(y0, 1 - x1, y1, 1 - x0)
        return box


def page_frame(page: pdfium.PdfPage) -> PageFrame:
    """The :class:`PageFrame` of a loaded page: PDFium's bounding box of the page (the crop box
    clipped to the media box: what it renders) and its rotation. Calls PDFium."""
    left, bottom, right, top = page.get_bbox()
    rotation = page.get_rotation() % 360
    return PageFrame(left, bottom, right, top, rotation if rotation in (90, 180, 270) else 0)


def _fast(function, restype, *argtypes):
    """A PDFium function called with plain integers for handles (``ctypes.c_void_p``): the
    same C function as ``pypdfium2.raw``'s, without its per-call pointer type checks, for the
    loops over every object and character of a page (thousands per page); and called holding
    the GIL (``PYFUNCTYPE``): each is a lookup of well under a microsecond, and a thread that
    gave the GIL up for each would wait to take it back whenever another thread runs Python
    (the importer's worker threads do, while a page is read): a loop of 20,000 calls took 3 to
    5 times as long then. Only for such short calls: anything that parses or renders lets
    other threads run (``pypdfium2.raw``)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address)


_P, _I = ctypes.c_void_p, ctypes.c_int
_count_objects = _fast(pdfium_c.FPDFPage_CountObjects, _I, _P)
_get_object = _fast(pdfium_c.FPDFPage_GetObject, _P, _P, _I)
_count_form = _fast(pdfium_c.FPDFFormObj_CountObjects, _I, _P)
_get_form = _fast(pdfium_c.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
_object_type = _fast(pdfium_c.FPDFPageObj_GetType, _I, _P)
_text_font = _fast(pdfium_c.FPDFTextObj_GetFont, _P, _P)


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _walk(
    handle: int, depth: int = 0, placed: dict | None = None, matrix: tuple | None = None
) -> tuple[list[int], list[int]]:
    """Every page object under ``handle`` (a page, or a form object when ``depth`` > 0), forms
    opened up to four deep, in order, as raw handles (integers) and their types: one ctypes
    call each, no wrappers, no Python call per object (a page has thousands). An object inside
    a form has its position in the form's own space: ``placed`` (a dict, when given) gets for
    each such object the matrix (six floats, PDF order) that takes it to the page's
    (``matrix``: the one of the form ``handle`` itself)."""
    count, get = (_count_form, _get_form) if depth else (_count_objects, _get_object)
    objects = [get(handle, i) for i in range(count(handle))]
    kinds = list(map(_object_type, objects))
    if placed is not None and matrix is not None:
        placed.update(dict.fromkeys(objects, matrix))
    form = pdfium_c.FPDF_PAGEOBJ_FORM
    if depth >= 4 or form not in kinds:
        return objects, kinds
    flat: tuple[list[int], list[int]] = ([], [])
    for obj, kind in zip(objects, kinds, strict=True):
        if kind == form:
            inner = _walk(obj, depth + 1, placed, _form_matrix(obj, matrix))
        else:
            inner = ([obj], [kind])
        flat[0].extend(inner[0])
        flat[1].extend(inner[1])
    return flat


def _form_matrix(form: int, outer: tuple | None) -> tuple:
    """The matrix taking the contents of form object ``form`` to the page's space: the form's
    own matrix, then ``outer`` (that of the form it is in, if any)."""
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(ctypes.cast(form, pdfium_c.FPDF_PAGEOBJECT), m):
        m = pdfium_c.FS_MATRIX(1, 0, 0, 1, 0, 0)
    inner = (m.a, m.b, m.c, m.d, m.e, m.f)
    if outer is None:
        return inner
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _placed_bounds(left, bottom, right, top, matrix: tuple) -> tuple[float, float, float, float]:
    """The rectangle ``left``–``right`` × ``bottom``–``top`` of a form's space, taken to the
    page's by ``matrix``: the box around its four corners (left, bottom, right, top)."""
    a, b, c, d, e, f = matrix
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _objects(page: pdfium.PdfPage, width: float, height: float, limits: PdfLimits):
    """The page's image boxes (page-relative on the page as it is rendered: :class:`PageFrame`;
    an image inside a form placed by the form's matrix), refusing a decompression bomb (more
    decoded pixels than ``limits.max_image_pixels``), and the fonts of its text (raw handles,
    each once)."""
    boxes: list[Box] = []
    decoded = 0
    w, h = ctypes.c_uint(), ctypes.c_uint()
    bounds = [ctypes.c_float() for _ in range(4)]
    text, image = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE
    frame = page_frame(page)
    placed: dict[int, tuple] = {}  # an object inside a form: the form's matrix to the page
    objects, kinds = _walk(_address(page.raw), placed=placed)
    fonts = {_text_font(obj) for obj, kind in zip(objects, kinds, strict=True) if kind == text}
    for obj, kind in zip(objects, kinds, strict=True):
        if kind != image:
            continue
        handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
        if pdfium_c.FPDFImageObj_GetImagePixelSize(handle, w, h):
            decoded += w.value * h.value
        if decoded > limits.max_image_pixels:
            raise _too_big(
                f"页面里的图片解开后超过 {decoded:,} 像素（可能是“解压炸弹”）",
                f"{limits.max_image_pixels:,} 像素",
            )
        if pdfium_c.FPDFPageObj_GetBounds(handle, *bounds):
            corners = tuple(b.value for b in bounds)
            if obj in placed:
                corners = _placed_bounds(*corners, placed[obj])
            box = frame.box(*corners)
            if box.width > 0.01 and box.height > 0.01:
                boxes.append(box)
    fonts.discard(None)
    return boxes, [ctypes.cast(font, pdfium_c.FPDF_FONT) for font in fonts]


def _font_warnings(fonts: list) -> list[str]:
    """A warning for each font that is neither embedded in the PDF nor a standard one: PDFium
    draws it with a substitute, and a CJK font without a CJK substitute prints as boxes."""
    missing: set[str] = set()
    for font in fonts:
        if pdfium_c.FPDFFont_GetIsEmbedded(font) == 1:
            continue
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(max(size, 1))
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
        name = buffer.value.decode("utf-8", "replace")
        if name and name.split("+")[-1] not in _STANDARD_FONTS:
            missing.add(name)
    return [
        f"PDF 没有嵌入字体“{name}”，版面图用替代字体绘制，可能与印刷不同；请导出时嵌入全部字体"
        for name in sorted(missing)
    ]


_STANDARD_FONTS = frozenset(
    {
        "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "Helvetica",
        "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique", "Times-Roman",
        "Times-Bold", "Times-BoldItalic", "Times-Italic", "Symbol", "ZapfDingbats",
    }
)  # fmt: skip
