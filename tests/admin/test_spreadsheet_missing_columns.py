"""A spreadsheet missing its key columns is refused with the Chinese message alone (a reviewer's
CSV ``报纸,日期,版次,主题`` at 稿件 → 导入表格 showed the message followed by
``'ArticleResource' object has no attribute '_near_people'``: the refusal skipped the setup the
end of every import reads). Each desk spreadsheet: stories, photos, issues, pages."""

from __future__ import annotations

import pytest
import tablib

from tests.admin.test_spreadsheets import CSV, as_file, import_preview

pytestmark = pytest.mark.django_db

CASES = [
    ("article", ["报纸", "日期", "版次", "主题"], "位置"),
    ("photo", ["报纸", "日期", "版次", "图片说明"], "位置"),
    ("issue", ["报纸", "期号"], "日期"),
    ("page", ["报纸", "日期", "版名"], "版次"),
]


@pytest.mark.parametrize(("model", "headers", "missing"), CASES, ids=[c[0] for c in CASES])
def test_a_file_missing_a_key_column_is_refused_in_chinese_alone(
    editor_client, seed, model, headers, missing
):
    row = ["南通日报", "2020-07-09", "1", "x"][: len(headers)]
    ds = tablib.Dataset(row, headers=headers)
    html = import_preview(editor_client, model, as_file(ds, CSV), CSV).content.decode()
    assert f"表格缺少这些列：{missing}" in html
    assert "attribute" not in html and "_near_people" not in html


def test_headers_with_spaces_around_them_are_read_stripped(editor_client, seed):
    ds = tablib.Dataset(
        ["南通日报", "2020-07-09", "A1", "要闻"], headers=[" 报纸 ", "日期 ", " 版次", "版名"]
    )
    html = import_preview(editor_client, "page", as_file(ds, CSV), CSV).content.decode()
    assert "表格缺少这些列" not in html
    assert "南通日报" in html
