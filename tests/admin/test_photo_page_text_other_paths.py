"""A photo's pending page text (版面文本有改动未采用) follows every way its caption and credit are
saved by hand as the photo's own form does: typed in as the page prints it, nothing is left to
take (the story form's photo rows and the photo spreadsheet once left it listed at 发布本期 after
the editor had typed the correction in); a spreadsheet row saving other text keeps it pending and
says so, on the preview and after the import (its author never saw the page's change)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Photo
from tests.admin.conftest import form_data
from tests.admin.test_photo_page_text import resent  # noqa: F401 (the fixture `photo` uses)
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
    with_cell,
)

pytestmark = pytest.mark.django_db
CAPTION = "游客在南大街码头乘船夜游濠河。"  # what the re-sent A3 prints
CREDIT = "本报记者 许丛军 通讯员 王涛摄"
SAID = "第 1 行改了A3版的图片“游客夜游濠河（表格改写）。”，它版面文本有改动未采用（说明“"


@pytest.fixture
def photo(request) -> Photo:
    photo = request.getfixturevalue("resent")[0]
    assert photo.page_text_pending["caption"] == CAPTION
    assert photo.page_text_pending["credit_line"] == CREDIT
    return photo


def test_the_page_text_typed_in_the_storys_photo_row_leaves_nothing_pending(editor_client, photo):
    url = reverse("admin:articles_article_change", args=[photo.article_id])
    data = form_data(editor_client.get(url))
    [caption] = [k for k in data if k.endswith("-caption")]
    data[caption], data[caption.replace("-caption", "-credit_line")] = CAPTION, CREDIT
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    photo.refresh_from_db()
    assert photo.caption == CAPTION and photo.page_text_pending is None


def spreadsheet_rows(client, **cells):
    ds = dataset(export(client, "photo", CSV), CSV)
    for column, value in cells.items():
        ds = with_cell(ds, 0, column, value)
    preview = import_preview(client, "photo", as_file(ds, CSV), CSV)
    assert not preview.context["result"].has_validation_errors()
    return preview


def test_the_page_text_typed_in_the_photo_spreadsheet_leaves_nothing_pending(editor_client, photo):
    preview = spreadsheet_rows(editor_client, 图片说明=CAPTION, 署名行=CREDIT)
    assert "版面文本有改动未采用" not in preview.content.decode()
    assert import_confirm(editor_client, "photo", preview).status_code == 302
    photo.refresh_from_db()
    assert photo.caption == CAPTION and photo.page_text_pending is None


def test_other_text_from_the_spreadsheet_keeps_it_pending_and_says_so(editor_client, photo):
    preview = spreadsheet_rows(editor_client, 图片说明="游客夜游濠河（表格改写）。")
    assert SAID in preview.content.decode()
    done = import_confirm(editor_client, "photo", preview)
    said = [str(m) for m in done.wsgi_request._messages]
    assert any(m.startswith(SAID) and "请在图片页点“查看改动”核对" in m for m in said)
    photo.refresh_from_db()
    assert photo.caption == "游客夜游濠河（表格改写）。" and photo.page_text_pending is not None
