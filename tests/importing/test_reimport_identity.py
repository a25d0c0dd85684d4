"""A re-import matches old and new stories by identity (headline and text), never by position
alone: a published story cut from the page keeps its row and address and is reported; the story
now printed where it stood keeps its own row; a corrected story is updated in place."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.identity import Identity
from articles.models import Article, Issue

pytestmark = pytest.mark.django_db

FERRY = (
    "渡口新添两艘电动渡船\n本报讯（记者顾晓岚）江心渡口昨天新添两艘电动渡船，单程缩短到六分钟。\n"
)
CLINIC = (
    "社区卫生站开设夜间门诊\n"
    "本报讯（记者程一帆）从下周一起，城北社区卫生站每晚开设夜间门诊，到九点结束。\n"
)
MARKET = "早市搬进新建的菜场大棚\n本报讯（记者沈立）东门早市昨天整体搬进新建的菜场大棚，摊位一百二十个。\n"
# MARKET with a typo corrected in its first words: the same story.
MARKET_FIXED = MARKET.replace("东门早市昨天", "东门早市前天")
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def page(tmp_path, *stories: str):
    path = tmp_path / "1.txt"
    path.write_text("\n".join(stories), encoding="utf-8")
    return path


@pytest.fixture
def published(tmp_path):
    run(page(tmp_path, FERRY, CLINIC, MARKET), *FLAGS)
    issue = Issue.objects.get()
    call_command("publish_issue", "--paper", issue.publication.slug, "--date", "2024-03-05")
    return {a.headline: a for a in Article.objects.all()}


def test_a_story_moving_up_into_a_cut_published_storys_place_keeps_its_own_row(
    tmp_path, client, published
):
    cut = page(tmp_path, FERRY, MARKET_FIXED)
    dry = run(cut, *FLAGS, "--dry-run")
    real = run(cut, *FLAGS)
    clinic, market = published["社区卫生站开设夜间门诊"], published["早市搬进新建的菜场大棚"]
    for out in (dry, real):
        conflict = next(line for line in out.splitlines() if line.strip().startswith("冲突："))
        assert "“社区卫生站开设夜间门诊”" in conflict and "已经发布" in conflict
    clinic.refresh_from_db()
    market.refresh_from_db()
    assert clinic.headline == "社区卫生站开设夜间门诊"  # its address still shows the clinic
    assert "城北社区卫生站" in client.get(clinic.get_absolute_url()).content.decode()
    assert market.position == 2 and "前天" in market.parts.get().blocks[0]["text"]
    assert Article.objects.count() == 3


def test_the_json_report_names_the_cut_story_not_the_one_that_moved(tmp_path, published):
    report = json.loads(run(page(tmp_path, FERRY, MARKET_FIXED), *FLAGS, "--json"))
    (conflict,) = report["pages"][0]["conflicts"]
    assert "社区卫生站开设夜间门诊" in conflict and "已经发布" in conflict


def test_a_different_story_at_the_same_place_is_a_new_row(tmp_path, published):
    other = (
        "老城墙修缮完工\n本报讯（记者林岚）历时半年的老城墙修缮工程昨天完工，城墙步道重新开放。\n"
    )
    run(page(tmp_path, FERRY, other, MARKET), *FLAGS)
    clinic = published["社区卫生站开设夜间门诊"]
    clinic.refresh_from_db()
    assert clinic.headline == "社区卫生站开设夜间门诊"
    assert Article.objects.get(headline="老城墙修缮完工").pk not in {
        a.pk for a in published.values()
    }


def test_a_corrected_story_in_its_place_is_updated_in_place(tmp_path, published):
    fixed = CLINIC.replace("城北社区卫生站", "城北社区卫生服务站")
    out = run(page(tmp_path, FERRY, fixed.replace("夜间门诊\n", "夜间门诊诊室\n"), MARKET), *FLAGS)
    assert "冲突" not in out
    clinic = published["社区卫生站开设夜间门诊"]
    clinic.refresh_from_db()
    assert clinic.headline == "社区卫生站开设夜间门诊诊室"
    assert "卫生服务站" in clinic.parts.get().blocks[0]["text"]
    assert Article.objects.count() == 3


def test_under_a_recurring_headline_each_story_keeps_its_own_row(tmp_path):
    first = "街坊好人好事\n本报讯（记者林岚）市图书馆新馆昨天开始试运行，每天开放到晚上九点。\n"
    second = "街坊好人好事\n本报讯（记者沈立）南门菜场的临时摊位本周末撤除，商户迁入新建的大棚。\n"
    run(page(tmp_path, FERRY, first, second), *FLAGS)
    issue = Issue.objects.get()
    call_command("publish_issue", "--paper", issue.publication.slug, "--date", "2024-03-05")
    library, market = Article.objects.filter(headline="街坊好人好事").order_by("position")
    out = run(page(tmp_path, FERRY, second.replace("本周末", "下周末")), *FLAGS)
    assert "已经发布" in out and "1 篇已发布的稿件不在新的版面文本里" in out
    library.refresh_from_db()
    market.refresh_from_db()
    assert "图书馆" in library.parts.get().blocks[0]["text"]
    assert market.position == 2 and "下周末" in market.parts.get().blocks[0]["text"]


def test_identity_alike_text_or_the_same_headline_over_a_related_text():
    def of(headline, text):
        return Identity.of([headline], [{"kind": "paragraph", "text": text}])

    story = of("渡口新添渡船", "江心渡口昨天新添两艘电动渡船，单程缩短到六分钟，每天往返四十班。")
    rewritten = "两艘电动渡船昨天在江心渡口投入使用，每天往返四十班，单程只要六分钟。"
    assert story.same_story(of("渡口新添渡船", rewritten))
    assert not story.same_story(of("渡口新添渡船", "东门早市昨天整体搬进新建的菜场大棚。"))
    assert story.same_story(
        of("渡口添了新渡船", "江心渡口前天新添两艘电动渡船，单程缩短到六分钟，每天往返四十班。")
    )
    assert not story.same_story(of("早市搬进大棚", "东门早市昨天整体搬进新建的菜场大棚。"))
