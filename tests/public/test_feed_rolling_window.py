"""A paper's feed (``/<paper>/feed.xml``) and the site's (``/feed.xml``) are a rolling window of
issues, not the newest issue alone: a reader who polls after the next issue came out still gets
the last one's stories, and a weekend issue published after Monday's is not skipped. They were
the newest issue only: publish 12-05 then 12-06 and the five 12-05 stories never reached a reader
who polled hourly; the title named the issue (``江城日报 2026-12-06``), renaming readers'
subscription daily."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

import pytest
from django.core.cache import cache

from articles import feeds
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SATURDAY, SUNDAY, MONDAY = date(2026, 12, 5), date(2026, 12, 6), date(2026, 12, 7)


def titles(client, url: str) -> list[str]:
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    root = ElementTree.fromstring(response.content)
    return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]


def saturday_then_sunday() -> tuple[list[str], str]:
    saturday = [f"周六第{n}条新闻标题" for n in range(1, 6)]
    for title in saturday:
        make_story(title, "正文。", day=SATURDAY)
    make_story("周日头条新闻标题", "正文。", day=SUNDAY)
    return saturday, "周日头条新闻标题"


@pytest.mark.parametrize("url", ["/test-daily/feed.xml", "/feed.xml"])
def test_the_issue_before_the_newest_stays_in_the_feed(client, url):
    saturday, sunday = saturday_then_sunday()
    assert titles(client, url) == [sunday, *saturday]  # the newest issue first, print order


def test_a_weekend_issue_published_after_mondays_reaches_the_feed(client):
    make_story("周一头条新闻标题", "正文。", day=MONDAY)
    assert titles(client, "/test-daily/feed.xml") == ["周一头条新闻标题"]
    make_story("周六补发新闻标题", "正文。", day=SATURDAY)  # back-filled on Monday evening
    assert titles(client, "/test-daily/feed.xml") == ["周一头条新闻标题", "周六补发新闻标题"]


def test_an_issue_older_than_the_window_is_left_out(client):
    make_story("半月以前新闻标题", "正文。", day=date(2026, 11, 20))
    make_story("周一头条新闻标题", "正文。", day=MONDAY)
    assert titles(client, "/test-daily/feed.xml") == ["周一头条新闻标题"]
    assert titles(client, "/feed.xml") == ["周一头条新闻标题"]


def test_the_feed_carries_its_newest_entries_up_to_its_size(client, monkeypatch):
    saturday, sunday = saturday_then_sunday()
    monkeypatch.setattr(feeds, "FEED_SIZE", 3)
    assert titles(client, "/test-daily/feed.xml") == [sunday, *saturday[:2]]
