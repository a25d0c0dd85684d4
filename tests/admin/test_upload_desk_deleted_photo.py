"""The desk's upload of a page again leaves a photo the desk deleted deleted, as the command
does (tests/importing/test_desk_deleted_photo_stays_deleted.py): its preview says it will not
come back (不会恢复), the result that it did not (未恢复), each saying how to bring it back; with
覆盖人工修改 ticked it is written again from the page text."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Photo
from tests.admin.conftest import form_data
from tests.admin.deskphotos import desk_delete
from tests.admin.test_upload_kept_photo_way_out import FIELDS, UPLOAD, _upload
from tests.importing.test_published_photo_teaser_kept import PAGE

pytestmark = pytest.mark.django_db
NAMED = "A1版：编辑删除的图片“昨晚，游客在湖心岛码头排队登船，观看湖上灯光秀。当晚，湖滨公…”"
AGAIN = PAGE.replace("方便沿线居民出行", "方便沿线居民出行和游客游览")


def test_the_upload_leaves_a_photo_the_desk_deleted_deleted(editor_client):
    _upload(editor_client, PAGE)
    desk_delete(editor_client, Photo.objects.get())
    preview, result = _upload(editor_client, AGAIN)
    for html, said in ((preview.content.decode(), "不会恢复"), (result.content.decode(), "未恢复")):
        assert NAMED in html and said in html
        assert "勾选“覆盖人工修改”" in html and "图片修改记录" in html
    assert not Photo.objects.exists()


def test_overwriting_hand_edits_at_the_desk_brings_it_back(editor_client):
    _upload(editor_client, PAGE)
    desk_delete(editor_client, Photo.objects.get())
    sent = {**form_data(editor_client.get(UPLOAD)), **FIELDS, "overwrite_edited": "on"}
    sent["files"] = [SimpleUploadedFile("A1.txt", AGAIN.encode(), "text/plain")]
    preview = editor_client.post(UPLOAD, sent)
    assert "将按版面文本恢复" in preview.content.decode()
    data = {**form_data(preview, "confirm-form"), "confirm": "确认导入"}
    result = editor_client.post(UPLOAD, data, follow=True)
    assert "已按版面文本恢复" in result.content.decode()
    assert Photo.objects.get().caption.startswith("昨晚，游客在湖心岛码头")
