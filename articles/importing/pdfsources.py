"""A page's text for the import, read from its source: a text file's own, or, for a page PDF
without a ``.txt`` (``A1.pdf`` alone), the PDF's text layer in reading order
(:func:`articles.pdfpages.page_text_sizes`) with the type sizes of its headline lines, read
from the same layout (no second read of the PDF). The sizes go to the parser with the text
(:class:`~articles.importing.preparing.PageInput`'s ``line_sizes``: a smaller line over a
headline is its 引题) and are stored with the page (``Page.line_sizes``), so a re-parse reads
its decks alike. A text file gets none, its PDF beside it or not: its lines are not the PDF's
lines, so the sizes could name the wrong ones. The PDF beside a text is checked here too, before
the text is imported; its image and zones are attached after (:mod:`articles.importing.pdfs`).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from articles import pdfpages
from articles.importing.pdfpairs import PdfRef, one_page_only
from articles.importing.pdfprepare import PdfPreparer
from articles.importing.pdfs import (
    PDF_ERRORS,
    PdfPage,
    pdf_check,
    pdf_page_count,
    pdf_validate,
    read_pdf_file,
)
from articles.importing.textkept import stored_text_kept
from articles.pdfpages.packed import PackedLayout
from articles.pdfpages.textlayer import NO_TEXT


def source_data(
    source, ref: PdfRef | None, read_text, *, preparer: PdfPreparer | None = None
) -> tuple[bytes | str, PdfPage | None]:
    """A source's page text (``read_text(path)`` for a text file, the PDF's text layer for a PDF
    alone) and its PDF page, checked (:func:`pdf_validate`; for a PDF alone :func:`pdf_check`,
    whose characters are kept, packed, for its zones, and the type sizes of the text's headline
    lines, read from the same layout, kept as the page's ``line_sizes``: pass them to the
    parser with the text, :class:`~articles.importing.preparing.PageInput`). A text file's page
    gets no sizes, its PDF beside it or not: its lines are not the PDF's lines, so the sizes
    could name the wrong ones. With a ``preparer`` (``import_pages``), a PDF not attached before
    is also read and rendered now (its characters kept, packed, its page image encoded by the
    preparer: :mod:`articles.importing.pdfprepare`). Raises ``PdfPageError`` (a bad PDF:
    nothing written)."""
    if ref is None:
        return read_text(source.path), None
    alone = source.path.suffix.lower() == ".pdf"
    text = None if alone else read_text(source.path)  # unreadable: the PDF is not read
    pdf = PdfPage(read_pdf_file(ref.path), ref.index, str(ref.path))
    checksum = hashlib.sha256(pdf.data).hexdigest()
    objects = layout = rendered = None
    prepare = (
        preparer is not None
        and not preparer.dry_run
        and not preparer.attached_before(source, checksum, ref.index)
    )
    # A page's own PDF has one page: the preparer counts them as it opens the PDF (once).
    if not prepare and not ref.split and (pages := pdf_page_count(pdf.data)) > 1:
        raise pdfpages.PdfPageError(one_page_only(pages))
    if prepare:
        layout, rendered = preparer.prepare(
            pdf.data, pdf.index, layout_now=alone, one_page=not ref.split
        )
    elif alone:
        layout = pdf_check(pdf)
    else:
        objects = pdf_validate(pdf)  # the characters are read when the page is attached
    sizes = None
    if alone:
        text, sizes = _text_sizes_of(layout, lambda: stored_text_kept(*_names(source)))
    # Kept small while the page waits for its text import: the bytes are read again when it is
    # attached (the file's checksum tells that they did not change).
    checked = PdfPage(
        b"",
        ref.index,
        str(ref.path),
        layout=PackedLayout.pack(layout) if layout is not None and rendered is None else None,
        path=ref.path,
        checksum=checksum,
        objects=objects,
        rendered=rendered,
        line_sizes=sizes or None,
    )
    return text, checked


def pdf_text(pdf: PdfPage) -> str:
    """The page's text from the PDF's text layer, in reading order, for the parser. Raises
    ``PdfPageError`` for a bad PDF or one without a text layer."""
    return pdf_text_sizes(pdf)[0]


def pdf_text_sizes(pdf: PdfPage, kept=None) -> tuple[str, dict[int, float]]:
    """:func:`pdf_text` and the type size in points of its headline lines by line number
    (1-based; :func:`articles.pdfpages.page_text_sizes`), read from one layout: what the parser
    takes as ``line_sizes`` with that text. Raises ``PdfPageError`` as :func:`pdf_text` does,
    but for a scan (no text layer at all) when ``kept()`` says its stored page keeps its text
    (:func:`~articles.importing.textkept.stored_text_kept`): then ``""``, the PDF being only
    the page's picture (:mod:`articles.importing.textkept`)."""
    return _text_sizes_of(pdf_check(pdf), kept)


def _names(source) -> tuple:
    return source.paper_name, source.paper_slug, source.date, source.label


def _text_sizes_of(layout: pdfpages.PageLayout, kept=None) -> tuple[str, dict[int, float]]:
    if layout.text_layer == NO_TEXT and kept is not None and kept():
        return "", {}  # a stored page's picture: its text stays (textkept)
    if not layout.has_text:
        what = (
            "PDF 的文字层读不出文字（多半是字体没有附 Unicode 对照表）"
            if layout.text_layer == pdfpages.UNREADABLE
            else "PDF 没有文字层（扫描件，或文字已转成曲线）"
        )
        raise pdfpages.PdfPageError(
            f"{what}，无法从中导入文字；请同时提供同名的 .txt 文本"
            + "（本版尚未导入文字，这个 PDF 只能作已导入版面的版面图）" * (kept is not None)
        )
    return pdfpages.page_text_sizes(layout)


def pdf_read_ahead(data: bytes, name: str, page, preparer: PdfPreparer) -> PdfPage:
    """A one-page PDF (``data``, file ``name``) for ``page`` (its ``paper_name``, ``paper_slug``,
    ``date`` and ``label``), read before the transaction that attaches it opens (on SQLite a
    transaction holds the one write lock from its start): checked, read and rendered by
    ``preparer`` (:meth:`~articles.importing.pdfprepare.PdfPreparer.prepare`), or, for a PDF
    attached to that page before with these bytes (nothing to render), only its characters read,
    kept packed. Attaching it (:class:`~articles.importing.pdfs.PdfAttacher`) then opens no PDF.
    A PDF that cannot be read is returned as it came: attaching it refuses it as it always did."""
    pdf = PdfPage(data, 0, name)
    try:
        if preparer.attached_before(page, hashlib.sha256(data).hexdigest(), 0):
            return replace(pdf, layout=PackedLayout.pack(pdf_check(pdf)))
        return replace(pdf, rendered=preparer.prepare(data, 0)[1])
    except PDF_ERRORS:
        return pdf
