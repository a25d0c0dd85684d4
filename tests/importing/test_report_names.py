"""How a re-import's report names stories: an untitled one by its opening words (dateline and
credit left out), wherever a story is named; the new stories of a published issue that stay
drafts, with how to publish them."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reportlines import story_name
from articles.models import Article, Issue, Status

pytestmark = pytest.mark.django_db

LEAD = "东湖绿道全线贯通\n本报讯（记者莫言秋）东湖绿道最后一段昨天完工，全长二十八公里。\n"
BRIEF_A = "简讯\n本报讯（记者齐远）城西污水处理厂二期工程本月投入运行，日处理能力翻番。\n"
BRIEF_B = "简讯\n本报讯（记者齐远）市少年宫暑期公益班开始报名，共开设书法、围棋等十个班。\n"
NEW = "老城区加装电梯提速\n本报讯（记者莫言秋）今年以来，老城区已有四十栋楼加装了电梯。\n"
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-07")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def page(tmp_path, name: str, *stories: str):
    path = tmp_path / name
    path.write_text("\n".join(stories), encoding="utf-8")
    return path


def publish() -> None:
    issue = Issue.objects.get()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        "2024-03-07",
        stdout=StringIO(),
    )


def test_an_untitled_story_is_named_by_its_opening_words():
    assert story_name("东湖绿道") == "“东湖绿道”"
    opening = "本报讯（记者齐远）城西污水处理厂二期工程本月投入运行"
    assert story_name("", opening=opening, dateline="本报讯") == "“城西污水处理厂二期工程本…”"
    assert story_name("", opening="短讯一则", dateline="") == "“短讯一则”"
    assert story_name("", opening="") == "“（无标题）”"


def test_a_kept_untitled_story_is_named_in_the_report_and_json(tmp_path):
    run(page(tmp_path, "1.txt", LEAD, BRIEF_A), "--page", "1", *FLAGS)
    assert Article.objects.filter(headline="").count() == 1
    publish()
    replaced = page(tmp_path, "1_replaced.txt", LEAD, BRIEF_B)
    (report,) = json.loads(run(replaced, "--page", "1", *FLAGS, "--json", "--dry-run"))["pages"]
    out = run(replaced, "--page", "1", *FLAGS, "--overwrite-edited")
    for line in (report["conflicts"][0], out):
        assert "“城西污水处理厂二期工程本…”" in line and "“”" not in line


def test_new_stories_of_a_published_issue_are_said_to_stay_drafts(tmp_path):
    run(page(tmp_path, "1.txt", LEAD), "--page", "1", *FLAGS)
    publish()
    out = run(page(tmp_path, "1_new.txt", LEAD, NEW), "--page", "1", *FLAGS)
    assert Article.objects.get(headline="老城区加装电梯提速").status != Status.PUBLISHED
    assert "1 篇新稿件仍是草稿" in out.splitlines()[0]
    line = next(x for x in out.splitlines() if x.strip().startswith("草稿："))
    assert "“老城区加装电梯提速”" in line and "“东湖绿道全线贯通”" not in line
    assert "publish_issue --paper 湖滨日报 --date 2024-03-07" in line


def test_an_unpublished_issue_says_nothing_of_drafts(tmp_path):
    run(page(tmp_path, "1.txt", LEAD), "--page", "1", *FLAGS)
    out = run(page(tmp_path, "1_new.txt", LEAD, NEW), "--page", "1", *FLAGS)
    assert "草稿" not in out
