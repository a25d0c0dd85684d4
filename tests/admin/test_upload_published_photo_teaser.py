"""The desk's re-upload of a published page whose new text lacks its published photo and teaser
(导读): the preview lists both under their own heading (kept, how to drop them), and the
confirmation (posted as the rendered preview sends it) keeps them and says so."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Photo, Teaser
from tests.admin.conftest import form_data
from tests.importing.test_published_photo_teaser_kept import STORY, published  # noqa: F401

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05", "page": "A1"}
HEADING = "已经发布、新的版面文本里已没有的图片和导读（将保留，读者仍能看到"


def test_the_preview_lists_them_and_the_confirmation_keeps_them(editor_client, published):  # noqa: F811
    data = {**FIELDS, "files": [SimpleUploadedFile("A1.txt", STORY.encode(), "text/plain")]}
    response = editor_client.post(UPLOAD, data)
    html = response.content.decode()
    assert HEADING in html
    listed = html.split(HEADING, 1)[1].split("</ul>", 1)[0]
    assert "第1位的图片“昨晚，游客在湖心岛码头" in listed and "将保留" in listed
    assert "第1条导读“老街口的梧桐树挂上了名牌（A4版）”" in listed
    assert "勾选“删去版面文本里已没有的已发布稿件”" in listed
    assert "1 张已发布的图片不在新的版面文本里（将保留）" in html
    confirmed = editor_client.post(
        UPLOAD, {**form_data(response, "confirm-form"), "confirm": "确认导入"}, follow=True
    )
    said = confirmed.content.decode()
    assert "1 张已发布的图片不在新的版面文本里（已保留）" in said
    assert "第1条导读“老街口的梧桐树挂上了名牌（A4版）”：已经发布" in said
    assert Photo.objects.count() == 1 and Teaser.objects.count() == 1


def _reupload(client, **ticks) -> None:
    data = {
        **FIELDS,
        **ticks,
        "files": [SimpleUploadedFile("A1.txt", STORY.encode(), "text/plain")],
    }
    response = client.post(UPLOAD, data)
    client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "确认导入"}, follow=True)


def test_the_desks_remove_box_drops_them(editor_client, published):  # noqa: F811
    _reupload(editor_client, remove_published="on")
    assert Photo.objects.count() == 0 and Teaser.objects.count() == 0


def test_overwriting_hand_edits_alone_keeps_them(editor_client, published):  # noqa: F811
    """覆盖人工修改 is for hand edits; a published photo or 导读 goes only with 删去版面文本里
    已没有的已发布稿件 (the command's --overwrite-edited does both)."""
    _reupload(editor_client, overwrite_edited="on")
    assert Photo.objects.count() == 1 and Teaser.objects.count() == 1
