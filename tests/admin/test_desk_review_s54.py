"""Smaller defects a fresh reviewer found at the desk (session 54): each test names what the
desk says now."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.admin.test_upload_pdf_alone_keeps_text import FIELDS, front, imported  # noqa: F401

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"


def test_a_pdf_alone_for_a_page_that_keeps_its_text_counts_its_stories_once(
    editor_client,
    front,  # noqa: F811
    tmp_path,
):
    text = tmp_path / "1.txt"
    text.write_text(front.text, encoding="utf-8")
    imported(tmp_path, text)
    files = [SimpleUploadedFile("1.pdf", front.pdf, content_type="application/pdf")]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    body = response.content.decode()
    report = response.context["preview"][0]["outcome"].report
    assert report.articles == 3 and "3 篇稿件" in response.context["preview"][0]["summary"]
    assert "稿件（0 篇）" not in body and "图片（0 张）" not in body
    assert "稿件（3 篇，照旧）" in body
    assert "1.txt，不重新解析：导入后本版仍是现有的 3 篇稿件、1 张图片" in body
