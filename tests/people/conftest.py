"""Two reporters named 王明: one at 晴川日报's sports desk in 1995, one at 晴川晚报 now (the
archive held them as one person until the desk split them)."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article, Person
from articles.people.split import person_split
from tests.factories import import_text

DAILY = {"paper": "晴川日报", "slug": "qc-daily"}
EVENING = {"paper": "晴川晚报", "slug": "qc-evening"}

PAGE = """A3  {section}

{first}

本报讯（记者 王明）{first}，{text}

另一则消息{number}

本报讯（记者 李华）{text}，{first}之后。
"""


def page(first: str, text: str, *, section: str = "体育", number: int = 1) -> str:
    """A page of two stories: ``first`` by 王明, another by 李华."""
    return PAGE.format(first=first, text=text, section=section, number=number)


def import_page(first: str, text: str, when: date, paper: dict, label: str = "A3", **kwargs):
    return import_text(page(first, text, **kwargs), label, when=when, **paper)


@pytest.fixture
def two_wangs(db):
    """王明's stories on both papers, still one person: ``{"person", "daily", "evening"}``."""
    import_page("市运会田径赛场破纪录", "运动员们奋力拼搏", date(1995, 5, 6), DAILY)
    import_page("晚报读者节开幕", "市民们踊跃参加活动", date(2025, 5, 6), EVENING, section="社会")
    return {
        "person": Person.objects.get(name="王明"),
        "daily": Article.objects.get(headline="市运会田径赛场破纪录"),
        "evening": Article.objects.get(headline="晚报读者节开幕"),
    }


@pytest.fixture
def editor_client(client, db):
    """A client logged in as an editor (the desk's ``editor`` role)."""
    from articles.management.commands.setup_roles import ensure_groups
    from tests.admin.conftest import staff

    client.force_login(staff("desk-editor", ensure_groups()[0]))
    return client


@pytest.fixture
def split_wangs(two_wangs):
    """:func:`two_wangs` split: the daily's story to a new 王明（体育部）, the evening paper's
    王明 noted 晴川晚报 (``sports``, ``evening_wang``)."""
    done = person_split(
        person=two_wangs["person"],
        note_kept="晴川晚报",
        note_new="体育部",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )
    return {**two_wangs, "sports": done.new, "evening_wang": done.person}
