"""A re-import whose new text no longer has some draft stories of the page names them on the
page's line (删去：“…”; a dry run 将删去：“…”), as published ones and continuations are named."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reportlines import NAMED_AT_MOST, report_clauses
from articles.importing.reports import PageImportReport
from articles.models import Article

pytestmark = pytest.mark.django_db

STORIES = {
    "渡口新添两艘电动渡船": "本报讯（记者顾晓岚）江心渡口昨天新添两艘电动渡船，单程缩短到六分钟。",
    "社区卫生站开设夜间门诊": "本报讯（记者程一帆）城北社区卫生站每晚开设夜间门诊，到九点结束。",
    "老街路灯全部换成节能灯": "本报讯（记者陆远）老街两侧的路灯上周全部换成节能灯，亮度提高一倍。",
}


def page_text(*titles):
    return "".join(f"{title}\n{STORIES[title]}\n" for title in titles)


def run(*args):
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


@pytest.fixture
def files(tmp_path):
    old, new = tmp_path / "old" / "A1.txt", tmp_path / "new" / "A1.txt"
    old.parent.mkdir()
    new.parent.mkdir()
    old.write_text(page_text(*STORIES), encoding="utf-8")
    new.write_text(page_text("老街路灯全部换成节能灯"), encoding="utf-8")
    return old, new


def test_draft_stories_the_new_text_lost_are_named(files):
    old, new = files
    args = ("--paper", "晴川日报", "--date", "2024-05-06")
    run(old, *args)
    named = "“渡口新添两艘电动渡船”“社区卫生站开设夜间门诊”"
    dry = next(line for line in run(new, *args, "--dry-run") if "A1版：" in line)
    assert dry.startswith("晴川日报 2024-05-06 A1版：将更新；1 篇稿件")
    assert f"；将删去：{named}" in dry
    assert Article.objects.count() == 3
    line = next(line for line in run(new, *args) if "A1版：" in line)
    assert line.startswith("晴川日报 2024-05-06 A1版：更新；1 篇稿件")
    assert f"；删去：{named}" in line and "将删去" not in line
    assert list(Article.objects.values_list("headline", flat=True)) == ["老街路灯全部换成节能灯"]


def test_json_names_them_too(files):
    old, new = files
    args = ("--paper", "晴川日报", "--date", "2024-05-06", "--json")
    run(old, *args)
    page = json.loads("\n".join(run(new, *args)))["pages"][0]
    assert page["removed_drafts"] == ["“渡口新添两艘电动渡船”", "“社区卫生站开设夜间门诊”"]
    clause = next(c for c in page["clauses"] if c["kind"] == "removed_drafts")
    assert clause["count"] == 2 and clause["text"].startswith("删去：“渡口")


def test_a_long_list_is_cut_and_counted():
    report = PageImportReport("A1.txt", "晴川日报", "2024-05-06", "A1", action="updated")
    report.removed_drafts = [f"“稿件{n}”" for n in range(NAMED_AT_MOST + 2)]
    (clause,) = report_clauses(report)
    assert clause.text == "删去：“稿件0”“稿件1”“稿件2”“稿件3”“稿件4”等 7 篇"
