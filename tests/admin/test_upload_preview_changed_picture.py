"""The desk's preview of a published page re-sent with its PDF says readers will see a photo
changed when its picture really is (读者将看到改动：1 张图片), its caption the same; not when the
same PDF is sent again, nor a PDF exported again with the same picture (new bytes, new file
names): pictures are compared by what is in them (articles/importing/previewpictures.py)."""

from __future__ import annotations

import pytest

from tests.admin.pdfuploads import page_files, published, recoloured, upload_preview

pytestmark = pytest.mark.django_db
__all__ = ["published", "recoloured"]  # (fixtures, used by name)


def _said(client, text: str, pdf: bytes) -> str:
    html = upload_preview(client, page_files(text, pdf), page="1").content.decode()
    return html.split("已发布：", 1)[1].split("。", 1)[0]


def test_a_replaced_picture_under_the_same_caption_is_said_changed(
    editor_client, recoloured, published
):
    said = _said(editor_client, published.text, recoloured[1].pdf)
    assert "读者将看到改动：1 张图片" in said and "1 张图片照旧" not in said


def test_the_same_pdf_again_changes_no_picture(editor_client, published):
    said = _said(editor_client, published.text, published.pdf)
    assert "改动" not in said and "1 张图片照旧" in said


def test_a_pdf_exported_again_with_the_same_picture_changes_none(editor_client, published):
    said = _said(editor_client, published.text, published.pdf + b"\n% exported again\n")
    assert "改动" not in said and "1 张图片照旧" in said
