"""Page PDFs in the import: which PDF goes with which page, its text for a page without a
``.txt``, and its image and zones written beside the page's text.

* ``A1.pdf`` beside ``A1.txt``: the text comes from the ``.txt``; the PDF gives the image and
  the zones. ``A1.pdf`` alone: the text comes from the PDF's text layer
  (:func:`articles.pdfpages.page_text`) and goes through the same parser. A multi-page PDF
  is split by a list of labels (``import_pages edition.pdf --pdf-pages A1,A2,A3``).
* A PDF is checked (opened, its page read, within the limits of the ``NEWSROOM_PDF_*`` settings)
  **before** anything of its page is written: a bad PDF fails the page, nothing written.
* :func:`page_attach_pdf` stores the PDF, the page image and thumbnail (JPEG, or WebP by
  ``NEWSROOM_PDF_IMAGE_FORMAT``; Django's default storage, names from the PDF's SHA-256) and matches zones. The same PDF again changes nothing
  (``unchanged``, zones matched again only when the text changed); a changed one replaces the
  image and the automatic zones; zones an editor drew by hand are kept.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from articles import pdfpages
from articles.models import ArticlePart, Page, PageImage, Photo, Zone, ZoneSource


def pdf_limits() -> pdfpages.PdfLimits:
    """The limits and rendering settings (``NEWSROOM_PDF_*``; defaults of :class:`PdfLimits`)."""
    defaults = pdfpages.PdfLimits()
    return pdfpages.PdfLimits(
        max_bytes=getattr(settings, "NEWSROOM_PDF_MAX_BYTES", defaults.max_bytes),
        max_pages=getattr(settings, "NEWSROOM_PDF_MAX_PAGES", defaults.max_pages),
        dpi=getattr(settings, "NEWSROOM_PDF_DPI", defaults.dpi),
        max_pixels=getattr(settings, "NEWSROOM_PDF_MAX_PIXELS", defaults.max_pixels),
        max_image_pixels=getattr(
            settings, "NEWSROOM_PDF_MAX_IMAGE_PIXELS", defaults.max_image_pixels
        ),
        image_format=getattr(settings, "NEWSROOM_PDF_IMAGE_FORMAT", defaults.image_format),
        image_quality=getattr(settings, "NEWSROOM_PDF_IMAGE_QUALITY", defaults.image_quality),
        thumbnail_width=getattr(settings, "NEWSROOM_PDF_THUMBNAIL_WIDTH", defaults.thumbnail_width),
    )


@dataclass(frozen=True)
class PdfPage:
    """One page of a PDF file: the file's bytes and the page's index in it (0-based)."""

    data: bytes
    index: int = 0
    source_name: str = ""


@dataclass
class PdfReport:
    """What attaching a page's PDF did: ``action`` (created, updated, unchanged), zones made, the
    parts not found on the page, and what reading the PDF warned about (Chinese)."""

    action: str = ""
    zones: int = 0
    unmatched: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        done = _PDF_ACTIONS.get(self.action, self.action)
        out = [f"版面 PDF：{done}，{self.zones} 个热区"]
        out += [f"版面 PDF：未在版面上找到“{u}”，没有热区" for u in self.unmatched]
        return out + [f"版面 PDF：{w}" for w in self.warnings]


# What attaching a PDF did (``PdfReport.action``), as the report line says it.
_PDF_ACTIONS = {
    "created": "新建",
    "updated": "已更新",
    "unchanged": "未变",
    "rematched": "重新匹配",
}


@dataclass(frozen=True)
class PdfRef:
    """Where a page's PDF is: the file and the page's index in it."""

    path: Path
    index: int = 0


def pair_sources(sources: list, *, pdf_pages: list[str] | None = None) -> tuple[list, list]:
    """The page sources to import and, for each, its PDF (a :class:`PdfRef`) or None.

    ``A1.pdf`` with an ``A1.txt`` of the same paper, date and page goes with it (the text from
    the ``.txt``); a PDF alone is a source of its own (its text from the PDF). ``pdf_pages``:
    the labels of a multi-page PDF's pages, in order (one PDF source)."""
    from articles.importing.sources import PageSource, SourceError, parse_label

    if pdf_pages:
        if len(sources) != 1 or sources[0].path.suffix.lower() != ".pdf":
            raise SourceError("--pdf-pages 列的是一个 PDF 文件的各页；请只给一个 .pdf")
        (one,) = sources
        labels = [parse_label(label, where="--pdf-pages") for label in pdf_pages]
        return (
            [
                PageSource(one.path, one.paper_name, one.paper_slug, one.date, label)
                for label in labels
            ],
            [PdfRef(one.path, n) for n in range(len(labels))],
        )
    texts = {
        (s.paper_name, s.paper_slug, s.date, s.label): n
        for n, s in enumerate(sources)
        if s.path.suffix.lower() != ".pdf"
    }
    out, refs = [], []
    beside: dict[int, PdfRef] = {}
    for s in sources:
        if s.path.suffix.lower() == ".pdf":
            twin = texts.get((s.paper_name, s.paper_slug, s.date, s.label))
            if twin is not None:
                beside[twin] = PdfRef(s.path)
                continue
            out.append(s)
            refs.append(PdfRef(s.path))
        else:
            out.append(s)
            refs.append(None)
    for n, s in enumerate(out):
        if refs[n] is None:
            key = texts.get((s.paper_name, s.paper_slug, s.date, s.label))
            refs[n] = beside.get(key) if key is not None else None
    return out, refs


def source_data(source, ref: PdfRef | None, read_text) -> tuple[bytes | str, PdfPage | None]:
    """A source's page text (``read_text(path)`` for a text file, the PDF's text layer for a PDF
    alone) and its PDF page, checked. Raises ``PdfPageError`` (a bad PDF: nothing written)."""
    if ref is None:
        return read_text(source.path), None
    pdf = PdfPage(read_pdf_file(ref.path), ref.index, str(ref.path))
    if source.path.suffix.lower() == ".pdf":
        return pdf_text(pdf), pdf
    pdf_check(pdf)
    return read_text(source.path), pdf


def read_pdf_file(path: Path) -> bytes:
    """The bytes of a PDF file, refused (``PdfPageError``) over ``NEWSROOM_PDF_MAX_BYTES``
    without reading it whole."""
    limit = pdf_limits().max_bytes
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise pdfpages.PdfPageError(f"PDF 文件超过 {limit:,} 字节（NEWSROOM_PDF_MAX_BYTES）")
    return data


def pdf_page_count(data: bytes) -> int:
    """How many pages a PDF has (raises ``PdfPageError`` for a bad one)."""
    with pdfpages.open_pdf(data, pdf_limits()) as document:
        return len(document)


def pdf_check(pdf: PdfPage) -> pdfpages.PageLayout:
    """Open the PDF and read its page: raises ``PdfPageError`` for a bad one (nothing written)."""
    limits = pdf_limits()
    with pdfpages.open_pdf(pdf.data, limits) as document:
        if pdf.index >= len(document):
            raise pdfpages.PdfPageError(f"PDF 只有 {len(document)} 页，没有第 {pdf.index + 1} 页")
        return pdfpages.read_page(document, pdf.index, limits)


def pdf_text(pdf: PdfPage) -> str:
    """The page's text from the PDF's text layer, in reading order, for the parser. Raises
    ``PdfPageError`` for a bad PDF or one without a text layer."""
    layout = pdf_check(pdf)
    if not layout.has_text:
        raise pdfpages.PdfPageError(
            "PDF 没有文字层（扫描件，或文字已转成曲线），无法从中导入文字；请同时提供同名的 .txt 文本"
        )
    return pdfpages.page_text(layout)


def _name(checksum: str, index: int, suffix: str) -> str:
    return f"pages/{checksum[:2]}/{checksum}-{index}{suffix}"


def _store(name: str, data: bytes) -> str:
    """Save ``data`` under ``name`` unless a file of that name (the same content) is there."""
    if default_storage.exists(name):
        return name
    return default_storage.save(name, ContentFile(data))


def page_attach_pdf(page: Page, pdf: PdfPage, *, text_changed: bool = True) -> PdfReport:
    """Store the page's PDF, image and thumbnail and match its zones (see the module docstring).

    Raises ``PdfPageError`` for a bad PDF before anything is written."""
    checksum = hashlib.sha256(pdf.data).hexdigest()
    current = PageImage.objects.filter(page=page).first()
    report = PdfReport()
    if current and current.pdf_checksum == checksum and current.pdf_page == pdf.index:
        report.action = "unchanged"
        if text_changed:
            layout = pdf_check(pdf)
            with transaction.atomic():
                report.zones, report.unmatched = zones_match(page, layout, current)
        else:
            report.zones = page.zones.count()
            report.unmatched = list(current.unmatched)
        return report
    limits = pdf_limits()
    # PDFium reads the characters; then it renders and Pillow encodes in a thread (both let
    # Python run, and nothing else calls PDFium meanwhile) while the zones are matched here.
    # Rows and files are written last, inside the transaction: a failure writes no row.
    with (
        pdfpages.open_pdf(pdf.data, limits) as document,
        pdfpages.loaded_page(document, pdf.index) as loaded,
        ThreadPoolExecutor(1) as pool,
    ):
        layout = pdfpages.read_page(loaded, limits=limits)  # checks the limits before rendering
        rendering = pool.submit(pdfpages.render_page, loaded, 0, limits)
        items, found = zones_find(page, layout)
        rendered = rendering.result()
    names = (
        f"pages/{checksum[:2]}/{checksum}.pdf",
        _name(checksum, pdf.index, rendered.suffix),
        _name(checksum, pdf.index, "-thumb" + rendered.suffix),
    )
    with transaction.atomic():
        picture, created = PageImage.objects.update_or_create(
            page=page,
            defaults={
                "pdf": names[0],
                "pdf_checksum": checksum,
                "pdf_page": pdf.index,
                "image": names[1],
                "thumbnail": names[2],
                "width": rendered.width,
                "height": rendered.height,
                "has_text": layout.has_text,
                "warnings": list(layout.warnings),
            },
        )
        report.zones, report.unmatched = zones_write(page, picture, items, found)
        stored = (
            _store(names[0], pdf.data),
            _store(names[1], rendered.image),
            _store(names[2], rendered.thumbnail),
        )
        if stored != names:  # a storage that renamed a file: keep the names it gave
            PageImage.objects.filter(pk=picture.pk).update(
                pdf=stored[0], image=stored[1], thumbnail=stored[2]
            )
    report.action = "created" if created else "updated"
    report.warnings = list(layout.warnings)
    return report


def _part_text(part: ArticlePart) -> str:
    lines = list(part.title_lines)
    if part.sequence == 0:
        lines += [part.article.dateline, part.article.byline]
    return "\n".join(lines + [b["text"] for b in part.blocks])


def _describe(obj) -> str:
    if isinstance(obj, ArticlePart):
        return (obj.article.title or obj.text()[:20]) + (
            f"（续，第 {obj.sequence + 1} 段）" if obj.sequence else ""
        )
    return f"图片：{obj}"


def zones_match(page: Page, layout: pdfpages.PageLayout, image: PageImage) -> tuple[int, list[str]]:
    """Match every part and photo of ``page`` without a hand-drawn zone on ``layout``; replace
    the automatic zones. Returns (zones made, descriptions of the parts not found) and records
    the latter on ``image``."""
    return zones_write(page, image, *zones_find(page, layout))


def zones_find(page: Page, layout: pdfpages.PageLayout) -> tuple[list, list]:
    """The parts and photos of ``page`` without a hand-drawn zone, and where each is on
    ``layout`` (a :class:`~articles.pdfpages.PartZone`, or None without a text layer). Reads
    rows, writes none."""
    hand = Zone.objects.filter(page=page, source=ZoneSource.HAND)
    hand_parts = set(hand.values_list("part_id", flat=True))
    hand_photos = set(hand.values_list("photo_id", flat=True))
    items: list = [
        p
        for p in ArticlePart.objects.filter(page=page)
        .select_related("article")
        .order_by("position")
        if p.pk not in hand_parts
    ]
    items += [
        p for p in Photo.objects.filter(page=page).order_by("position") if p.pk not in hand_photos
    ]
    texts = [
        pdfpages.PartText(
            n,
            _part_text(obj)
            if isinstance(obj, ArticlePart)
            else f"{obj.caption}\n{obj.credit_line}",
            images=isinstance(obj, Photo),
        )
        for n, obj in enumerate(items)
    ]
    found = pdfpages.match_parts(layout, texts) if layout.has_text else [None] * len(items)
    return items, found


def zones_write(page: Page, image: PageImage, items: list, found: list) -> tuple[int, list[str]]:
    """The automatic zones of ``page`` replaced by those :func:`zones_find` found; the parts
    not found recorded on ``image``. Returns (zones made, descriptions of the parts not found)."""
    Zone.objects.filter(page=page, source=ZoneSource.AUTO).delete()
    zones, unmatched = [], []
    for obj, zone in zip(items, found, strict=True):
        if zone is None or not zone.found:
            unmatched.append(_describe(obj))
            continue
        zones.append(
            Zone(
                page=page,
                part=obj if isinstance(obj, ArticlePart) else None,
                photo=obj if isinstance(obj, Photo) else None,
                rects=[r.as_list() for r in zone.rects],
                coverage=round(zone.coverage, 3),
                source=ZoneSource.AUTO,
            )
        )
    Zone.objects.bulk_create(zones)
    image.unmatched = unmatched
    image.save(update_fields=["unmatched", "updated_at"])
    return len(zones), unmatched


def page_rematch(page: Page) -> PdfReport:
    """Match the zones of a page again from its stored PDF (after its text was corrected); hand
    zones are kept. Raises ``PageImage.DoesNotExist`` for a page without a PDF."""
    image = PageImage.objects.get(page=page)
    with default_storage.open(image.pdf.name, "rb") as handle:
        data = handle.read()
    layout = pdf_check(PdfPage(data, image.pdf_page))
    with transaction.atomic():
        zones, unmatched = zones_match(page, layout, image)
    return PdfReport(action="rematched", zones=zones, unmatched=unmatched)
