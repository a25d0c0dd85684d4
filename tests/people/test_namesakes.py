"""Which of two people named 王明 a byline printed later credits (articles/people/namesakes.py):
the one the story credits now, else the one who last wrote for the same paper, else the latest
anywhere, said in the import's report for an editor to check."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article, Byline, Person
from articles.people.split import person_split
from articles.people.typedlines import reporters_follow_byline
from tests.people.conftest import DAILY, EVENING, import_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def split_wangs(two_wangs):
    """The daily's 王明 split off (晴川日报体育部), the evening paper's kept (晚报)."""
    done = person_split(
        person=two_wangs["person"],
        note_kept="晚报",  # (sorted before the other: the rule, not the order, decides)
        note_new="晴川日报体育部",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )
    return {**two_wangs, "sports": done.new, "evening_wang": done.person}


def credited(headline: str) -> Person:
    return Byline.objects.get(article__headline=headline, person__name="王明").person


def test_a_page_of_the_daily_credits_the_daily_s_wang_ming(split_wangs):
    report = import_page("游泳馆改建完工", "馆内设施焕然一新", date(1996, 3, 2), DAILY, label="A4")

    assert credited("游泳馆改建完工") == split_wangs["sports"]
    assert not any("同名" in w for w in report.warnings)


def test_a_page_of_the_evening_paper_credits_its_wang_ming(split_wangs):
    import_page("夜市重新开张", "摊主们早早出摊", date(2026, 1, 2), EVENING, label="A4")

    assert credited("夜市重新开张") == split_wangs["evening_wang"]


def test_another_paper_s_page_credits_the_latest_and_the_report_asks_to_check(split_wangs):
    report = import_page(
        "郊县迎来丰收",
        "农民们喜笑颜开",
        date(2026, 2, 3),
        {"paper": "晴川农民报", "slug": "qc-farmers"},
    )

    assert credited("郊县迎来丰收") == split_wangs["evening_wang"]  # (2025: the latest)
    said = [w for w in report.warnings if "同名" in w]
    assert said == [
        "署名“王明”有 2 位同名的人员，都没在这份报纸署过名：暂记在“王明（晚报）”名下，"
        "另有“王明（晴川日报体育部）”；请在稿件的记者栏核对是哪一位"
    ]


def test_a_byline_corrected_at_the_desk_keeps_the_wang_ming_the_story_credits(split_wangs):
    story = Article.objects.get(pk=split_wangs["daily"].pk)
    Byline.objects.filter(article=story).update(person=split_wangs["evening_wang"])  # by hand
    old = story.byline
    story.byline = "记者 王明 李华"
    story.save()

    reporters_follow_byline(story, old)

    assert credited(story.headline) == split_wangs["evening_wang"]  # not the daily's, by paper


def test_a_reimport_of_the_daily_page_keeps_its_split_off_credit(split_wangs):
    import_page("市运会田径赛场破纪录", "运动员们奋力拼搏，再创佳绩", date(1995, 5, 6), DAILY)

    assert credited("市运会田径赛场破纪录") == split_wangs["sports"]


def test_when_both_wrote_for_the_paper_the_nearest_in_date_is_credited_and_asked(two_wangs):
    done = person_split(
        person=two_wangs["person"],
        note_kept="体育部",
        note_new="晴川晚报",
        story_ids=[two_wangs["evening"].pk],  # (2025-05-06, the evening paper)
        photo_ids=[],
    )
    sports, evening_wang = done.person, done.new
    import_page("冬泳爱好者迎新年", "江边热闹非凡", date(2022, 2, 2), EVENING, label="A5")
    Byline.objects.filter(article__headline="冬泳爱好者迎新年", person__name="王明").update(
        person=sports  # (a typo'd person merged into 体育部's: a late story on the evening paper)
    )

    report = import_page("老街换新颜", "居民拍手称好", date(2024, 12, 1), EVENING, label="A6")

    assert credited("老街换新颜") == evening_wang  # (2025 is nearer than 2022)
    assert [w for w in report.warnings if "同名" in w] == [
        "署名“王明”有 2 位同名的人员，不止一位在这份报纸署过名：按日期最近的暂记在"
        "“王明（晴川晚报）”名下，另有“王明（体育部）”；请在稿件的记者栏核对是哪一位"
    ]
    import_page("旧城改造启动", "拆迁有序进行", date(2021, 6, 1), EVENING, label="A7")
    assert credited("旧城改造启动") == sports  # (2022 is nearer than 2025)
