"""A paper's feed (``/<paper>/feed.xml``) keeps one Atom ``<id>`` whatever its latest issue
(RFC 4287 §4.2.6: an id is permanent, universally unique): it was the latest issue's address,
a new feed to an aggregator with every issue. The id is the paper's own address, which no other
feed of the site uses, and so is its link; its title is the paper's name (it named the issue,
and readers' subscription was renamed daily); an entry's id is its story's address."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

import pytest
from django.core.cache import cache

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(client, url: str) -> ElementTree.Element:
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def test_the_paper_feed_id_stays_when_a_new_issue_comes(client):
    make_story("南通港口很忙", "南通港今天很忙。", day=date(2021, 3, 1))
    first = _feed(client, "/test-daily/feed.xml")
    make_story("南通港口更忙", "南通港今天更忙。", day=date(2021, 3, 2))
    second = _feed(client, "/test-daily/feed.xml")

    assert first.findtext(f"{ATOM}id") == second.findtext(f"{ATOM}id")
    assert first.findtext(f"{ATOM}id") == "http://testserver/test-daily/"
    link = second.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert link == "http://testserver/test-daily/"  # the paper, not the issue it carries
    # and so is its title: a new issue does not rename readers' subscription
    assert first.findtext(f"{ATOM}title") == second.findtext(f"{ATOM}title") == "测试日报"


def test_an_entry_keeps_its_id_when_a_new_issue_comes(client):
    make_story("南通港口很忙", "南通港今天很忙。", day=date(2021, 3, 1))
    first = _feed(client, "/test-daily/feed.xml")
    make_story("南通港口更忙", "南通港今天更忙。", day=date(2021, 3, 2))
    second = _feed(client, "/test-daily/feed.xml")

    ids = {e.findtext(f"{ATOM}title"): e.findtext(f"{ATOM}id") for e in second.iter(f"{ATOM}entry")}
    assert [e.findtext(f"{ATOM}id") for e in first.iter(f"{ATOM}entry")] == [ids["南通港口很忙"]]


def test_two_papers_feeds_have_ids_of_their_own(client):
    make_story("南通港口很忙", "南通港今天很忙。")
    make_story("澳門港口很忙", "澳門港今天很忙。", paper="澳門日報", slug="macao-daily")
    ids = {
        _feed(client, f"/{slug}/feed.xml").findtext(f"{ATOM}id")
        for slug in ("test-daily", "macao-daily")
    }
    assert len(ids) == 2
