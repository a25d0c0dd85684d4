"""A page's PDF given beside its text, checked against the page as parsed **before** anything of
the page is written (``import_pages``; the desk's upload refuses such an upload whole, its
preview having said so: :mod:`articles.importing.upload`).

A text and a PDF that do not print the same stories (fewer than half of the parsed page's
stories found on the PDF: :mod:`articles.importing.pdfmismatch`) mean one of the two files is
not this page's, and the import cannot tell which. So a real run imports neither: the page
fails, nothing of it written (a new page is not made, a stored one keeps its text, picture,
zones and photos), the run ends non-zero, and the message says how to go on (the right PDF;
``--attach-unmatched-pdf`` when it is the page's after all; the text alone without the PDF).
Before, the text was written first and the PDF refused after it: a stored page failed with its
text half updated, and a new page was made without its picture, both on an exit status that
said different things.

A dry run says the same as a warning (``report.pdf_mismatch``). A PDF the page has already
(the same bytes and page) is not asked about, as attaching finds it unchanged; nor is a PDF
without a text layer (a scan), nor a page whose text is the PDF's own (a PDF alone).
"""

from __future__ import annotations

from types import SimpleNamespace

from articles.importing.pdfmismatch import (
    FLAG,
    is_mismatch,
    mismatch_line,
    parsed_story_texts,
    texts_found,
)
from articles.importing.pdfprepare import PdfPreparer
from articles.importing.pdfs import PdfPage, pdf_limits
from articles.importing.preparing import PageInput, Prepared
from articles.importing.reports import PageImportError


def page_refusal(source: str, label: str, found: int, total: int) -> PageImportError:
    """Why a real run does not import a page whose PDF prints few of its stories (Chinese)."""
    return PageImportError(
        f"{source}: "
        + mismatch_line(label, found, total)
        + "。本版没有导入（文字和 PDF 都没有写入，本版原有的内容不变）：请换上本版的 PDF 再导入；"
        f"确是本版的 PDF，请加上 {FLAG} 再导入；只要文字，请把这个 PDF 移开再导入"
    )


class PdfsBeforeWrite:
    """The PDFs given beside their pages' texts, checked against each page as parsed:
    ``pages_import(..., check=checks)``. :meth:`add` a page's input with its PDF as it is
    handed over; the pipeline then calls the object with the page parsed. ``allowed``: the
    command's ``--attach-unmatched-pdf`` (nothing refused); ``dry_run``: nothing refused, the
    verdicts kept for the page's report (:meth:`verdict`). ``preparer``: the run's, which
    knows whether a page has a PDF already (not asked about then)."""

    def __init__(self, *, allowed: bool, dry_run: bool, preparer: PdfPreparer):
        self.allowed = allowed
        self.dry_run = dry_run
        self._preparer = preparer
        # id of a PageInput → it (held: its id is not reused meanwhile) and its PDF
        self._pdfs: dict[int, tuple[PageInput, PdfPage]] = {}
        self._verdicts: dict[int, tuple[int, int]] = {}  # id of a PageInput → (found, total)

    def add(self, page_input: PageInput, pdf: PdfPage | None) -> None:
        """``page_input``'s PDF (None, or its own text's source: nothing to check)."""
        self._pdfs.pop(id(page_input), None)
        if pdf is not None and not page_input.pdf_text and not self.allowed:
            self._pdfs[id(page_input)] = (page_input, pdf)

    def verdict(self, page_input: PageInput | None) -> tuple[int, int] | None:
        """(stories found, stories) of a dry run's page whose PDF was questioned; else None."""
        return None if page_input is None else self._verdicts.get(id(page_input))

    def __call__(self, prepared: Prepared) -> Prepared | PageImportError:
        _, pdf = self._pdfs.pop(id(prepared.item), (None, None))
        if pdf is None or prepared.parsed is None:  # (the stored bytes again: nothing written)
            return prepared
        found = self._found(prepared, pdf)
        if found is None:
            return prepared
        if self.dry_run:
            self._verdicts[id(prepared.item)] = found
            return prepared
        item = prepared.item
        return page_refusal(item.source_name or prepared.label, prepared.label, *found)

    def _found(self, prepared: Prepared, pdf: PdfPage) -> tuple[int, int] | None:
        """(found, total) when too few of the parsed page's stories are on ``pdf``; else None."""
        item = prepared.item
        page = SimpleNamespace(
            paper_name=item.paper_name,
            paper_slug=item.paper_slug,
            date=item.issue_date,
            label=item.label,
        )
        if self._preparer.attached_before(page, pdf.checksum, pdf.index):
            return None
        texts = parsed_story_texts(prepared.parsed)
        if not texts:
            return None
        packed = pdf.rendered.layout() if pdf.rendered is not None else pdf.layout
        layout = packed if packed is not None else pdf.read().read_layout(pdf_limits())
        if not layout.has_text:
            return None
        found = texts_found(layout, texts)
        return (found, len(texts)) if is_mismatch(found, len(texts)) else None
