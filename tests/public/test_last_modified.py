"""Every cacheable public response says when what it shows last changed (``Last-Modified``) and
answers ``If-Modified-Since`` with a 304 while nothing changed, as it answers ``If-None-Match``.

It did not: the story, page, issue and JSON pages sent an ETag only (the README said a
correction moves ``Last-Modified``), and the paper's feed sent its newest entry's date (the
issue's midnight, hours before its stories were published) while ignoring ``If-Modified-Since``
(a 200 for that very date, and for a date of 2027). The date is the newest version of the tags
the page shows (:func:`articles.httpcache.last_modified`): a change readers see moves it."""

from __future__ import annotations

import time
import types
from datetime import datetime

import pytest
from django.utils import timezone
from django.utils.http import http_date, parse_http_date

from articles import caching, httpcache
from tests.public.conftest import DAY, ISSUE_URL, LEAD, PAPER, PARTY

URLS = [
    ISSUE_URL,
    f"/{PAPER}/{DAY}/A1/",
    f"/{PAPER}/{DAY}.json",
    f"/{PAPER}/{DAY}/A1.json",
    f"/{PAPER}/feed.xml",
    f"/{PAPER}/sections/要闻/feed.xml",
    "/feed.xml",
    "/sitemap.xml",
]


def story_urls(edition) -> list[str]:
    story = edition.url(PARTY)
    return [story, story.rstrip("/") + ".json"]


def seconds_later(monkeypatch, seconds: int) -> None:
    """The page cache's clock ``seconds`` ahead: a page is dated only once the second of its
    newest change is over (:func:`articles.httpcache.last_modified`), and the fixture just
    published (and so dated) everything."""
    clock = types.SimpleNamespace(time=lambda: time.time() + seconds)
    monkeypatch.setattr(httpcache, "time", clock)


@pytest.mark.parametrize("url", [*URLS, "story", "story.json"])
def test_a_public_response_revalidates_by_its_date(client, edition, url, monkeypatch):
    seconds_later(monkeypatch, 7200)
    url = {"story": story_urls(edition)[0], "story.json": story_urls(edition)[1]}.get(url, url)
    first = client.get(url)
    assert first.status_code == 200
    modified = first["Last-Modified"]
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
    assert again.status_code == 304, url
    assert again["Last-Modified"] == modified
    later = http_date(parse_http_date(modified) + 3600)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=later).status_code == 304  # a hit now
    earlier = http_date(parse_http_date(modified) - 1)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


@pytest.mark.parametrize("url", [URLS[0], URLS[4]])
def test_a_date_later_than_now_is_not_trusted_for_a_304(client, edition, url, monkeypatch):
    seconds_later(monkeypatch, 2)
    assert "Last-Modified" in client.get(url)
    future = http_date(time.time() + 86400 * 365)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=future).status_code == 200  # (a hit now)


def test_the_feed_is_dated_when_its_stories_were_published_not_their_issues_midnight(
    client, edition, monkeypatch
):
    seconds_later(monkeypatch, 2)
    published = int(time.time())  # (publish_everything published it just now)
    response = client.get(f"/{PAPER}/feed.xml")
    modified = parse_http_date(response["Last-Modified"])
    midnight = timezone.make_aware(datetime.fromisoformat(DAY)).timestamp()
    assert modified > midnight
    assert modified >= published - 60  # (the fixture published it moments ago)


def later_versions(monkeypatch, seconds: int) -> None:
    """Versions written from now on dated ``seconds`` later (a change made later, without
    waiting for the clock)."""
    clock = types.SimpleNamespace(time_ns=lambda: time.time_ns() + seconds * 10**9, time=time.time)
    monkeypatch.setattr(caching, "time", clock)


def test_a_correction_moves_the_story_pages_date(
    client, edition, monkeypatch, django_capture_on_commit_callbacks
):
    article = edition.article(LEAD)
    url = article.get_absolute_url()
    seconds_later(monkeypatch, 2)
    before = client.get(url)["Last-Modified"]
    issue_page = client.get(ISSUE_URL)["Last-Modified"]
    later_versions(monkeypatch, 600)
    with django_capture_on_commit_callbacks(execute=True):
        article.headline = "编辑更正过的主题"
        article.save()
    seconds_later(monkeypatch, 602)
    after = client.get(url, HTTP_IF_MODIFIED_SINCE=before)
    assert after.status_code == 200
    assert "编辑更正过的主题" in after.content.decode()
    assert parse_http_date(after["Last-Modified"]) >= parse_http_date(before) + 600
    assert client.get(ISSUE_URL, HTTP_IF_MODIFIED_SINCE=issue_page).status_code == 200


def test_two_changes_in_one_second_never_share_a_date_a_304_could_hide(
    client, edition, monkeypatch, django_capture_on_commit_callbacks
):
    """A change at .3, a read at .4, a second change at .7 of the same second: a client
    revalidating by date a second later gets the second change, never a 304 (a date is a whole
    second; it was 304 while the date was the newest change's second rounded down)."""
    article = edition.article(LEAD)
    url = article.get_absolute_url()
    second = int(time.time()) + 100  # (later than every version the fixture wrote)
    clock = {"versions": second * 10**9, "now": float(second)}
    monkeypatch.setattr(
        caching, "time", types.SimpleNamespace(time_ns=lambda: clock["versions"], time=time.time)
    )
    monkeypatch.setattr(httpcache, "time", types.SimpleNamespace(time=lambda: clock["now"]))

    def change(headline: str, at: float) -> None:
        clock["versions"] = int((second + at) * 10**9)
        with django_capture_on_commit_callbacks(execute=True):
            article.headline = headline
            article.save()

    change("第一次改的主题", 0.3)
    clock["now"] = second + 0.4
    first = client.get(url)
    assert "第一次改的主题" in first.content.decode()
    # The client's date: the one it was sent, else the second it read the page in.
    held = first.get("Last-Modified") or http_date(second)
    assert parse_http_date(held) <= second  # (never a date the second could still change)
    change("第二次改的主题", 0.7)
    clock["now"] = second + 1.5
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=held)
    assert again.status_code == 200
    assert "第二次改的主题" in again.content.decode()
    assert parse_http_date(again["Last-Modified"]) == second + 1
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=again["Last-Modified"]).status_code == 304
