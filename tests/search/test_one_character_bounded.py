"""A query of one Han character costs the same at any archive size: on PostgreSQL the public
search reads it from the index of characters (migration search.0008), exactly; without that
index (SQLite) only the newest stories are scanned, and the page says from which date on and how
to search earlier ones."""

from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Article
from search import characters
from search.engine import search
from search.models import SearchEntry
from search.plans import character_plans
from search.public import Characters, public_substring_entries
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")


@postgresql_only
def test_a_character_is_asked_of_the_index_of_characters():
    make_story("港口新闻", "龘字少见。")
    entries = public_substring_entries(connection.alias, ("龘",))
    assert [e.pk for e in entries] == [Article.objects.get().pk]
    # (the condition as the ORM writes it is the index's expression; on a tiny table the
    # planner may prefer the date index for the rest of the statement)
    alone = SearchEntry.objects.alias(characters=Characters("title", "body"))
    alone = alone.filter(characters__contains=["龘"])
    with character_plans(connection.alias), connection.cursor() as cursor:
        sql, params = alone.values("pk").query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_entry_characters_gin" in plan, plan
    assert "Seq Scan" not in plan


@postgresql_only
def test_the_index_of_characters_finds_what_the_scan_finds():
    title = make_story("龘龘新闻", "今天天气很好。", day=date(2021, 3, 1))
    body = make_story("港口新闻", "本報讯 龘字在正文。", day=date(2021, 3, 2))
    make_story("港口新闻", "没有那个字。", day=date(2021, 3, 3))
    make_story("龘的草稿", "龘。", day=date(2021, 3, 4), published=False)
    public = Article.objects.public()
    result = search(public, "龘", public=True)
    assert {a.pk for a in result.queryset} == {title.pk, body.pk}
    assert result.total == 2 and result.scanned_since is None
    assert search(public, "报", public=True).total == 1  # (報 folded, as the index holds it)


@sqlite_only
def test_without_the_index_only_the_newest_stories_are_scanned_and_the_page_says_so(
    client, monkeypatch
):
    monkeypatch.setattr(characters, "CHARACTER_SCAN", 2)
    monkeypatch.setattr("search.views.CHARACTER_SCAN", 2)
    make_story("旧闻", "龘字在旧稿里。", day=date(2021, 3, 1))
    make_story("港口新闻", "天气很好。", day=date(2021, 3, 2))
    make_story("市场动态", "菜价平稳。", day=date(2021, 3, 3))
    result = search(Article.objects.public(), "龘")
    assert (result.total, result.scanned_since) == (0, date(2021, 3, 2))
    html = client.get(URL, {"q": "龘", "paper": "test-daily"}).content.decode()
    assert "一个字的检索只查最新的 2 篇稿件，即 2021-03-02 以来的" in html
    assert "把截止日期设在 2021-03-02 之前" in html
    earlier = client.get(URL, {"q": "龘", "paper": "test-daily", "end": "2021-03-01"})
    assert earlier.context["result"].total == 1
    assert "一个字的检索只查" not in earlier.content.decode()


@sqlite_only
def test_a_word_is_not_bounded(monkeypatch):
    monkeypatch.setattr(characters, "CHARACTER_SCAN", 2)
    make_story("旧闻", "会展中心在旧稿里。", day=date(2021, 3, 1))
    make_story("港口新闻", "天气很好。", day=date(2021, 3, 2))
    make_story("市场动态", "菜价平稳。", day=date(2021, 3, 3))
    result = search(Article.objects.public(), "展中")
    assert (result.total, result.scanned_since) == (1, None)


@postgresql_only
def test_a_character_in_most_stories_is_read_along_the_dates_and_counted(monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    made = [make_story(f"新闻{n}", "天气很好。", day=date(2021, 3, n)) for n in (1, 2, 3)]
    make_story("港口新闻", "没有那个字。", day=date(2021, 3, 4))
    result = search(Article.objects.public(), "气", public=True)
    assert (result.total, result.listed) == (3, 2)
    assert {a.pk for a in result.queryset} == {made[2].pk, made[1].pk}
