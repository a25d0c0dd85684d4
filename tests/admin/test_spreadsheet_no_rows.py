"""A spreadsheet with its header and no rows (every row deleted in Excel) is refused in
Chinese, saying what is wrong and what to do, for each format and each table."""

from __future__ import annotations

import pytest
import tablib

from articles.models import Article
from articles.spreadsheets import ArticleResource, IssueResource, PageResource, PhotoResource
from tests.admin.test_spreadsheets import CSV, JSON, XLSX, as_file, import_preview

RESOURCES = {
    "article": ArticleResource,
    "issue": IssueResource,
    "page": PageResource,
    "photo": PhotoResource,
}


@pytest.mark.parametrize("fmt", [CSV, XLSX, JSON], ids=["csv", "xlsx", "json"])
@pytest.mark.parametrize("model", list(RESOURCES))
def test_a_spreadsheet_with_only_its_header_is_refused_in_chinese(editor_client, seed, model, fmt):
    headers = RESOURCES[model]().export().headers
    before = list(Article.objects.values_list("pk", "headline", "updated_at"))
    preview = import_preview(
        editor_client, model, as_file(tablib.Dataset(headers=headers), fmt), fmt
    )
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "No valid data" not in html
    assert "表格里没有要导入的行" in html
    assert preview.context.get("confirm_form") is None
    assert list(Article.objects.values_list("pk", "headline", "updated_at")) == before
