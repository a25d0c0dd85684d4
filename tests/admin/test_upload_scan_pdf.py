"""The desk's upload of a true scan (a PDF with no text layer) for a page whose picture has
zones: the preview says it cannot be checked and that the page's picture and 4 zones would go,
and asks for the box; confirming without it writes nothing, as for an unreadable text layer
(articles/importing/pdfunreadable.py)."""

from __future__ import annotations

import pytest

from articles.models import ImportRun, PageImage, Zone
from tests.admin.test_upload_unreadable_pdf import UPLOAD, upload
from tests.admin.test_upload_wrong_page_pdf import built, front_imported

pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported"]  # (the fixtures, used by name)
SAID = "这个 PDF 没有文字层（扫描件，或文字已转成曲线），无法核对它是不是本版的；本版原有的版面图和 4 个热区"


@pytest.fixture(scope="module")
def scan():
    from tests.pdfpages.test_unreadable_text_layer import _scan

    return _scan()


def test_the_preview_says_it_cannot_be_checked_and_asks(editor_client, built, scan, front_imported):
    html = upload(editor_client, built[0].text, scan).content.decode()
    assert SAID in html and "检查通过" not in html
    assert "请在预览下方勾选“确是本版的 PDF，照样挂上”再确认" in html


def test_confirming_without_the_box_writes_nothing(editor_client, built, scan, front_imported):
    preview = upload(editor_client, built[0].text, scan)
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    response = editor_client.post(UPLOAD, form)
    assert "这个 PDF 没有文字层" in response.content.decode()
    assert not ImportRun.objects.exists()
    assert (
        PageImage.objects.get().pdf_checksum == front_imported[0].pdf_checksum
        and Zone.objects.count() == 4
    )
