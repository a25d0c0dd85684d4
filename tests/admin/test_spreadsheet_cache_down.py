"""A spreadsheet's import while the cache that keeps the upload between preview and confirm
(Redis) cannot be reached: the desk says so in Chinese, imports nothing, and the same preview
can be confirmed once the cache is back; never a server error (a reviewer's traceback at the
confirm step)."""

import logging

import pytest
from django.urls import reverse

from articles.models import Article
from tests.admin import test_cache_down
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    edit_headlines,
    export,
    import_confirm,
    import_preview,
)
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ERRORS = test_cache_down.ERRORS
flaky = test_cache_down.flaky  # the test cache that raises while its error is set

STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"
IMPORT_PAGE = reverse("admin:articles_article_import")


def _edited_sheet(client):
    import_text(STORY, "A2", paper="澜江晚报", slug="lanjiang")
    ds = dataset(export(client, "article", CSV), CSV)
    edit_headlines(ds, {0: "社区食堂开到家门口了"})
    return as_file(ds, CSV)


@pytest.mark.parametrize("error", ERRORS.values(), ids=ERRORS.keys())
def test_a_preview_while_the_cache_is_down_says_the_file_was_not_kept(
    editor_client, flaky, error, caplog
):
    sheet = _edited_sheet(editor_client)
    flaky.error = error

    with caplog.at_level(logging.WARNING):
        preview = import_preview(editor_client, "article", sheet, CSV)

    text = preview.content.decode()
    assert preview.status_code == 200
    assert "这份表格没能暂存，所以没有预览，也没有导入任何内容" in text
    assert "请稍后重新选择文件预览" in text
    assert 'name="import_file_name"' not in text  # no 确认导入 of a file never kept
    assert Article.objects.get().headline == "社区食堂开到家门口"
    assert any("缓存服务连不上" in r.getMessage() for r in caplog.records)


def test_a_confirm_while_the_cache_is_down_imports_nothing_and_works_once_it_is_back(
    editor_client, flaky
):
    preview = import_preview(editor_client, "article", _edited_sheet(editor_client), CSV)
    assert preview.status_code == 200
    flaky.error = ERRORS["redis"]

    answer = import_confirm(editor_client, "article", preview)

    assert answer.status_code == 302 and answer["Location"] == IMPORT_PAGE
    assert Article.objects.get().headline == "社区食堂开到家门口"
    flaky.error = None
    said = editor_client.get(IMPORT_PAGE).content.decode()
    assert "暂存的表格现在读不到，这一次没有导入任何内容" in said
    assert "Error 111 connecting to localhost:6379." in said

    again = import_confirm(editor_client, "article", preview)

    assert again.status_code == 302
    assert Article.objects.get().headline == "社区食堂开到家门口了"
