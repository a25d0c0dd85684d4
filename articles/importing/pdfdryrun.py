"""What a dry run of ``import_pages`` says of a page's PDF it only checked: what a real run
would do with it (attach it as new, update it, leave it), or, for a PDF on which few of the
page's stories are found, the page failed as the real run fails it
(:mod:`articles.importing.pdfmismatch`, :mod:`articles.importing.pdfbefore`)."""

from __future__ import annotations

from pathlib import Path

from articles.importing.pdfbefore import PdfsBeforeWrite
from articles.importing.pdfmismatch import (
    mismatch_allowed_line,
    mismatch_refusal,
    page_story_texts,
    questioned,
)
from articles.importing.pdfreport import dry_run_action, dry_run_line
from articles.importing.pdfs import pdf_limits
from articles.importing.pdfunreadable import unreadable_refusal, unreadable_said
from articles.importing.preparing import PageInput
from articles.importing.reports import PageImportError, PageImportReport
from articles.importing.textkept import text_kept_line
from articles.models import Page, PageImage
from articles.zonechecks import to_come_line


def dry_run_pdf_said(
    report, pdf, page_input: PageInput | None, checks: PdfsBeforeWrite
) -> PageImportReport | PageImportError:
    """A dry run's page (``report``) with the PDF it only checked: its ``pdf_action`` and its
    line say whether a real run would attach it as new, update it or leave it (nothing for a
    page without a PDF or one that failed). A PDF on which few of its stories are found, whose
    text is not the page's (``page_input``: a text beside it, checked as parsed by ``checks``,
    or, its bytes stored already and not parsed, its stored stories; a PDF alone for a page
    that keeps its text: the stored stories) fails the page as attaching it would in a real
    run, said as a dry run (:mod:`articles.importing.pdfmismatch`); given
    ``--attach-unmatched-pdf`` (``checks.allowed``), the line says it will be attached all the
    same. A PDF whose text layer cannot be read gets the real run's warning, and fails the page
    as the real run does when it would replace a picture with zones
    (:mod:`articles.importing.pdfunreadable`). Returns the page's result."""
    if not pdf or isinstance(report, PageImportError):
        return report
    report.pdf_action = _dry_run_pdf(report, pdf)
    report.pdf_line = dry_run_line(report.pdf_action)
    if report.pdf_action == "updated" and (line := to_come_line(report.page_id)):
        report.warnings.append(line)  # (its hand zones: on the old picture once it is in)
    verdict = checks.verdict(page_input)  # (parsed, the PDF questioned, allowed)
    if verdict is None and report.text_kept_from:  # a PDF alone: its image and zones only
        report.pdf_line = text_kept_line(report, Path(pdf.source_name).name, None)
    stored = report.text_kept_from or (page_input is not None and report.action == "unchanged")
    if verdict is None and stored and report.pdf_action != "unchanged":  # its stored stories
        stories = page_story_texts(Page.objects.get(pk=report.page_id))
        verdict = questioned(pdf.read().read_layout(pdf_limits()), *stories)
    unread = verdict is None and report.pdf_action != "unchanged"  # a layer not to be read?
    layout = _layout(pdf) if unread else None
    zones = unreadable_said(report, layout, allowed=checks.allowed) if unread else 0
    if zones and not checks.allowed:  # (fails the page as the real run does: its zones kept)
        refused = unreadable_refusal(zones, layout.text_layer)
        return PageImportError(f"{pdf.source_name}: {refused}（试运行：{_then(report)}）")
    if verdict is None:
        return report
    report.pdf_mismatch = True
    if checks.allowed:
        done = "将新建" if report.pdf_action == "created" else "将更新"
        report.pdf_line = mismatch_allowed_line(report.label, *verdict, done)
        return report
    refused = mismatch_refusal(report.label, *verdict, page=Page(pk=report.page_id))
    return PageImportError(f"{pdf.source_name}: {refused}（试运行：{_then(report)}）")


def _then(report: PageImportReport) -> str:
    """What a dry run says the real run does with a page whose PDF it refuses (Chinese)."""
    return f"真正导入时{text_said(report)}，只是不会挂上这个 PDF"


def _layout(pdf):
    """The characters of a dry run's checked ``pdf`` (kept packed by its check, else read)."""
    packed = pdf.rendered.layout() if pdf.rendered is not None else pdf.layout
    return packed if packed is not None else pdf.read().read_layout(pdf_limits())


def text_said(report: PageImportReport) -> str:
    """What became of the text of a page whose PDF failed at attaching (Chinese)."""
    if report.text_kept_from:
        return f"这一版的文字仍是 {report.text_kept_from} 的，没有改动"
    if report.action == "unchanged":
        return "这一版的文字和已导入的相同，没有改动"
    return "这一版的文字已经导入"


def _dry_run_pdf(report: PageImportReport, pdf) -> str:
    """What a real run would do with a page's checked PDF: created, updated or unchanged. The
    page is the one the dry run found or made (``report.page_id``): a paper given by its name
    has no slug in the page's source, and the label the page was filed under may not be the one given."""
    current = (
        PageImage.objects.filter(page_id=report.page_id).only("pdf_checksum", "pdf_page").first()
        if report.page_id is not None
        else None
    )
    return dry_run_action(pdf.checksum, pdf.index, current)
