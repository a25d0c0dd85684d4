"""A window's ids passed to PostgreSQL as one array parameter (search.engine.AnyOf), with the
same stories as an ``IN`` list."""

from datetime import date

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from search import engine
from search.engine import search
from search.lookups import AnyOf
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def _stories() -> list[Article]:
    return [
        make_story(f"渡口新闻{n}", "渡口边的茶馆开张。", day=date(2022, 5, n)) for n in range(1, 6)
    ]


@postgresql_only
def test_any_of_finds_the_stories_an_in_list_finds():
    stories = _stories()
    ids = [stories[0].pk, stories[3].pk, stories[4].pk]
    found = Article.objects.filter(AnyOf(F("pk"), ids))
    assert sorted(found.values_list("pk", flat=True)) == sorted(ids)
    assert not Article.objects.filter(AnyOf(F("pk"), [])).exists()


@postgresql_only
def test_any_of_sends_the_ids_as_one_parameter():
    ids = [story.pk for story in _stories()]
    sql, params = Article.objects.filter(AnyOf(F("pk"), ids)).query.sql_with_params()
    assert "= ANY(%s::bigint[])" in sql
    assert list(params) == ["{" + ",".join(map(str, ids)) + "}"]


@pytest.mark.parametrize("window", [2, 50])
def test_a_ranked_window_lists_the_same_stories_on_every_database(monkeypatch, window):
    monkeypatch.setattr(engine, "RANK_WINDOW", window)
    stories = _stories()
    result = search(Article.objects.published(), "渡口")
    listed = list(result.queryset.values_list("pk", flat=True))
    newest = sorted(stories, key=lambda s: s.issue.date, reverse=True)[:window]
    assert sorted(listed) == sorted(s.pk for s in newest)
    assert result.total == 5 and result.listed == min(window, 5)


@postgresql_only
def test_the_ranked_page_statement_holds_no_id_list(monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    _stories()
    result = search(Article.objects.published(), "渡口")
    with CaptureQueriesContext(connection) as queries:
        list(result.queryset[:2])
    (page,) = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    assert " IN (" not in page
