"""A photo an editor changed (or gave a picture) that a page's new text no longer prints is kept
by every import, as before; the report now names it and says how to drop it, and the desk links
the line to the photo's own 删除 page: deleted there, the next re-import says nothing of it.
(A reviewer's re-import said ``冲突：A1版 第1位的图片：…已保留`` each time, with no way out.)"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from articles.models import Photo
from tests.admin.conftest import form_data
from tests.importing.test_published_photo_teaser_kept import PAGE, STORY

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05", "page": "A1"}
NAMED = "A1版 第1位的图片“昨晚，游客在湖心岛码头排队登船，观看湖上灯光秀。当晚，湖滨公…”：有上传的图片或人工修改"
HOW = "确已不要，在编辑台的“图片”里打开它，点“删除”"


def _upload(client, text: str):
    files = [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]
    preview = client.post(UPLOAD, {**FIELDS, "files": files})
    data = {**form_data(preview, "confirm-form"), "confirm": "确认导入"}
    return preview, client.post(UPLOAD, data, follow=True)


@pytest.fixture
def edited_photo(editor_client) -> Photo:
    _upload(editor_client, PAGE)
    Photo.objects.update(edited_at=timezone.now())
    return Photo.objects.get()


def test_the_line_names_the_photo_and_links_its_delete_page(editor_client, edited_photo):
    url = f"/admin/articles/photo/{edited_photo.pk}/delete/"
    preview, result = _upload(editor_client, STORY)
    for html, kept in ((preview.content.decode(), "将保留"), (result.content.decode(), "已保留")):
        assert NAMED in html and kept in html and HOW in html
        assert f'href="{url}">删去这张图片</a>' in html
        assert "即使勾选“覆盖人工修改”；" in html
    assert Photo.objects.count() == 1  # kept, as before
    # the link's page (Django's own 删除, asking first) drops it; re-imports then say nothing
    page = editor_client.get(url)
    editor_client.post(url, form_data(page), follow=True)
    assert not Photo.objects.exists()
    _, again = _upload(editor_client, STORY)
    assert "有上传的图片或人工修改" not in again.content.decode()


def test_a_run_page_links_it_for_an_editor_not_for_a_viewer(edited_photo, editor, viewer):
    from articles.admin.importruns import _left_photos

    said = {"left_photos": [{"photo": edited_photo.pk, "name": "A1版 第1位的图片"}]}
    assert _left_photos(said, viewer) == []
    url = f"/admin/articles/photo/{edited_photo.pk}/delete/"
    assert _left_photos(said, editor) == [{"text": "删去这张图片：A1版 第1位的图片", "url": url}]


def test_the_command_says_how_to_drop_it(tmp_path, edited_photo):
    path = tmp_path / "A1.txt"
    path.write_text(STORY, encoding="utf-8")
    out = StringIO()
    flags = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "A1", "--workers", "0")
    call_command("import_pages", str(path), *flags, "--overwrite-edited", stdout=out)
    said = out.getvalue()
    assert NAMED in said and "即使加上 --overwrite-edited；" in said and HOW in said
    assert Photo.objects.count() == 1
