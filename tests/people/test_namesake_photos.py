"""A photo's credit line naming a name several people bear (同名记者): when the rule is unsure
whom it credits, the import's report says so as it does for a byline, pointing at the photo's
摄影 rows (articles/people/namesakes.py ``PHOTO_ROWS``); a photo imported again keeps the
namesake it credits (as a story's byline does), and says nothing of it."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Person, Photo, PhotoCredit
from articles.people.split import person_split
from tests.factories import import_text
from tests.people.conftest import DAILY, EVENING, page

pytestmark = pytest.mark.django_db

FARMERS = {"paper": "晴川农民报", "slug": "qc-farmers"}
PHOTO = "\n图为丰收的田野。\n本报记者 王明 摄\n"


def with_photo(first: str, text: str, when: date, paper: dict, label: str = "A3"):
    return import_text(page(first, text) + PHOTO, label, when=when, **paper)


def photo_credit(paper: dict) -> Person:
    credit = PhotoCredit.objects.get(photo__page__issue__publication__slug=paper["slug"])
    return credit.person


@pytest.fixture
def split_wangs(two_wangs):
    done = person_split(
        person=two_wangs["person"],
        note_kept="晚报",
        note_new="晴川日报体育部",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )
    return {"sports": done.new, "evening_wang": done.person}


UNSURE = (
    "图片署名“王明”有 2 位同名的人员，都没在这份报纸署过名：暂记在“王明（晚报）”名下，"
    "另有“王明（晴川日报体育部）”；请在图片的摄影栏核对是哪一位"
)


def test_a_new_page_s_photo_credit_it_is_unsure_of_is_said_for_the_photo_rows(split_wangs):
    report = with_photo("郊县迎来丰收", "农民们喜笑颜开", date(2026, 2, 3), FARMERS)

    assert photo_credit(FARMERS) == split_wangs["evening_wang"]  # (2025: the latest)
    assert UNSURE in report.warnings


def test_a_photo_added_when_the_page_comes_again_is_said_too(split_wangs):
    first = page("郊县迎来丰收", "农民们喜笑颜开").replace("记者 王明", "记者 张强")
    import_text(first, "A3", when=date(2026, 2, 3), **FARMERS)  # (no 王明 on it yet)
    assert not Photo.objects.exists()

    report = import_text(first + PHOTO, "A3", when=date(2026, 2, 3), **FARMERS)

    assert photo_credit(FARMERS) == split_wangs["evening_wang"]
    assert report.warnings == [UNSURE]  # (the photo alone prints 王明 there)


def test_a_photo_imported_again_keeps_the_namesake_it_credits(two_wangs):
    with_photo("晚报读者节开幕", "市民们踊跃参加活动", date(2025, 5, 6), EVENING)
    assert photo_credit(EVENING) == two_wangs["person"]
    done = person_split(
        person=two_wangs["person"],  # (keeps the daily's story and the evening photo)
        note_kept="体育部",
        note_new="晚报",
        story_ids=[two_wangs["evening"].pk],
        photo_ids=[],
    )

    report = with_photo("晚报读者节开幕", "市民们踊跃参加活动，热闹非凡", date(2025, 5, 6), EVENING)

    assert photo_credit(EVENING) == done.person  # (the rule alone would take 晚报's: a tie)
    assert not [w for w in report.warnings if "图片署名" in w]


def test_the_daily_s_photo_credits_the_daily_s_wang_ming_unsaid(split_wangs):
    report = with_photo("游泳馆改建完工", "馆内设施焕然一新", date(1996, 3, 2), DAILY, "A4")

    assert photo_credit(DAILY) == split_wangs["sports"]
    assert not [w for w in report.warnings if "同名" in w]
