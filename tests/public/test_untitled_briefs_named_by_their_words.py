"""Readers see an untitled brief (a 简讯 box's item) named by its first words, as editors do
(``Article.name_for_editors``): on its page, in the issue's contents, in the feed and in its own
page's ``<title>``; its ``<h1>`` holds the same words for screen readers only (no heading the
paper never printed is shown). Naming them costs the issue page one query however many there
are, and the page and story pages none."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Issue
from articles.publishing import issue_publish
from search import dictionary, engine
from tests.factories import import_text

pytestmark = pytest.mark.django_db

WHEN = date(2025, 6, 14)
LEAD = "城东新建三座口袋公园\n\n本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。\n\n简讯\n\n"
BRIEFS = [
    "近日，县质监局对全县液化气充装站的压力容器进行安全检查，共发现隐患十二处。\n（陈明）",
    "日前，县图书馆新馆正式对外开放，新馆藏书二十万册，设有少儿阅览室。\n（林娟）",
    "昨天，县人民医院新门诊楼投入使用，门诊大厅设有自助挂号机二十台。\n（张华）",
    "本周起，县城公交新开三条线路，连通城区和三个工业园区。\n（李强）",
]


def _issue(briefs: int) -> None:
    import_text(
        LEAD + "\n\n".join(BRIEFS[:briefs]) + "\n", "1", when=WHEN, paper="东林日报", slug="donglin"
    )
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def _queries(client, url: str) -> tuple[int, str]:
    # Search makes its dictionary current with the archive at most once a minute
    # (search.dictionary.ensure_current): made current here, a count never depends on when
    # the worker last did it.
    dictionary.ensure_current(force=True)
    # On PostgreSQL it reads the date its newest entries start from at most once a minute per
    # process (search.engine.recent_since): forgotten here, every count reads it.
    engine._recent_dates.clear()
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_issues_contents_list_each_brief_by_its_first_words(client):
    _issue(2)
    _, html = _queries(client, reverse("articles:issue", args=["donglin", "2025-06-14"]))
    assert "近日，县质监局对全县液化…" in html and "日前，县图书馆新馆正式对…" in html
    assert "（无标题）" not in html


@pytest.mark.parametrize("view", ["issue", "page"])
def test_naming_untitled_briefs_costs_the_same_queries_for_two_or_four(client, view):
    args = ["donglin", "2025-06-14"] + (["1"] if view == "page" else [])
    _issue(2)
    two, _ = _queries(client, reverse(f"articles:{view}", args=args))
    Article.objects.all().delete()
    Issue.objects.all().delete()
    _issue(4)
    four, html = _queries(client, reverse(f"articles:{view}", args=args))
    assert "本周起，县城公交新开三条…" in html
    assert two == four


def test_a_briefs_own_page_is_titled_by_its_first_words_and_prints_no_made_up_heading(client):
    _issue(2)
    brief = Article.objects.get(headline="", byline__contains="林娟")
    html = client.get(brief.get_absolute_url()).content.decode()
    assert "<title>日前，县图书馆新馆正式对… · 东林日报" in html
    assert '<h1 class="visually-hidden">日前，县图书馆新馆正式对…</h1>' in html
    assert "（无标题）" not in html
