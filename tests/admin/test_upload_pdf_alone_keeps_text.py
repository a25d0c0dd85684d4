"""The desk's upload follows the command's rule for a page's PDF given alone: a page whose text
came from a text file keeps that text, its stories and the desk's edits; the PDF gives the page
image and zones (articles/importing/textkept.py). A page whose text came from a PDF takes the
new PDF's text."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, ImportRun, PageImage
from tests.admin.pdfuploads import UPLOAD, imported, pdf_alone, worker

pytestmark = pytest.mark.django_db

__all__ = ["worker"]  # (the fixture, used by name)


@pytest.fixture(scope="module")
def front():
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page

    return front_page()


def test_a_pdf_alone_uploaded_for_a_page_from_a_text_file_keeps_its_text_and_edits(
    editor_client, front, tmp_path, worker
):
    text = "【本版说明】这一行只在文本文件里。\n\n" + front.text
    (tmp_path / "1.txt").write_text(text, encoding="utf-8")
    page = imported(tmp_path, tmp_path / "1.txt")
    story = Article.objects.filter(page=page).order_by("pk").first()
    story.headline = "编辑改过的标题"
    story.save()
    preview = pdf_alone(editor_client, front.pdf)
    assert "1版的文字将保留自" in preview.content.decode()
    editor_client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"], "new_paper": ""})
    worker()
    run = ImportRun.objects.get()
    status = editor_client.get(
        reverse("admin:articles_page_upload_run_status", args=[run.pk])
    ).json()
    assert status["state"] == "done", status
    assert "1版的文字保留自" in str(status["pages"][0]), status["pages"][0]
    page.refresh_from_db()
    assert page.raw_text == text and page.source_name.endswith("1.txt")
    assert Article.objects.get(pk=story.pk).headline == "编辑改过的标题"
    assert PageImage.objects.filter(page=page).exists()


def test_a_pdf_alone_for_a_page_whose_text_came_from_a_pdf_is_read_as_before(
    editor_client, front, tmp_path
):
    (tmp_path / "1.pdf").write_bytes(front.pdf)
    imported(tmp_path, tmp_path / "1.pdf")
    html = pdf_alone(editor_client, front.pdf + b"\n% exported again\n").content.decode()
    assert "文字保留自" not in html
    assert "将更新版面图和热区" in html or "将更新" in html
