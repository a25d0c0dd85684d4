"""The desk's upload of a PDF whose text layer cannot be read, or of a true scan with no text
layer, for a page whose picture has zones (a third reviewer's second page, unreadable, as
``1.pdf``): the preview says it cannot be checked and that the page's picture and 4 zones would go, and asks for the box; confirming
without it writes nothing; with it the PDF is attached as a scan. A new page's preview gives
the warning the import gives (articles/importing/pdfunreadable.py)."""

from __future__ import annotations

import pytest

from articles.models import ImportRun, PageImage, Zone
from tests.admin.pdfuploads import (
    UPLOAD,
    built,
    front_imported,
    page_files,
    upload_preview,
    worker,
)

pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported", "worker"]  # (the fixtures, used by name)
KEPT = "，无法核对它是不是本版的；本版原有的版面图和 4 个热区"
#: Each PDF nothing can check: why (the preview's words), and the import's warning.
KINDS = {
    "unreadable": ("这个 PDF 的文字读不出", "有文字层，但读不出文字"),
    "scan": ("这个 PDF 没有文字层（扫描件，或文字已转成曲线）", "没有文字层（扫描件"),
}


@pytest.fixture(scope="module", params=list(KINDS))
def unreadable(request, built):
    """The second page's PDF with its fonts' Unicode maps unnamed (its text cannot be read),
    or a scan: (its bytes, the kind)."""
    from tests.pdfpages.test_unreadable_text_layer import _scan, _unmapped

    pdf = _unmapped(built[1].pdf) if request.param == "unreadable" else _scan()
    return pdf, request.param


def upload(client, text: str, pdf: bytes):
    """The desk's preview of page 1's text with ``pdf`` beside it."""
    return upload_preview(client, page_files(text, pdf))


def test_the_preview_says_it_cannot_be_checked_and_asks(
    editor_client, built, unreadable, front_imported
):
    preview = upload(editor_client, built[0].text, unreadable[0])
    html = preview.content.decode()
    assert KINDS[unreadable[1]][0] + KEPT in html and "检查通过" not in html
    assert "请在预览下方勾选“确是本版的 PDF，照样挂上”再确认" in html
    assert 'name="attach_unmatched_pdf"' in html and "--attach-unmatched-pdf" not in html
    (entry,) = preview.context["preview"]
    assert "1版：须勾选“确是本版的 PDF，照样挂上”才导入" in entry["summary"]


def test_confirming_without_the_box_writes_nothing(
    editor_client, built, unreadable, front_imported
):
    preview = upload(editor_client, built[0].text, unreadable[0])
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    response = editor_client.post(UPLOAD, form)
    assert KINDS[unreadable[1]][0] in response.content.decode()
    assert not ImportRun.objects.exists()
    assert (
        PageImage.objects.get().pdf_checksum == front_imported[0].pdf_checksum
        and Zone.objects.count() == 4
    )


def test_with_the_box_it_is_attached_as_a_scan(
    editor_client, built, unreadable, front_imported, worker
):
    preview = upload(editor_client, built[0].text, unreadable[0])
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    editor_client.post(UPLOAD, {**form, "attach_unmatched_pdf": "on"})
    worker()
    assert PageImage.objects.get().pdf_checksum != front_imported[0].pdf_checksum
    assert not Zone.objects.exists()


def test_a_new_pages_preview_gives_the_imports_warning(editor_client, built, unreadable):
    html = upload(editor_client, built[0].text, unreadable[0]).content.decode()
    assert KINDS[unreadable[1]][1] in html and "无法核对" not in html
