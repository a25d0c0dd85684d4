"""A page's PDF given without its text file, for a page whose text came from a text file: the page
keeps that text.

The raw text of every page is kept verbatim, and prepress's text dump is a better source of it
than a PDF's text layer read back (README, Importing pages; Page PDFs). So a PDF alone
(``A1.pdf`` without ``A1.txt``, or a page of an edition PDF split by ``--pdf-pages``) imported
for a page whose stored text came from a text file (or was pasted at the desk) does not replace
that text: the page keeps its raw text, checksum, source file, stories and the desk's edits,
and the PDF gives only the page image and the zones, matched to the stories already there
(:class:`~articles.importing.pdfs.PdfAttacher`, ``text_changed=False``). The page's report says
``unchanged`` and names the file its text was kept from (``text_kept_from``; its PDF line
``版面 PDF：…；文字保留自 <file>``: :func:`text_kept_line`).

What a page's text came from is what its row records: ``Page.source_name`` (the file the text
was read from; a PDF's name for a text read from a PDF's text layer, as
:func:`~articles.importing.reports.encoding_label` reads it). A page without text yet (a new
page), or whose text came from a PDF before, takes the new PDF's text as any import does.
``--overwrite-edited`` is about the desk's edits over the page's own text, not about which file
the text comes from: it does not make a PDF alone replace a text file's text.

The decision is made twice: before parsing (:func:`kept_text_pages`, one statement a batch
that has PDFs alone: such a page's PDF text is not parsed, so a text layer that would not pass
the parse's checks does not stop its image), and on the page's locked row inside the batch's
transaction (:func:`text_keep`), which is what counts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db.models import Q

from articles.dates import IssueDateError, check_issue_date
from articles.importing.papers import chosen_paper, existing_paper, masthead_rechecked
from articles.importing.pdfreport import PdfReport, dry_run_line
from articles.importing.preparing import PageInput, Prepared
from articles.importing.reports import PageImportReport
from articles.importing.sources import SourceError, check_paper
from articles.labels import LabelError, normalize_label
from articles.models import Page, Photo, Publication


def read_from_pdf(source_name: str) -> bool:
    """Whether a page's text whose source file is ``source_name`` (``Page.source_name``) was
    read from a PDF's text layer: the file is a ``.pdf`` (any case)."""
    return source_name.strip().lower().endswith(".pdf")


def keeps_its_text(page: Page) -> bool:
    """Whether ``page`` keeps its text when its PDF comes alone: it has text (imported, or typed
    at the desk) that was not read from a PDF (:func:`read_from_pdf`)."""
    has_text = bool(page.checksum or page.raw_text.strip())
    return has_text and not read_from_pdf(page.source_name)


def text_keep(p: Prepared) -> bool:
    """For a page ``p`` whose text is a PDF's text layer (``p.item.pdf_text``) and whose locked
    row (``p.page``) keeps its text (:func:`keeps_its_text`): its report made from the row, as
    for a page whose bytes are stored already (its warnings, encoding; ``parsed`` dropped, so
    nothing of the PDF's text is written), and ``text_kept_from`` the row's source file.
    Returns whether the text is kept (False: nothing done)."""
    if not p.item.pdf_text or not keeps_its_text(p.page):
        return False
    p.parsed, p.text = None, ""
    p.report.warnings = masthead_rechecked(list(p.page.import_warnings or []), p.issue.publication)
    p.report.encoding = p.page.raw_encoding
    p.report.text_kept_from = p.page.source_name
    return True


def stored_text_kept(paper_name: str, paper_slug: str, when, label: str) -> bool:
    """Whether the stored page of that paper (as ``--paper`` names it: :func:`existing_paper`),
    date and label keeps its text when its PDF comes alone (:func:`keeps_its_text`); False for
    a page not stored. Asked for a PDF alone with no text layer (a scan), which gives no text:
    it can only be that page's picture (README, Page PDFs). Two queries."""
    try:
        label = normalize_label(label)
    except LabelError:
        return False
    paper = existing_paper(paper_name, paper_slug)
    rows = Page.objects.filter(issue__publication=paper, issue__date=when, label=label)
    page = rows.first() if paper is not None else None
    return page is not None and keeps_its_text(page)


def kept_text_pages(batch: list[PageInput], *, pending: Iterable[PageInput] = ()) -> dict:
    """The pages of ``batch`` whose text is a PDF's text layer (``pdf_text``) for a page that
    seems to keep its text (:func:`keeps_its_text`), each by its position in ``batch``, as a
    :class:`Prepared` without a parse (``parsed`` None): :func:`text_keep` makes its report on
    the locked row, or, the row changed meanwhile, the page is parsed there after all
    (:func:`~articles.importing.unchanged.unparsed_settle`: its checksum is the PDF text's).
    ``pending``: pages of a batch not written yet (not looked up: that batch may change them).
    One statement, none when the batch has no PDF alone."""
    busy = {_key(item) for item in pending}
    wanted = {at: key for at, item in enumerate(batch) if item.pdf_text and (key := _key(item))}
    wanted = {at: key for at, key in wanted.items() if key not in busy}
    if not wanted:
        return {}
    names = {key[0] for key in wanted.values()}
    slugs = {key[1] for key in wanted.values() if key[1]}
    rows = Page.objects.filter(
        Q(issue__publication__name__in=names) | Q(issue__publication__slug__in=names | slugs),
        issue__date__in={key[2] for key in wanted.values()},
        label__in={key[3] for key in wanted.values()},
    ).select_related("issue__publication")
    papers: dict[int, Publication] = {}
    keeping: set[tuple] = set()
    for page in rows:
        papers[page.issue.publication_id] = page.issue.publication
        if keeps_its_text(page):
            keeping.add((page.issue.publication_id, page.issue.date, page.label))
    found = {}
    for at, key in wanted.items():
        paper = chosen_paper(papers.values(), key[0], key[1])
        if paper is not None and (paper.pk, key[2], key[3]) in keeping:
            checksum = hashlib.sha256(batch[at].data.encode("utf-8", "surrogatepass")).hexdigest()
            found[at] = Prepared(
                item=batch[at], parsed=None, text="", checksum=checksum, label=key[3]
            )
    return found


def _key(item: PageInput) -> tuple | None:
    """The page ``item`` is imported as (paper name, slug, date, label), or None when a check
    before parsing would refuse it (left to fail as it does)."""
    try:
        label = normalize_label(item.label)
        check_issue_date(item.issue_date)
        check_paper(item.paper_name.strip(), item.paper_slug)
    except (LabelError, IssueDateError, SourceError):
        return None
    if not isinstance(item.data, str):
        return None
    return (item.paper_name.strip(), item.paper_slug, item.issue_date, label)


def text_kept_line(report: PageImportReport, pdf_name: str, outcome: PdfReport | None) -> str:
    """The PDF line of a page that kept its text (``report.text_kept_from``) when its PDF
    ``pdf_name`` came alone: what attaching did (``outcome``; None in a dry run, which attaches
    nothing: :func:`~articles.importing.pdfreport.dry_run_line` of ``report.pdf_action``), the
    file the text was kept from, and that the image and zones came from the PDF:
    ``版面 PDF：新建，5 个热区；A1版的文字保留自 …/A1.txt，页面图和 5 个热区取自 A1.pdf
    （单独给出的 PDF 不替换文本文件导入的文字）``."""
    why = "（单独给出的 PDF 不替换文本文件导入的文字）"
    if outcome is None:
        return (
            f"{dry_run_line(report.pdf_action)}；{report.label}版的文字将保留自 "
            f"{report.text_kept_from}，页面图和热区将取自 {pdf_name}{why}"
        )
    return (
        f"{outcome.status_line()}；{report.label}版的文字保留自 {report.text_kept_from}，"
        f"页面图和 {outcome.zones} 个热区取自 {pdf_name}{why}"
    )


def pdf_attached(report: PageImportReport, pdf_name: str, outcome: PdfReport) -> None:
    """``report`` told what attaching its page's PDF ``pdf_name`` did (``outcome``), as the
    command and the desk say it: ``pdf_action``, ``pdf_line`` (:func:`text_kept_line` for a page
    that kept its text), the PDF's warnings, and the page's photos of the PDF alone counted
    again (``pdf_photos``: matching may have made or removed some; one query)."""
    report.pdf_action = outcome.action
    report.pdf_line = outcome.status_line()
    if report.text_kept_from:  # a PDF alone for a page whose text came from a text file
        report.pdf_line = text_kept_line(report, pdf_name, outcome)
    report.warnings.extend(outcome.warning_lines())
    if report.page_id is not None:
        report.pdf_photos = Photo.objects.of_pdf().filter(page_id=report.page_id).count()
