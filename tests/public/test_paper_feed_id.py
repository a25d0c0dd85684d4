"""A paper's feed (``/<paper>/feed.xml``) keeps one Atom ``<id>`` whatever its latest issue
(RFC 4287 §4.2.6: an id is permanent, universally unique): it was the latest issue's address,
a new feed to an aggregator with every issue. The id is the paper's own address, which no other
feed of the site uses; the feed still links to the issue it carries."""

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
    assert link.endswith("/test-daily/2021-03-02/")  # the issue it carries


def test_two_papers_feeds_have_ids_of_their_own(client):
    make_story("南通港口很忙", "南通港今天很忙。")
    make_story("澳門港口很忙", "澳門港今天很忙。", paper="澳門日報", slug="macao-daily")
    ids = {
        _feed(client, f"/{slug}/feed.xml").findtext(f"{ATOM}id")
        for slug in ("test-daily", "macao-daily")
    }
    assert len(ids) == 2
