"""The desk upload's result (the background run's page) of a published page re-sent with its
PDF says what readers saw and now see changed, its pictures compared by what is in them, as the
preview and ``import_pages`` do (读者已看到改动：1 张图片 for a replaced picture under the same
caption; 1 张图片照旧 for a PDF exported again with the same picture): articles/importing/upload.py
keeps what readers saw of the page before it is written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import ImportRun
from tests.admin.pdfuploads import (
    UPLOAD,
    page_files,
    published,
    recoloured,
    upload_preview,
    worker,
)

pytestmark = pytest.mark.django_db
__all__ = ["published", "recoloured", "worker"]  # (fixtures, used by name)


def _result(client, worker, text: str, pdf: bytes) -> str:
    """The result's line of what readers see, after the upload is confirmed and run."""
    preview = upload_preview(client, page_files(text, pdf), page="1")
    client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"], "new_paper": ""})
    worker()
    run = ImportRun.objects.get()
    status = client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk])).json()
    assert status["state"] == "done", status
    return next(line for line in status["pages"][0]["lines"] if "已发布：" in line)


def test_a_replaced_picture_under_the_same_caption_is_said_changed(
    editor_client, worker, recoloured, published
):
    line = _result(editor_client, worker, published.text, recoloured[1].pdf)
    assert "读者已看到改动：1 张图片" in line and "1 张图片照旧" not in line


def test_a_pdf_exported_again_with_the_same_picture_changes_none(editor_client, worker, published):
    line = _result(editor_client, worker, published.text, published.pdf + b"\n% exported again\n")
    assert "看到改动" not in line and "1 张图片照旧" in line
