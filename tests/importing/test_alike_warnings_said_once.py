"""Warnings alike but for their line number (thousands of stray 下转 markers glued on one line)
are said once, at the first line, counted; the parser's count of those it did not list stays."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reportlines import warnings_in_chinese

pytestmark = pytest.mark.django_db

STRAY = "转版标记“（下转A2版）”前面没有正文，已放在一边（请核对）"


def run(*args):
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_stray_markers_on_one_line_are_one_warning(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(
        "江边步道今天开放\n本报讯（记者李木）江边步道今天开放，全长三公里，沿途设有六个休息点。\n"
        + "（下转A2版）" * 3000
        + "\n",
        encoding="utf-8",
    )
    args = (page, "--paper", "晴川日报", "--date", "2024-05-06")
    lines = run(*args, "--dry-run").splitlines()
    warned = [line for line in lines if line.startswith("  注意：")]
    assert warned[0] == f"  注意：第3行等 50 处：{STRAY}"
    assert warned[1] == "  注意：还有 2949 条提示未列出"
    assert len(warned) == 2
    data = json.loads(run(*args, "--json"))
    assert data["pages"][0]["warnings"] == [f"第3行等 50 处：{STRAY}", "还有 2949 条提示未列出"]


def test_alike_warnings_are_grouped_and_others_kept_in_order():
    warnings = [
        "line 7: （下转A2版） follows no text; set aside",
        "a backward marker （上接A1版） is followed by no text",
        "line 9: （下转A2版） follows no text; set aside",
        "line 12: （下转A3版） follows no text; set aside",
        "a backward marker （上接A1版） is followed by no text",
    ]
    assert warnings_in_chinese(warnings) == [
        f"第7行等 2 处：{STRAY}",
        "接续标记“（上接A1版）”后面没有正文（请核对）（共 2 处）",
        "第12行：转版标记“（下转A3版）”前面没有正文，已放在一边（请核对）",
    ]
