"""A traditional-script story or paper named inside a zh-Hans page (the home page's papers, a
reporter's list, 相关报道, search results) carries ``lang="zh-Hant"``, so a screen reader reads
it in its own script; simplified ones carry nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.language import traditional_attribute
from articles.models import Byline
from articles.public import person_url
from tests.public.dom import parse
from tests.public.people_feeds import person
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

HANT = "國際機場擴建工程動工 旅客運輸量將創歷史新高"
HANS = "国际机场扩建工程动工 旅客运输量将创历史新高"


def test_only_traditional_text_is_given_a_language():
    assert traditional_attribute(HANT) == ' lang="zh-Hant"'
    assert traditional_attribute("明報") == ' lang="zh-Hant"'
    assert traditional_attribute(HANS) == traditional_attribute("") == ""


@pytest.fixture
def two_papers(db):
    hant = make_story(HANT, "機場擴建工程今日動工。", paper="明報", slug="mingpao")
    hans = make_story(HANS, "机场扩建工程今天动工。")
    for story in (hant, hans):
        Byline.objects.create(article=story, person=person("陈维连"), order=0)
    return hant, hans


def languages(links) -> dict[str, str | None]:
    return {a.text: a.attrs.get("lang") for a in links}


def test_the_home_page_names_a_traditional_paper_in_its_script(client, two_papers):
    doc = parse(client.get(reverse("articles:home")))
    assert doc.find("html").attrs["lang"] == "zh-Hans"
    assert languages(doc.find("ul", cls="plain").find_all("a", cls="title")) == {
        "明報": "zh-Hant",
        "测试日报": None,
    }


def test_a_reporters_list_names_each_story_in_its_script(client, two_papers):
    doc = parse(client.get(person_url("陈维连")))
    assert languages(doc.find("ol", cls="plain").find_all("a", cls="title")) == {
        HANT: "zh-Hant",
        HANS: None,
    }


def test_a_search_hit_says_its_script(client, two_papers):
    doc = parse(client.get(reverse("search:search"), {"q": "机场"}))
    hits = {h.find("h2").text: h.attrs.get("lang") for h in doc.find_all("article", cls="hit")}
    assert hits == {HANT: "zh-Hant", HANS: None}


def test_related_stories_say_their_script(client, two_papers):
    hans = two_papers[1]
    doc = parse(client.get(hans.get_absolute_url()))
    related = doc.find("section", cls="related")
    assert languages(related.find_all("a")) == {HANT: "zh-Hant"}
