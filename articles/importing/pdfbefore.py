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

A dry run fails the page as the real run would (the same counts, ``failed``, exit status), its
message saying the page will not be imported; with ``--attach-unmatched-pdf`` a real run asks
nothing and a dry run says the PDF does not match and will be attached all the same
(:meth:`PdfsBeforeWrite.verdict`). A PDF the page has already (the same bytes and page) is not
asked about, as attaching finds it unchanged; nor is a PDF without a text layer that can be
read (a true scan, none at all; fonts without a Unicode map: :func:`articles.pdfpages.textlayer.text_layer`) —
unless it would replace a stored picture that has zones, which nothing can check it by: that page
is refused whole the same way (:class:`~articles.importing.pdfunreadable.UnreadableRefusal`) —
nor a page whose text is the PDF's own (a PDF alone).

A refused PDF is matched against the run's other pages of the same issue as parsed (those
before it, and those after it in the same batch, which are checked before any is written):
when one of them prints most of its stories, the refusal names that page (two PDFs swapped,
``1.pdf`` ↔ ``2.pdf``: each refusal says the PDF is the other page's).
"""

from __future__ import annotations

from types import SimpleNamespace

from articles.importing.pdfmismatch import (
    FLAG,
    mismatch_line,
    parsed_story_texts,
    questioned,
)
from articles.importing.pdfprepare import PdfPreparer
from articles.importing.pdfs import PdfPage, pdf_limits
from articles.importing.pdfunreadable import UnreadableRefusal, is_unreadable, stored_zones
from articles.importing.preparing import PageInput, Prepared
from articles.importing.reports import PageImportError


class PdfRefusal(PageImportError):
    """Why a run does not import a page whose PDF prints few of its stories (Chinese):
    ``source`` (the page's file), ``label``, the verdict (stories found, stories, continuations
    left out), ``dry_run`` (said as what the real run will do) and ``other``, the label of the
    run's page the PDF prints instead, when one is found (set later: the message is read when
    the page's result is reported, after its batch was checked)."""

    def __init__(self, source: str, label: str, verdict: tuple, *, dry_run: bool = False):
        super().__init__(source, label, verdict)
        self.source, self.label, self.verdict, self.dry_run = source, label, verdict, dry_run
        self.other = ""

    def __str__(self) -> str:
        done = (
            "试运行：真正导入时本版不会导入（文字和 PDF 都不会写入，本版原有的内容不变）"
            if self.dry_run
            else "本版没有导入（文字和 PDF 都没有写入，本版原有的内容不变）"
        )
        return (
            f"{self.source}: {mismatch_line(self.label, *self.verdict, other=self.other)}。"
            f"{done}：请换上本版的 PDF 再导入；确是本版的 PDF，请加上 {FLAG} 再导入；"
            "只要文字，请把这个 PDF 移开再导入"
        )


class PdfsBeforeWrite:
    """The PDFs given beside their pages' texts, checked against each page as parsed:
    ``pages_import(..., check=checks)``. :meth:`add` a page's input with its PDF as it is
    handed over; the pipeline then calls the object with the page parsed. ``allowed``: the
    command's ``--attach-unmatched-pdf`` (nothing refused; a dry run keeps its verdicts for
    the page's report: :meth:`verdict`); ``dry_run``: refused as a real run would, said so.
    ``preparer``: the run's, which knows whether a page has a PDF already (not asked about
    then)."""

    def __init__(self, *, allowed: bool, dry_run: bool, preparer: PdfPreparer):
        self.allowed = allowed
        self.dry_run = dry_run
        self._preparer = preparer
        # id of a PageInput → it (held: its id is not reused meanwhile) and its PDF
        self._pdfs: dict[int, tuple[PageInput, PdfPage]] = {}
        self._verdicts: dict[int, tuple] = {}  # id of a PageInput → (found, total, jumps)
        # The issue being read, its pages as parsed (label, parsed page) and the refusals of
        # its PDFs with their characters: a refused PDF is looked for among them.
        self._issue: tuple = ()
        self._pages: list[tuple[str, object]] = []
        self._refused: list[tuple[PdfRefusal, object]] = []

    def add(self, page_input: PageInput, pdf: PdfPage | None) -> None:
        """``page_input``'s PDF (None, or its own text's source: nothing to check)."""
        self._pdfs.pop(id(page_input), None)
        if pdf is not None and not page_input.pdf_text and (self.dry_run or not self.allowed):
            self._pdfs[id(page_input)] = (page_input, pdf)

    def verdict(self, page_input: PageInput | None) -> tuple | None:
        """(stories found, stories, continuations left out) of a dry run's page whose PDF was
        questioned and is allowed (``allowed``); else None."""
        return None if page_input is None else self._verdicts.get(id(page_input))

    def __call__(self, prepared: Prepared) -> Prepared | PageImportError:
        _, pdf = self._pdfs.pop(id(prepared.item), (None, None))
        if prepared.parsed is None:  # (the stored bytes again: nothing written)
            return prepared
        self._seen(prepared)
        found = self._found(prepared, pdf) if pdf is not None else None
        if isinstance(found, UnreadableRefusal):
            return found
        if found is None:
            return prepared
        (verdict, layout), item = found, prepared.item
        if self.allowed:  # (a dry run: said in the page's report)
            self._verdicts[id(item)] = verdict
            return prepared
        refusal = PdfRefusal(
            item.source_name or prepared.label, prepared.label, verdict, dry_run=self.dry_run
        )
        pages = ((label, parsed) for label, parsed in self._pages if label != prepared.label)
        refusal.other = next((label for label, parsed in pages if _prints(layout, parsed)), "")
        self._refused.append((refusal, layout))
        return refusal

    def _seen(self, prepared: Prepared) -> None:
        """``prepared`` kept among its issue's pages, and looked for on the PDFs refused before
        it (a PDF refused for page 1 that prints page 2, parsed after it)."""
        item = prepared.item
        issue = (item.paper_slug or item.paper_name, item.issue_date)
        if issue != self._issue:
            self._issue, self._pages, self._refused = issue, [], []
        self._pages.append((prepared.label, prepared.parsed))
        for refusal, layout in self._refused:
            if (
                not refusal.other
                and refusal.label != prepared.label
                and _prints(layout, prepared.parsed)
            ):
                refusal.other = prepared.label

    def _found(self, prepared: Prepared, pdf: PdfPage) -> tuple[tuple, object] | None:
        """((found, total, jumps), the PDF's characters) when too few of the parsed page's
        stories are on ``pdf`` (:func:`~articles.importing.pdfmismatch.questioned`); an
        :class:`~articles.importing.pdfunreadable.UnreadableRefusal` when ``pdf``'s text layer
        cannot be read and it would replace a stored picture with zones (not when ``allowed``);
        else None."""
        item = prepared.item
        page = SimpleNamespace(
            paper_name=item.paper_name,
            paper_slug=item.paper_slug,
            date=item.issue_date,
            label=item.label,
        )
        if self._preparer.attached_before(page, pdf.checksum, pdf.index):
            return None
        stories = parsed_story_texts(prepared.parsed)
        packed = pdf.rendered.layout() if pdf.rendered is not None else pdf.layout
        layout = packed if packed is not None else pdf.read().read_layout(pdf_limits())
        if is_unreadable(layout):  # (nothing to check it by: refused where it would cost zones)
            zones = 0 if self.allowed else stored_zones(self._preparer.stored_page(page))
            source, layer = item.source_name or prepared.label, layout.text_layer
            if not zones:
                return None
            return UnreadableRefusal(source, zones, dry_run=self.dry_run, layer=layer)
        if not stories[0]:
            return None
        verdict = questioned(layout, *stories)
        return None if verdict is None else (verdict, layout)


def _prints(layout, parsed) -> bool:
    """Whether at least half of ``parsed``'s stories (a parsed page's, continuations left out
    as ever) are on ``layout`` (a refused PDF's characters): the PDF is that page's."""
    stories = parsed_story_texts(parsed)
    return bool(stories[0]) and questioned(layout, *stories) is None
