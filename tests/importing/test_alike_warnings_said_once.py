"""Warnings alike but for their line number (thousands of stray 下转 markers glued on one line)
are said once, at the first line, counted, the strays the parser did not list included (each is
a set-aside line of the parse)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reportlines import strays_counted, warnings_in_chinese
from articles.parsing import SetAside

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
    # The parser lists 50 of the 2,999 strays; each is a set-aside line too: all counted. (A line
    # of 21,000 characters is warned about too: longlines.py.)
    long_line = "  注意：版面文本第3行长 21,000 个字符，没有换行"
    assert warned[0] == f"  注意：第3行等 2,999 处：{STRAY}"
    assert len(warned) == 2 and warned[1].startswith(long_line)
    data = json.loads(run(*args, "--json"))
    assert data["pages"][0]["warnings"][0] == f"第3行等 2,999 处：{STRAY}"
    assert len(data["pages"][0]["warnings"]) == 2


def test_strays_of_another_marker_not_listed_stay_counted_apart():
    set_aside = [SetAside(3, "（下转A2版）", "unplaced")] * 60 + [
        SetAside(4, "（下转A3版）", "unplaced")
    ] * 5
    warnings = [*["line 3: （下转A2版） follows no text; set aside"] * 50]
    warnings.append("15 more warnings not listed")
    assert strays_counted(warnings, set_aside) == [
        "line 3 and 59 more: （下转A2版） follows no text; set aside",
        "5 more warnings not listed",
    ]
    assert warnings_in_chinese(strays_counted(warnings, set_aside)) == [
        f"第3行等 60 处：{STRAY}",
        "还有 5 条提示未列出",
    ]
    assert strays_counted(warnings[:3], set_aside) == warnings[:3]  # not cut short: as given


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
