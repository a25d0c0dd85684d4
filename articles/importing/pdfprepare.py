"""Page PDFs read and rendered once, when they are checked before the text import.

``import_pages`` checks each page's PDF before anything of the page is written (a bad PDF fails
the page, nothing written). The check already opens the PDF and loads its page (PDFium parses
the page's content: about 15 ms for a broadsheet page); loading it again after the text import
to read its characters and render it costs as much again. With a :class:`PdfPreparer` the check
does all of PDFium's work at once: the page is loaded, checked, its characters read (kept
packed, :class:`articles.pdfpages.packed.PackedLayout`: about 0.2 MB a page) and rendered, and
the preparer's worker thread encodes the page image and thumbnail into a temporary folder while
the next PDF is checked. Attaching the page after its text import
(:class:`articles.importing.pdfs.PdfAttacher`) then only matches the zones and writes the rows
and files: PDFium is not called again. ``bench/pdf_bench.py`` measures both.

A page whose PDF was attached before with the same bytes (any page with its checksum) is only
checked, as before: re-importing an edition renders nothing again. What a preparer wrote is
removed when it is closed, attached or not.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from articles import pdfpages
from articles.importing.memory import heap_frozen, map_large_allocations, trim
from articles.importing.papers import existing_paper
from articles.importing.pdfpairs import one_page_only
from articles.models import PageImage
from articles.pdfpages.packed import PackedLayout


@contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Inside the block, SIGTERM (what ``timeout``, systemd and supervisors send) ends the
    process as Ctrl-C does, by an exception (``SystemExit(143)``), so that every ``with`` block
    on the way out cleans up after itself: a :class:`PdfPreparer`'s temporary folder, a
    transaction rolled back. Python's default is to die at once, leaving them. Does nothing
    outside the main thread (only it may set a signal handler); the handler before is put back
    after the block."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    process = os.getpid()

    def leave(signum, frame):
        if os.getpid() != process:  # a worker forked inside the block: dies as it would have
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise SystemExit(128 + signum)

    before = signal.signal(signal.SIGTERM, leave)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


@dataclass(frozen=True)
class PrerenderedFiles:
    """A page image and thumbnail encoded by a :class:`PdfPreparer`: the two files (in its
    temporary folder), the image's size in pixels and the files' suffix (``.webp``, ``.jpg``)."""

    image: Path
    thumbnail: Path
    width: int
    height: int
    suffix: str
    photos: tuple = ()  # for each image box of the page: (its file, width, height) or None


class Prerendered:
    """A page read and rendered when its PDF was checked; its characters being packed and its
    image encoded on the preparer's worker thread. :meth:`layout` gives the packed characters,
    :meth:`load` the :class:`~articles.pdfpages.RenderedPage` (waiting for them; the files are
    removed then); :meth:`discard` removes the files without reading them."""

    def __init__(self, packing: Future, encoding: Future):
        self._packing = packing
        self._encoding = encoding

    def layout(self) -> PackedLayout:
        """The page's characters, images and warnings, packed (waits for the packing)."""
        return self._packing.result()

    def load(self) -> pdfpages.RenderedPage:
        """The encoded page image and thumbnail (waits for the encoding). Raises what encoding
        raised (``OSError``, ``ValueError``)."""
        files: PrerenderedFiles = self._encoding.result()
        try:
            return pdfpages.RenderedPage(
                files.image.read_bytes(),
                files.width,
                files.height,
                files.thumbnail.read_bytes(),
                files.suffix,
                tuple(
                    pdfpages.CutPhoto(p[0].read_bytes(), p[1], p[2], files.suffix) if p else None
                    for p in files.photos
                ),
            )
        finally:
            _remove(files)

    def discard(self) -> None:
        """Forget the page: its files are removed once it is encoded (now, or when the encoding
        ends)."""
        self._encoding.add_done_callback(_remove_done)


def _remove_done(future: Future) -> None:
    if not future.cancelled() and future.exception() is None:
        _remove(future.result())


def _remove(files: PrerenderedFiles) -> None:
    for path in (files.image, files.thumbnail, *(p[0] for p in files.photos if p)):
        path.unlink(missing_ok=True)


class PdfPreparer:
    """Checks page PDFs, reads their characters and renders them, one after another on the
    caller's thread (PDFium is not thread-safe), and encodes each page on one worker thread
    while the next is checked: two rendered pages at a time at most, in two buffers used in
    turn, as :class:`~articles.importing.pdfs.PdfAttacher` does. Use it as a context manager:
    leaving it waits for the encoding and removes every file it wrote.

    ::

        with PdfPreparer(pdf_limits()) as preparer:
            layout, prerendered = preparer.prepare(data, index)
    """

    def __init__(self, limits: pdfpages.PdfLimits, *, dry_run: bool = False):
        self.limits = limits
        self.dry_run = dry_run  # a dry run writes nothing: its PDFs are only checked
        self._canvases = pdfpages.BuffersInTurn()
        self._folder: tempfile.TemporaryDirectory | None = None
        self._count = 0  # pages prepared: each one's files named by its number
        self._papers: dict[tuple[str, str], object] = {}  # (name, slug) → the paper or None
        map_large_allocations()
        self._frozen = heap_frozen()
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="pdf-prepare")
        # The characters' Python work, apart from the encoding: done while the page renders,
        # not queued behind the page before's image.
        self._characters = ThreadPoolExecutor(1, thread_name_prefix="pdf-characters")

    def __enter__(self) -> PdfPreparer:
        self._frozen.__enter__()  # the process's objects left out of collections meanwhile
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._characters.shutdown(wait=True, cancel_futures=True)
            self._canvases = pdfpages.BuffersInTurn()  # the buffers' memory freed
            if self._folder is not None:
                self._folder.cleanup()
                self._folder = None
        finally:
            self._frozen.__exit__(None, None, None)

    def _paper(self, source):
        """The stored paper ``source`` names (its ``paper_name``, ``paper_slug``), or None;
        each looked up once a run."""
        key = (source.paper_name, source.paper_slug)
        if key not in self._papers:
            self._papers[key] = existing_paper(*key)
        return self._papers[key]

    def stored_page(self, source) -> dict | None:
        """The stored page ``source`` names (paper, ``date``, ``label``) as filter keywords
        from a row of it (``page__issue__publication`` …), or None when its paper is not stored
        (looked up once a run: a paper the run itself creates is not found)."""
        paper = self._paper(source)
        if paper is None:
            return None
        return {
            "page__issue__publication": paper,
            "page__issue__date": source.date,
            "page__label": source.label,
        }

    def attached_before(self, source, checksum: str, index: int) -> bool:
        """Whether the page ``source`` names (its paper, date and label) has this page of these
        PDF bytes already: re-importing an edition, attaching finds it unchanged and nothing
        needs rendering (:meth:`stored_page`: a new paper's pages are simply rendered)."""
        page = self.stored_page(source)
        return (
            page is not None
            and PageImage.objects.filter(**page, pdf_checksum=checksum, pdf_page=index).exists()
        )

    def prepare(
        self, data: bytes, index: int, *, layout_now: bool = False, one_page: bool = False
    ) -> tuple[pdfpages.PageLayout | None, Prerendered]:
        """Page ``index`` (0-based) of the PDF in ``data``: checked (what
        :func:`articles.importing.pdfs.pdf_check` refuses), its characters read from PDFium and
        the page rendered now, on this thread; turning the characters into the page's layout and
        packing it, and encoding the page image, started on the worker threads. The layout
        (:func:`articles.pdfpages.read_page`'s) is returned only with ``layout_now`` (the text
        of a PDF alone: made here then), otherwise None (the zones take it packed, from the
        :class:`Prerendered`). ``one_page``: a page's own PDF, refused when it has more pages
        (:func:`articles.importing.pdfpairs.one_page_only`). Raises ``PdfPageError`` for a bad
        PDF (what :func:`articles.importing.pdfs.pdf_check` and rendering refuse): nothing kept
        then."""
        with pdfpages.open_pdf(data, self.limits) as document:
            if one_page and len(document) > 1:
                raise pdfpages.PdfPageError(one_page_only(len(document)))
            return self._prepare(document, index, layout_now)

    def _prepare(
        self, document, index: int, layout_now: bool
    ) -> tuple[pdfpages.PageLayout | None, Prerendered]:
        """:meth:`prepare` on the open ``document``."""
        layout = None
        with pdfpages.loaded_page(document, index) as loaded:
            width, height = loaded.get_size()
            objects = pdfpages.check_page(loaded, limits=self.limits)
            raw = pdfpages.read_raw_chars(loaded)  # PDFium's part of reading the characters
            if layout_now:
                chars = pdfpages.build_chars(raw, width, height)
                layout = pdfpages.layout_of(width, height, chars, objects)
                packing = self._characters.submit(PackedLayout.pack, layout)
            else:
                # Python's part, on the other thread while PDFium renders here (PDFium lets
                # Python run): the characters' boxes and sizes, packed.
                packing = self._characters.submit(_built, raw, width, height, objects)
            del raw
            canvas = self._canvases.next()
            holder = [pdfpages.render_image(loaded, limits=self.limits, into=canvas)]
        encoding = self._pool.submit(
            _encode_to_files, holder, self.limits, self._next_stem(), objects.images
        )
        self._canvases.read_by(encoding)
        return layout, Prerendered(packing, encoding)

    def _next_stem(self) -> Path:
        """Where the next page's files go (called on the caller's thread only)."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="newsroom-pdf-")
        self._count += 1
        return Path(self._folder.name) / f"page-{self._count}"


def _built(
    raw: pdfpages.RawChars, width: float, height: float, objects: pdfpages.PageObjects
) -> PackedLayout:
    """The page's layout made from PDFium's characters (:func:`articles.pdfpages.build_chars`,
    no PDFium), packed."""
    chars = pdfpages.build_chars(raw, width, height)
    return PackedLayout.pack(pdfpages.layout_of(width, height, chars, objects))


def _encode_to_files(
    holder: list, limits: pdfpages.PdfLimits, stem: Path, boxes: tuple
) -> PrerenderedFiles:
    """The rendered page in ``holder`` (taken out of it) encoded into two files named from
    ``stem``, and its image ``boxes`` cut from it into one file each (the photos' pictures,
    :func:`articles.pdfpages.crop_photos`); the picture is closed and its memory freed before
    the result is handed back, so the next page may be rendered into the same buffer."""
    image = holder.pop()
    try:
        rendered = pdfpages.encode_image(image, limits)
        cut = pdfpages.crop_photos(image, list(boxes), limits)
    finally:
        image.close()
        trim()
    files = PrerenderedFiles(
        stem.with_suffix(rendered.suffix),
        stem.with_name(stem.name + "-thumb").with_suffix(rendered.suffix),
        rendered.width,
        rendered.height,
        rendered.suffix,
        tuple(
            (
                stem.with_name(f"{stem.name}-photo{n}").with_suffix(rendered.suffix),
                c.width,
                c.height,
            )
            if c
            else None
            for n, c in enumerate(cut)
        ),
    )
    for piece, written in zip(cut, files.photos, strict=True):
        if piece is not None:
            written[0].write_bytes(piece.image)
    files.image.write_bytes(rendered.image)
    files.thumbnail.write_bytes(rendered.thumbnail)
    return files
