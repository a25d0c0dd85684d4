"""A 404 at an issue's or page's address says what is there instead: the nearest issues of a
missing date, the pages a missing page's issue has; 往期回顾 and 网站地图 are links; a list's
page after its last says how many there are and links the last, as the search does."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.public import person_url
from tests.public.conftest import DAY, ISSUE_URL, PAPER, next_day_story
from tests.public.dom import parse
from tests.public.people_feeds import credited_story

pytestmark = pytest.mark.django_db


def not_found(client, url: str):
    response = client.get(url)
    assert response.status_code == 404, url
    return parse(response)


def test_a_missing_date_names_the_issues_around_it(client, edition):
    next_day_story(date(2020, 7, 12))
    doc = not_found(client, f"/{PAPER}/2020-07-10/")
    assert "南通日报没有2020年7月10日这一期" in doc.find("main").text
    assert doc.find("ul", cls="not-found-links").links() == {
        "‹ 前一期：2020年7月9日": ISSUE_URL,
        "后一期：2020年7月12日 ›": f"/{PAPER}/2020-07-12/",
    }
    # a page of that date: the same
    assert "前一期" in not_found(client, f"/{PAPER}/2020-07-10/A1/").find("main").text


def test_a_missing_page_names_the_pages_its_issue_has(client, edition):
    doc = not_found(client, f"/{PAPER}/{DAY}/A9/")
    text = doc.find("main").text
    assert "这一期没有A9版：本期共2个版面（A1–A2版），可从下面进入" in text
    links = doc.find("ul", cls="not-found-links").links()
    assert list(links.values()) == [f"/{PAPER}/{DAY}/A1/", f"/{PAPER}/{DAY}/A2/"]


def test_the_general_words_link_the_archive_and_the_site_map(client, edition):
    doc = not_found(client, f"/{PAPER}/{DAY}/article/99999/")
    words = doc.find("main").find("p")
    assert "往期回顾" in words.text
    assert words.links()["往期回顾"] == f"/{PAPER}/2020/07/"
    assert words.links()["网站地图"] == reverse("articles:sitemap-page")


def test_a_reporters_page_after_the_last_says_how_many_there_are(client):
    for n in range(3):
        credited_story(f"第{n}篇", date(2021, 3, 1 + n), reporters=("陈维连",))
    doc = not_found(client, person_url("陈维连") + "?page=5")
    assert "没有第 5 页：这里共 1 页。" in doc.find("main").text
    assert doc.find("main").links()["看第 1 页（最后一页）"] == "?page=1"
