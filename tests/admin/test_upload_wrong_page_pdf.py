"""The desk's upload of another page's PDF for a published page (a reviewer's second page
uploaded as ``A1.pdf``): the preview says few of the page's stories are on it and asks for a
box; confirming without it writes nothing; with it the PDF is attached and the photo keeps the
picture cut from the right PDF (articles/importing/pdfmismatch.py)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import ImportRun, PageImage, Photo, Zone
from tests.admin.pdfuploads import UPLOAD, built, front_imported, pdf_alone, worker

pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported", "worker"]  # (the fixtures, used by name)


def test_the_preview_says_the_pdf_is_another_pages_and_asks(editor_client, built, front_imported):
    html = pdf_alone(editor_client, built[1].pdf).content.decode()
    assert "1版的 3 篇稿件一篇也没有在这个 PDF 上找到" in html
    assert "检查通过" not in html
    assert 'name="attach_unmatched_pdf"' in html
    assert "--attach-unmatched-pdf" not in html


def test_the_preview_line_says_the_page_waits_for_the_box(editor_client, built, front_imported):
    preview = pdf_alone(editor_client, built[1].pdf)
    (entry,) = preview.context["preview"]
    assert "1版：须勾选“确是本版的 PDF，照样挂上”才导入（勾选后" in entry["summary"]
    assert "不勾选，这次上传什么都不写入" in entry["summary"]
    assert "1版：将更新" not in entry["summary"] and "1版：将新建" not in entry["summary"]


def test_confirming_without_the_box_writes_nothing(editor_client, built, front_imported):
    before, _ = front_imported
    preview = pdf_alone(editor_client, built[1].pdf)
    response = editor_client.post(
        UPLOAD, {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    )
    assert "确是本版的 PDF，照样挂上" in response.content.decode()
    assert "只要导入文字，请重新选择文件，不选这个 PDF" in response.content.decode()
    assert not ImportRun.objects.exists()
    assert PageImage.objects.get().pdf_checksum == before.pdf_checksum
    assert Zone.objects.count() == 4


def test_with_the_box_the_pdf_is_attached_and_the_photo_keeps_its_picture(
    editor_client, built, front_imported, worker
):
    before, photo_image = front_imported
    preview = pdf_alone(editor_client, built[1].pdf)
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    editor_client.post(UPLOAD, {**form, "attach_unmatched_pdf": "on"})
    worker()
    run = ImportRun.objects.get()
    status = editor_client.get(
        reverse("admin:articles_page_upload_run_status", args=[run.pk])
    ).json()
    assert status["state"] == "done", status
    assert PageImage.objects.get().pdf_checksum != before.pdf_checksum
    assert Photo.objects.get().image.name == photo_image


def test_a_run_queued_without_the_box_refuses_the_pdf(editor_client, built, front_imported):
    """The background import checks again (a run is also re-run from its page)."""
    from articles.importing import UploadError, UploadItem, upload_run

    before, _ = front_imported
    item = UploadItem(
        name="1.pdf",
        data=PageImage.objects.get().page.raw_text,
        paper_name="江海晚报",
        paper_slug="jianghai-evening",
        issue_date=before.page.issue.date,
        label="1",
        pdf=built[1].pdf,
        pdf_name="1.pdf",
    )
    with pytest.raises(UploadError) as refused:
        upload_run([item], dry_run=False)
    assert "确是本版的 PDF，照样挂上" in str(refused.value)
    assert PageImage.objects.get().pdf_checksum == before.pdf_checksum
