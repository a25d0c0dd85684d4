"""A page's automatic zones matched again from the PDF stored for it, when its stories changed
without a PDF coming with them: its text imported again alone (``import_pages``, the desk's
upload) or read again by a better parser (``reparse_pages``, the desk's 重新解析本版).

Zones are found by the text of each printed part (README, Page PDFs): a story the new text or
the new parse brings has none until the page's PDF is matched again, and readers clicking the
page image miss it. Here that is done as the desk's 重新匹配热区 does
(:func:`~articles.importing.pdfs.page_rematch`: hand zones kept, parts not found named), and the
page's report says so.
"""

from __future__ import annotations

from django.db import transaction

from articles.importing.pdfmatch import zones_and_photos
from articles.importing.pdfreport import PdfReport, dry_run_line
from articles.importing.pdfs import PDF_ERRORS, PdfPage, pdf_check, pdf_limits, stored_pdf
from articles.importing.reports import PageImportError, PageImportReport
from articles.importing.storedparse import printed_texts
from articles.importing.textkept import pdf_attached
from articles.models import PageImage


def stored_pdf_rezone(report: PageImportReport | PageImportError) -> None:
    """The page of ``report`` (imported from its text alone, or re-parsed) whose stories changed
    (``action`` not ``unchanged``) and which has a PDF stored from an earlier import: its
    automatic zones matched again from that PDF (hand zones kept), and ``report`` told so
    (``pdf_action`` ``rematched``, its ``pdf_line`` ``版面 PDF：重新匹配，N 个热区``, and a
    ``版面 PDF：未在版面上找到…`` warning for each part not found). A stored PDF that cannot be
    read any more (``PdfPageError``, ``OSError``: a file gone from storage) leaves the zones as
    they are, with a warning. A dry run matches nothing: its ``pdf_line`` says a real run would
    match the zones again (:func:`~articles.importing.pdfreport.dry_run_line`). Nothing is done
    for an error, a page whose stories are unchanged (its zones stand), one without a stored
    PDF, or one whose report already says what its PDF did (a PDF came with it)."""
    if (
        isinstance(report, PageImportError)
        or report.action == "unchanged"
        or report.page_id is None
        or report.pdf_action
    ):
        return
    image = PageImage.objects.filter(page_id=report.page_id).select_related("page").first()
    if image is None:
        return
    if report.dry_run:
        report.pdf_action, report.pdf_line = "rematched", dry_run_line("rematched")
        return
    try:
        data = stored_pdf(image)
        layout = pdf_check(PdfPage(data, image.pdf_page))
        printed = printed_texts(image.page)  # rows an editor rewrote: found as printed
        with transaction.atomic():
            zones, unmatched, photos = zones_and_photos(
                image.page, layout, image, data, pdf_limits(), printed
            )
    except PDF_ERRORS as exc:
        outcome = PdfReport(
            action="unchanged",
            zones=image.page.zones.count(),
            unmatched=list(image.unmatched),
            has_text=image.has_text,
            warnings=[
                f"已存的版面 PDF 读不出来（{exc}），热区没有按新文字重新匹配；请重新导入这一版的 PDF"
            ],
        )
    else:
        outcome = PdfReport(
            action="rematched",
            zones=zones,
            unmatched=unmatched,
            photos=photos,
            has_text=layout.has_text,
        )
    pdf_attached(report, "", outcome)  # (a page that kept its text has its PDF: not here)
