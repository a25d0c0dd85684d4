"""The desk's re-upload of a text sharing no story with the page as stored: the preview asks
whether the file, page or date is wrong, and the confirmation (as the rendered form sends it)
needs its tick box; ticked, the page is replaced."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from tests.admin.conftest import form_data
from tests.importing.test_unrelated_reimport import (
    A1,
    CORRECTED,
    ESSAY,
    OTHER,
    QUESTION,
    SPECIAL,
    run,
)

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05", "page": "A1"}


def preview(client, text: str = OTHER):
    data = {**FIELDS, "files": [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]}
    return client.post(UPLOAD, data)


def test_the_preview_warns_and_the_confirmation_needs_the_box(editor_client, tmp_path):
    run(tmp_path, A1)
    response = preview(editor_client)
    html = response.content.decode()
    assert QUESTION in html and "勾选“确是本版的新文本，替换本版”" in html
    assert 'name="replace_unrelated"' in html
    data = {**form_data(response, "confirm-form"), "confirm": "确认导入"}
    assert "replace_unrelated" not in data  # (a browser sends an unticked box not at all)
    refused = editor_client.post(UPLOAD, data)
    said = " ".join(str(m) for m in refused.context["messages"])
    assert "没有导入：A1版的新文本和已导入的没有一篇相同的稿件" in said
    assert not Article.objects.filter(headline="社区图书室周末延长开放").exists()
    again = {**form_data(refused, "confirm-form"), "confirm": "确认导入", "replace_unrelated": "on"}
    editor_client.post(UPLOAD, again)
    assert list(Article.objects.values_list("headline", flat=True)) == ["社区图书室周末延长开放"]


def test_a_one_story_page_given_another_s_text_is_asked_about_at_the_desk(editor_client, tmp_path):
    run(tmp_path, ESSAY)
    response = preview(editor_client, SPECIAL)
    assert QUESTION in response.content.decode()
    refused = editor_client.post(
        UPLOAD, {**form_data(response, "confirm-form"), "confirm": "确认导入"}
    )
    said = " ".join(str(m) for m in refused.context["messages"])
    assert "没有导入：A1版的新文本和已导入的没有一篇相同的稿件" in said
    assert list(Article.objects.values_list("headline", flat=True)) == ["老街的梧桐"]


def test_a_one_story_page_corrected_is_not_asked_about_at_the_desk(editor_client, tmp_path):
    run(tmp_path, ESSAY)
    response = preview(editor_client, CORRECTED["headline fixed"])
    html = response.content.decode()
    assert QUESTION not in html and 'name="replace_unrelated"' not in html
    editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "确认导入"})
    assert list(Article.objects.values_list("headline", flat=True)) == ["老街的梧桐树"]
