"""确认导入 of a spreadsheet imports its upload once: pressed twice, or after the kept upload
expired, the desk says what happened on the import page instead of a server error, and the
upload waits in the site's cache (every host sees it), not in one web server's ``/tmp``."""

import os
import tempfile

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.admin.base import DeskAdmin
from articles.models import Article
from articles.spreadsheets.formats import KeptUpload
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    browser_form,
    dataset,
    edit_headlines,
    export,
    import_confirm,
    import_preview,
)
from tests.factories import import_text

pytestmark = pytest.mark.django_db

STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"
IMPORT_PAGE = reverse("admin:articles_article_import")


def _preview(client, headline: str = "社区食堂开到家门口了"):
    import_text(STORY, "A2", paper="澜江晚报", slug="lanjiang")
    ds = dataset(export(client, "article", CSV), CSV)
    edit_headlines(ds, {0: headline})
    preview = import_preview(client, "article", as_file(ds, CSV), CSV)
    assert preview.status_code == 200
    return preview


def _messages(client) -> str:
    return client.get(IMPORT_PAGE).content.decode()


def test_confirm_pressed_twice_imports_once_and_says_so(editor_client):
    preview = _preview(editor_client)
    first = import_confirm(editor_client, "article", preview)
    assert first.status_code == 302
    story = Article.objects.get()
    assert story.headline == "社区食堂开到家门口了"
    versions = story.history.count()

    second = import_confirm(editor_client, "article", preview)

    assert second.status_code == 302 and second["Location"] == IMPORT_PAGE
    assert "这份表格已经确认导入过了" in _messages(editor_client)
    assert story.history.count() == versions


def test_confirm_of_an_expired_preview_imports_nothing_and_asks_for_the_file_again(editor_client):
    preview = _preview(editor_client)
    name = browser_form(preview, "import_file_name")["import_file_name"]
    cache.delete(KeptUpload.PREFIX + name)  # a day went by, or the cache was emptied

    answer = import_confirm(editor_client, "article", preview)

    assert answer.status_code == 302 and answer["Location"] == IMPORT_PAGE
    assert "这份表格的预览已经失效" in _messages(editor_client)
    assert Article.objects.get().headline == "社区食堂开到家门口"


def test_the_upload_waits_in_the_sites_cache_not_in_the_web_servers_temporary_folder(
    editor_client,
):
    preview = _preview(editor_client)
    name = browser_form(preview, "import_file_name")["import_file_name"]

    assert cache.get(KeptUpload.PREFIX + name)
    assert not os.path.exists(os.path.join(tempfile.gettempdir(), name))


def test_an_import_stopped_by_an_error_can_be_confirmed_again(editor_client, monkeypatch):
    preview = _preview(editor_client)
    real = DeskAdmin.process_dataset

    def broken(*args, **kwargs):
        raise RuntimeError("数据库断开")

    monkeypatch.setattr(DeskAdmin, "process_dataset", broken)
    with pytest.raises(RuntimeError):
        import_confirm(editor_client, "article", preview)
    monkeypatch.setattr(DeskAdmin, "process_dataset", real)

    assert import_confirm(editor_client, "article", preview).status_code == 302
    assert Article.objects.get().headline == "社区食堂开到家门口了"


def test_a_forged_upload_name_is_an_expired_preview_not_a_file_read(editor_client):
    preview = _preview(editor_client)
    data = browser_form(preview, "import_file_name")
    data["import_file_name"] = "../../etc/passwd"

    answer = editor_client.post(reverse("admin:articles_article_process_import"), data)

    assert answer["Location"] == IMPORT_PAGE
    assert "这份表格的预览已经失效" in _messages(editor_client)
