"""Atom feeds valid under RFC 4287 (every entry has an author in scope: its own, or the feed's)
and each page, JSON-LD and feed saying the script it is printed in (zh-Hant for a paper printed
in traditional characters, story by story)."""

import json
import re
from datetime import date
from xml.etree import ElementTree

import pytest
from django.core.cache import cache

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TRADITIONAL = (
    "臺灣同胞昨天來到澳門參觀",
    "來自臺灣的同胞參觀了當地的歷史建築，對這裡的發展讚歎不已。",
)


@pytest.fixture
def papers(db):
    stories = {
        "simplified": make_story("南通港口很忙", "南通港今天很忙，货轮进进出出。"),
        "traditional": make_story(
            *TRADITIONAL, paper="澳門日報", slug="macao-daily", section="澳聞"
        ),
    }
    cache.clear()
    return stories


def feed(client, url: str) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    return ElementTree.fromstring(response.content)


@pytest.mark.parametrize(
    ("url", "author"),
    [
        ("/feed.xml", "数字报"),
        ("/macao-daily/feed.xml", "澳門日報"),
        ("/test-daily/feed.xml", "测试日报"),
        ("/macao-daily/sections/澳聞/feed.xml", "澳門日報"),
    ],
)
def test_every_entry_has_an_author_in_scope(client, papers, url, author):
    root = feed(client, url)
    assert root.findtext(f"{ATOM}author/{ATOM}name") == author
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:  # none of these stories has a reporter: the feed's author is theirs
        assert entry.find(f"{ATOM}author") is None


def test_a_traditional_papers_feed_says_so_and_the_sites_marks_its_entries(client, papers):
    assert feed(client, "/macao-daily/feed.xml").get(XML_LANG) == "zh-Hant"
    assert feed(client, "/test-daily/feed.xml").get(XML_LANG) == "zh-Hans"
    site = feed(client, "/feed.xml")
    assert site.get(XML_LANG) == "zh-Hans"
    languages = {
        entry.findtext(f"{ATOM}title"): entry.get(XML_LANG)
        for entry in site.findall(f"{ATOM}entry")
    }
    assert languages == {"南通港口很忙": None, TRADITIONAL[0]: "zh-Hant"}


def _lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def test_a_traditional_story_and_its_papers_pages_say_zh_hant(client, papers):
    story = papers["traditional"]
    html = client.get(story.get_absolute_url()).content.decode()
    assert _lang(html) == "zh-Hant"
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert ld["inLanguage"] == "zh-Hant"
    for url in (story.issue.get_absolute_url(), story.page.get_absolute_url()):
        assert _lang(client.get(url).content.decode()) == "zh-Hant", url


def test_a_simplified_story_says_zh_hans(client, papers):
    html = client.get(papers["simplified"].get_absolute_url()).content.decode()
    assert _lang(html) == "zh-Hans"
    assert '"inLanguage": "zh-Hans"' in html


def test_a_simplified_story_in_a_traditional_paper_says_zh_hans(client, papers):
    story = make_story(
        "简体稿件",
        "这是一篇用简体字写的稿件。",
        paper="澳門日報",
        slug="macao-daily",
        day=date(2021, 3, 2),
    )
    cache.clear()
    assert _lang(client.get(story.get_absolute_url()).content.decode()) == "zh-Hans"
