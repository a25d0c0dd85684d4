"""Page PDFs in the import: which PDF goes with which page, and its image and zones written
beside the page's text.

* ``A1.pdf`` beside ``A1.txt``: the text comes from the ``.txt``; the PDF gives the image and
  the zones. ``A1.pdf`` alone: the text comes from the PDF's text layer, with its headline
  lines' type sizes (:mod:`articles.importing.pdfsources`), and goes through the same parser. A
  multi-page PDF is split by a list of labels (``import_pages edition.pdf --pdf-pages A1,A2,A3``).
* A PDF is checked (opened, its page loaded, within the limits of the ``NEWSROOM_PDF_*``
  settings) **before** anything of its page is written: a bad PDF fails the page, nothing
  written. ``import_pages`` reads and renders each page once, in that check
  (:class:`~articles.importing.pdfprepare.PdfPreparer`: characters kept packed, the image
  encoded meanwhile): a page that cannot be rendered fails before its text is written, and
  attaching calls PDFium no more. Without a preparer (the desk's upload, a dry run, a PDF
  attached before with the same bytes) attaching reads the characters and renders the page.
* :func:`page_attach_pdf` stores the PDF, the page image and thumbnail (WebP, or JPEG by
  ``NEWSROOM_PDF_IMAGE_FORMAT``, at ``NEWSROOM_PDF_IMAGE_QUALITY``; Django's default storage,
  names from the PDF's SHA-256) and matches zones (again for the same PDF only when the text
  changed); a new PDF replaces the image and automatic zones, hand ones kept (unless refused:
  :mod:`.pdfunreadable`). :class:`PdfAttacher` encodes a page's image while reading the next.
* A page whose stories changed without a PDF coming with them (its text imported alone, a
  re-parse) has its zones matched again from the PDF stored for it (:func:`page_rematch`,
  :func:`stored_layout`; :mod:`articles.importing.rematch`), so a new story gets its zone.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q

from articles import pdfpages
from articles.importing.memory import heap_frozen, map_large_allocations, trim
from articles.importing.pagezones import zone_items
from articles.importing.pdfcredited import zones_matched
from articles.importing.pdfmatch import photos_written, zones_and_photos
from articles.importing.pdfphotos import page_files_whole
from articles.importing.pdfprepare import Prerendered
from articles.importing.pdfrecheck import picture_seen, write_rechecked
from articles.importing.pdfreport import PdfReport
from articles.importing.storedparse import printed_texts
from articles.mediastore import store_whole
from articles.models import Page, PageImage
from articles.pdfpages.packed import PackedLayout
from articles.zonechecks import old_picture_zones

logger = logging.getLogger(__name__)


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
    """One page of a PDF file: the file's bytes and the page's index in it (0-based), and the
    page's characters once a check has read them (``layout``;
    :func:`~articles.importing.pdfsources.source_data`): attaching
    the PDF then uses them instead of reading the text layer again.

    A checked page of a file on disk may leave ``data`` empty and keep the file's ``path`` and
    the SHA-256 ``checksum`` of the bytes checked instead (:meth:`read` reads them again when the
    page is attached), so a batch of pages waiting for their text import holds no PDF bytes.
    A page checked by a :class:`~articles.importing.pdfprepare.PdfPreparer` also has its page
    image (``rendered``): attaching it then calls PDFium no more.

    ``line_sizes``: for a PDF imported alone (its text read from its text layer by
    :func:`~articles.importing.pdfsources.source_data`), the type size in points of that text's
    headline lines by line number (1-based; :func:`articles.pdfpages.page_text_sizes`), for the
    parser and the page's row; None for a PDF beside a text file."""

    data: bytes
    index: int = 0
    source_name: str = ""
    layout: PackedLayout | None = field(default=None, compare=False, repr=False)
    path: Path | None = None
    checksum: str = ""
    objects: pdfpages.PageObjects | None = field(default=None, compare=False, repr=False)
    rendered: Prerendered | None = field(default=None, compare=False, repr=False)
    line_sizes: dict[int, float] | None = field(default=None, compare=False, repr=False)

    def read(self) -> PdfPage:
        """This page with its bytes: itself, or read again from ``path``. Raises
        ``PdfPageError`` when the file is no longer the one checked, ``OSError`` when it cannot
        be read."""
        if self.data or self.path is None:
            return self
        data = read_pdf_file(self.path)
        if hashlib.sha256(data).hexdigest() != self.checksum:
            raise pdfpages.PdfPageError(
                f"{self.path} 在导入过程中被改动了（与检查时的内容不同）；请等文件写完后重新导入"
            )
        return replace(self, data=data)

    def read_layout(self, limits: pdfpages.PdfLimits) -> pdfpages.PageLayout:
        """The page's layout: the one kept by the check, or read now (:func:`pdf_check`).
        Raises ``PdfPageError`` for a bad PDF."""
        packed = self.rendered.layout() if self.rendered is not None else self.layout
        return packed.unpack() if packed is not None else pdf_check(self, limits)


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


def pdf_check(pdf: PdfPage, limits: pdfpages.PdfLimits | None = None) -> pdfpages.PageLayout:
    """Open the PDF and read its page (within ``limits``, by default the settings'): raises
    ``PdfPageError`` for a bad one (nothing written)."""
    limits = limits or pdf_limits()
    with pdfpages.open_pdf(pdf.data, limits) as document:
        return pdfpages.read_page(document, pdf.index, limits)


def pdf_validate(pdf: PdfPage, limits: pdfpages.PdfLimits | None = None) -> pdfpages.PageObjects:
    """Refuse the PDF for everything :func:`pdf_check` refuses (``PdfPageError``), without
    reading its characters (:func:`articles.pdfpages.check_page`); returns what the check found
    among the page's objects (images, font warnings), so attaching it does not walk them
    again."""
    limits = limits or pdf_limits()
    with pdfpages.open_pdf(pdf.data, limits) as document:
        return pdfpages.check_page(document, pdf.index, limits)


def _name(checksum: str, index: int, suffix: str) -> str:
    return f"pages/{checksum[:2]}/{checksum}-{index}{suffix}"


def _store(name: str, data: bytes, written: list[str]) -> str:
    """Save ``data`` under ``name``, whole, unless a file of that name has these very bytes
    (:func:`articles.mediastore.store_whole`); a file written is added to ``written``."""
    return store_whole(name, data, written=written)


def page_files_remove_unused(names: set[str]) -> None:
    """Remove from storage the files of a page's replaced PDF (its PDF, picture, thumbnail) that
    no page uses any more (a multi-page PDF's file is shared by its pages); run once the
    replacement (or the page's removal) is committed. One not removed is only logged."""
    for name in sorted(names):
        used = Q(pdf=name) | Q(image=name) | Q(thumbnail=name)
        if PageImage.objects.filter(used).exists():
            continue
        try:
            default_storage.delete(name)
        except OSError as error:
            logger.warning("版面 PDF：旧文件 %s 未能删除（%s）", name, error)


#: The errors that fail one page's PDF (the caller reports them and goes on or stops); any
#: other exception is a bug or a broken database and is raised as it is.
PDF_ERRORS = (pdfpages.PdfPageError, OSError)


@dataclass
class _Job:
    """One page on its way through :class:`PdfAttacher`: done already (``outcome``), or waiting
    for its zones (``matching``) and its encoded image (``encoding``) from the worker thread."""

    key: object
    outcome: PdfReport | Exception | None = None
    page: Page | None = None
    pdf: PdfPage | None = None
    checksum: str = ""
    has_text: bool = False
    warnings: list[str] = field(default_factory=list)
    items: list = field(default_factory=list)
    images: tuple = ()  # the page's image boxes, for the photos' pictures
    unmatched_ok: bool = False  # attached though few stories are found on it (pdfmismatch)
    text_layer: str = ""  # none, unreadable or readable (pdfunreadable: the first two refused)
    seen: tuple = ()  # the stored picture when the PDF was checked (pdfrecheck.picture_seen)
    matching: Future | None = None
    encoding: Future | None = None


class PdfAttacher:
    """Attaches the PDFs of many pages, one after another, in the order given; what
    :func:`page_attach_pdf` does for one page (see the module docstring), with the slow parts of
    page N done while page N+1 is read.

    PDFium is called only from the caller's thread (it is not thread-safe): opening the PDF,
    reading its characters and rendering the page, each once. One worker thread matches the
    zones (pure Python, while PDFium renders: PDFium lets Python run) and encodes the page image
    and thumbnail (Pillow lets Python run while it encodes), so encoding page N overlaps opening
    page N+1, reading its characters and its rows, and rendering it: two rendered pages at a
    time at most, in two buffers used in turn (a broadsheet page at 150 dpi is 13 MB, PDFium
    needs about 8 MB more while it renders, and Pillow's WebP encoder copies the page, 13 MB,
    and converts it, 5 MB: ``bench/pdf_bench.py``'s edition peaks about 20 MB higher than with
    one page at a time, and takes render + the larger of encoding and the rest a page instead of
    render + encoding + the rest). Rows and files of page N are written by the
    caller's thread when page N+1 has been rendered (or at :meth:`finish`), in one transaction,
    as :func:`page_attach_pdf` writes them: a page that fails writes no row, and the files it
    wrote are removed.

    ::

        with PdfAttacher() as attacher:
            for key, page, pdf in pages:
                handle(attacher.add(key, page, pdf))
            handle(attacher.finish())

    :meth:`add` and :meth:`finish` return ``(key, outcome)`` pairs for the pages completed, in
    the order they were added: ``outcome`` is a :class:`PdfReport`, or the ``PdfPageError`` or
    ``OSError`` that failed that page (the same error, with the same message, as
    :func:`page_attach_pdf` raises). Any other exception (a bad setting, a database error) is
    raised. Leaving the ``with`` block without :meth:`finish` writes nothing more."""

    def __init__(self, *, limits: pdfpages.PdfLimits | None = None):
        self.limits = limits or pdf_limits()
        # The objects a check before the text import found (with the settings' limits) serve
        # when this attacher's limits are the same.
        self._same_limits = self.limits == pdf_limits()
        # Two buffers used in turn: page N+1 renders into one while page N, in the other, is
        # encoded on the worker thread; each with the encoding that reads it (done before the
        # buffer is rendered into again).
        self._canvases = pdfpages.BuffersInTurn()
        map_large_allocations()
        self._frozen = heap_frozen()  # see articles.importing.memory.heap_frozen
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="pdf-pages")
        self._jobs: deque[_Job] = deque()

    def __enter__(self) -> PdfAttacher:
        self._frozen.__enter__()  # the process's objects left out of collections meanwhile
        return self

    def __exit__(self, *exc) -> None:
        try:
            for job in self._jobs:  # not finished: cancel what has not started, write nothing
                for future in (job.matching, job.encoding):
                    if future is not None:
                        future.cancel()
            self._jobs.clear()
            self._pool.shutdown(wait=True)
        finally:
            self._frozen.__exit__(None, None, None)

    def add(
        self,
        key: object,
        page: Page,
        pdf: PdfPage,
        *,
        text_changed: bool = True,
        unmatched_ok: bool = False,
    ) -> list[tuple[object, PdfReport | Exception]]:
        """Start page ``page``'s PDF (read and rendered now, on this thread) and complete the
        page before it. ``text_changed=False``: the page's text is as it was (an unchanged PDF
        then keeps its zones without matching again). A new PDF with few of the page's stories
        fails it (``PdfPageError``: :mod:`.pdfmismatch`) unless ``unmatched_ok``."""
        try:
            job = self._start(key, page, pdf, text_changed)
            job.unmatched_ok = unmatched_ok
        except PDF_ERRORS as exc:
            job = _Job(key, outcome=exc)
        self._jobs.append(job)
        done = []
        while len(self._jobs) > 1:
            done.append(self._complete(self._jobs.popleft()))
        return done

    def finish(self) -> list[tuple[object, PdfReport | Exception]]:
        """Complete every page still waiting (rows and files written)."""
        done = []
        while self._jobs:
            done.append(self._complete(self._jobs.popleft()))
        return done

    def _start(self, key: object, page: Page, pdf: PdfPage, text_changed: bool) -> _Job:
        verified = not pdf.data and pdf.path is not None  # read() checks them against checksum
        pdf = pdf.read()
        checksum = pdf.checksum if verified else hashlib.sha256(pdf.data).hexdigest()
        current = PageImage.objects.filter(page=page).first()
        same = current and current.pdf_checksum == checksum and current.pdf_page == pdf.index
        if same and page_files_whole(current, pdf.data):  # (a stub stored is written again)
            if pdf.rendered is not None:
                pdf.rendered.discard()
            report = PdfReport(action="unchanged", has_text=current.has_text)
            if text_changed:
                report.has_text = (layout := pdf.read_layout(self.limits)).has_text
                with transaction.atomic():
                    report.zones, report.unmatched, report.photos = zones_and_photos(
                        page, layout, current, pdf.data, self.limits
                    )
            else:
                report.zones = page.zones.count()
                report.unmatched = list(current.unmatched)
            return _Job(key, outcome=report)
        job = _Job(key, page=page, pdf=pdf, checksum=checksum, seen=picture_seen(current))
        if pdf.rendered is not None:  # read and rendered when it was checked
            self._start_prepared(job, page, pdf.rendered)
            return job
        with (
            pdfpages.open_pdf(pdf.data, self.limits) as document,
            pdfpages.loaded_page(document, pdf.index) as loaded,
        ):
            if pdf.layout is not None:  # read by the check before the text import
                layout = pdf.layout.unpack()
            else:
                objects = pdf.objects if self._same_limits else None
                layout = pdfpages.read_page(loaded, limits=self.limits, objects=objects)
            job.has_text, job.warnings = layout.has_text, list(layout.warnings)
            job.text_layer = layout.text_layer
            job.images = tuple(layout.images)
            job.items, texts = zone_items(page)
            if job.has_text:  # the characters are the matching's only: freed when it is done
                job.matching = self._pool.submit(zones_matched, layout, texts, self.limits)
            del layout
            canvas = self._canvases.next()
            holder = [pdfpages.render_image(loaded, limits=self.limits, into=canvas)]
        job.encoding = self._pool.submit(_encode, holder, self.limits, job.images)
        self._canvases.read_by(job.encoding)
        return job

    def _start_prepared(self, job: _Job, page: Page, rendered: Prerendered) -> None:
        """Page ``job`` read and rendered when it was checked: its zones matched (its characters
        unpacked) and its encoded image taken, both on the worker thread; no PDFium."""
        packed = rendered.layout()
        job.has_text, job.warnings = packed.has_text, list(packed.warnings)
        job.text_layer = packed.text_layer
        job.images = packed.images
        job.items, texts = zone_items(page)
        if job.has_text:
            # (as packed: no tuple made for each character)
            job.matching = self._pool.submit(zones_matched, packed, texts, self.limits)
        job.encoding = self._pool.submit(rendered.load)

    def _complete(self, job: _Job) -> tuple[object, PdfReport | Exception]:
        if job.outcome is not None:
            return job.key, job.outcome
        try:
            found, pictures = (
                job.matching.result() if job.matching else ([None] * len(job.items), [])
            )
            rendered = job.encoding.result()
        except PDF_ERRORS as exc:
            return job.key, exc
        finally:  # an encoding done is forgotten (its result is the job's alone from now on)
            self._canvases.forget(job.encoding)
            job.matching = job.encoding = None
        try:
            return job.key, _write(job, found, pictures, rendered, self.limits)
        except PDF_ERRORS as exc:
            return job.key, exc


def _encode(holder: list, limits: pdfpages.PdfLimits, boxes: tuple) -> pdfpages.RenderedPage:
    """The rendered page in ``holder`` (taken out of it: the worker thread is then its only
    holder) encoded, with its image ``boxes`` cut from it (the photos' pictures); the picture
    is closed, its memory freed, before the result is handed back, so the caller may render the
    next page as soon as this is done."""
    image = holder.pop()
    try:
        rendered = pdfpages.encode_image(image, limits)
        return replace(rendered, photos=pdfpages.crop_photos(image, list(boxes), limits))
    finally:
        image.close()
        trim()


def _write(
    job: _Job, found: list, pictures: list, rendered: pdfpages.RenderedPage, limits
) -> PdfReport:
    """Page ``job``'s rows and files (its zones and photos: :mod:`.pdfmatch`; ``pictures``: those
    printed with a credit and no caption), in one transaction, the stored page checked again in
    it (:mod:`.pdfrecheck`); the files written are removed again when it fails."""
    page, pdf, checksum = job.page, job.pdf, job.checksum
    names = (
        f"pages/{checksum[:2]}/{checksum}.pdf",
        _name(checksum, pdf.index, rendered.suffix),
        _name(checksum, pdf.index, "-thumb" + rendered.suffix),
    )
    report = PdfReport()
    written: list[str] = []
    try:
        with transaction.atomic():
            report.dropped = write_rechecked(job, found)  # (the page locked: changed? refused)
            before = PageImage.objects.filter(page=page).values_list("pdf", "image", "thumbnail")
            replaced = {name for row in before for name in row if name} - set(names)
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
                    "has_text": job.has_text,
                    "warnings": list(job.warnings),
                },
            )
            report.zones, report.unmatched, report.photos = photos_written(
                page,
                picture,
                job.items,
                found,
                pictures,
                images=list(job.images),
                data=pdf.data,
                limits=limits,
                written=written,
                ready=rendered.photos,
            )
            stored = (
                _store(names[0], pdf.data, written),
                _store(names[1], rendered.image, written),
                _store(names[2], rendered.thumbnail, written),
            )
            if stored != names:  # a storage that renamed a file: keep the names it gave
                PageImage.objects.filter(pk=picture.pk).update(
                    pdf=stored[0], image=stored[1], thumbnail=stored[2]
                )
            replaced -= set(stored)
            if replaced:
                transaction.on_commit(lambda: page_files_remove_unused(replaced))
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    report.action = "created" if created else "updated"
    report.warnings, report.has_text = list(job.warnings), job.has_text
    report.old_hand = len(old_picture_zones(page, picture))
    return report


def page_attach_pdf(page: Page, pdf: PdfPage, *, text_changed: bool = True) -> PdfReport:
    """Store the page's PDF, image and thumbnail and match its zones (see the module docstring;
    many pages: :class:`PdfAttacher`, which overlaps one page's encoding with the next page).

    Raises ``PdfPageError`` for a bad PDF, ``OSError`` when a file cannot be stored; nothing
    of the page is written then."""
    with PdfAttacher() as attacher:
        ((_, outcome),) = attacher.add(None, page, pdf, text_changed=text_changed) + (
            attacher.finish()
        )
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def page_rematch(page: Page) -> PdfReport:
    """Match the zones of a page again from its stored PDF (after its text was corrected); hand
    zones are kept, and a part or photo an editor rewrote is found by what the page printed
    (:func:`~articles.importing.storedparse.printed_texts`). Raises ``PageImage.DoesNotExist`` for a page without a PDF, ``PdfPageError``
    or ``OSError`` when the stored PDF cannot be read."""
    image = PageImage.objects.get(page=page)
    data = stored_pdf(image)
    layout = pdf_check(PdfPage(data, image.pdf_page))
    printed = printed_texts(page)  # an edited caption is found by what was printed
    with transaction.atomic():
        zones, unmatched, photos = zones_and_photos(
            page, layout, image, data, pdf_limits(), printed
        )
    return PdfReport("rematched", zones, unmatched, photos=photos, has_text=layout.has_text)


def stored_pdf(image: PageImage) -> bytes:
    """The bytes of the PDF stored for a page (``image``: its ``PageImage``). Raises
    ``OSError`` when it cannot be read."""
    with default_storage.open(image.pdf.name, "rb") as handle:
        return handle.read()


def stored_layout(image: PageImage) -> pdfpages.PageLayout:
    """The characters of the PDF page stored for a page (``image``: its ``PageImage``), read
    again from storage and checked as an import checks a PDF. Raises ``PdfPageError`` or
    ``OSError`` (:data:`PDF_ERRORS`) when the stored PDF cannot be read."""
    return pdf_check(PdfPage(stored_pdf(image), image.pdf_page))
