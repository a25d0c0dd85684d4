"""The desk's words for a true scan (no text layer) sent with page 1's text while the page has
4 zones (reviewer, session 63): the preview's line says what happens without the box (its
verb was missing: ``…版面图和 4 个热区，不勾选就不挂上它``), the box says why it is asked (not
``稿件在上传的 PDF 上找不到或找到的很少``), and confirming without it says the PDF has no text
layer, not that its text cannot be read (articles/importing/pdfmismatch.py, pdfunreadable.py)."""

from __future__ import annotations

import re

import pytest

from articles.models import ImportRun, Zone
from tests.admin.pdfuploads import UPLOAD, built, front_imported, page_files, upload_preview

pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported"]  # (the fixtures, used by name)
SCAN = "没有文字层（扫描件，或文字已转成曲线）"


def words(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def preview(editor_client, built, front_imported):
    from tests.pdfpages.test_unreadable_text_layer import _scan

    return upload_preview(editor_client, page_files(built[0].text, _scan()))


def test_the_preview_says_what_stays_without_the_box(preview):
    said = words(preview)
    assert "本版原有的版面图和 4 个热区不勾选就都保留，不挂上这个 PDF（挂上它" in said


def test_the_box_says_the_pdf_has_no_text_layer(preview):
    said = words(preview)
    assert f"照样挂上（1版的 PDF {SCAN}，无法核对是不是本版的：请先确认没有选错 PDF）" in said
    assert "找到的很少" not in said


def test_confirming_without_the_box_says_no_text_layer(editor_client, preview):
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    said = words(editor_client.post(UPLOAD, form))
    assert f"没有导入：1版的 PDF {SCAN}，无法核对是不是本版的（是不是选错了 PDF？）" in said
    assert "文字读不出" not in said.split("没有导入：")[1].split("什么都没有写入")[0]
    assert not ImportRun.objects.exists() and Zone.objects.count() == 4


def test_a_scan_alone_for_the_stored_page_is_its_picture_at_the_desk(
    editor_client, built, front_imported
):
    from tests.admin.pdfuploads import pdf_alone
    from tests.pdfpages.test_unreadable_text_layer import _scan

    said = words(pdf_alone(editor_client, _scan()))
    assert "无法从中导入文字" not in said
    assert f"照样挂上（1版的 PDF {SCAN}，无法核对是不是本版的" in said
    assert "本版文字保留自" in said
