"""Inside a traditional story's search hit (``<article class="hit" lang="zh-Hant">`` on a zh-Hans
page) the meta line and the keyword tags say zh-Hans again: they are the site's words and the
keywords as stored (simplified); a name or word in them printed in traditional says zh-Hant of
its own (明報). On a traditional story's page (``<html lang="zh-Hant">``) a simplified story in
its 相关报道 says zh-Hans. So a screen reader reads each element in its own script's voice."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse

from articles.language import language_attribute
from articles.models import Byline
from tests.public.dom import parse
from tests.public.people_feeds import person
from tests.public.test_s65_traditional_titles_say_their_script import HANS, HANT
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_papers(db):
    hant = make_story(HANT, "機場擴建工程今日動工。", paper="明報", slug="mingpao")
    hans = make_story(HANS, "机场扩建工程今天动工。")
    for story in (hant, hans):
        Byline.objects.create(article=story, person=person("陈维连"), order=0)
    return hant, hans


def test_a_traditional_hits_meta_line_and_tags_say_the_pages_language(client, two_papers):
    doc = parse(client.get(reverse("search:search"), {"q": "机场"}))
    hits = {h.find("h2").text: h for h in doc.find_all("article", cls="hit")}
    hant, hans = hits[HANT], hits[HANS]
    assert hant.attrs.get("lang") == "zh-Hant" and hans.attrs.get("lang") is None
    assert hant.find("p", cls="meta").attrs.get("lang") == "zh-Hans"
    tags = hant.find("ul", cls="tags")
    assert tags.attrs.get("lang") == "zh-Hans"
    words = {a.text: a.attrs.get("lang") for a in tags.find_all("a")}
    assert "机场" in words and set(words.values()) == {None}  # (stored simplified)
    assert {s.text: s.attrs.get("lang") for s in hant.find("p", cls="meta").find_all("span")} == {
        "明報": "zh-Hant"
    }
    assert hans.find("p", cls="meta").attrs.get("lang") is None
    assert hans.find("ul", cls="tags").attrs.get("lang") is None


def test_a_traditional_keyword_says_its_script_among_simplified_ones():
    rendered = Template('{% include "search/includes/keyword_tags.html" %}').render(
        Context({"keywords": ["機場擴建", "动工"]})
    )
    assert {a.text: a.attrs.get("lang") for a in parse(rendered).find_all("a")} == {
        "機場擴建": "zh-Hant",
        "动工": None,
    }


def test_a_simplified_story_related_to_a_traditional_one_says_its_script(client, two_papers):
    hant, _ = two_papers
    doc = parse(client.get(hant.get_absolute_url()))
    assert doc.find("html").attrs["lang"] == "zh-Hant"
    related = doc.find("section", cls="related")
    assert {a.text: a.attrs.get("lang") for a in related.find_all("a")} == {HANS: "zh-Hans"}


def test_a_title_says_its_language_only_where_it_differs_from_around_it():
    assert language_attribute(HANS, "zh-Hant") == ' lang="zh-Hans"'
    assert language_attribute(HANT, "zh-Hans") == ' lang="zh-Hant"'
    assert language_attribute(HANT, "zh-Hant") == language_attribute(HANS) == ""
    assert language_attribute("", "zh-Hant") == ""
