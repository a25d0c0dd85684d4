"""A search over the public stories at archive scale (PostgreSQL, a window read among the newest
entries): the window's statements and a page's candidates come from prepared queries, the
window brings its dates, and every page is still the slice of the window's queryset."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.publishing import stories_unpublish
from search import engine, pages, public
from search.engine import search
from search.pages import NEWEST, page
from tests.search.conftest import make_story

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


@pytest.fixture
def archive(monkeypatch):
    """Six days of 渡口 stories (the word in one headline a day, ties in rank and date on each
    day), a story without it each day; a window of 8, the newest 10 entries "recent"."""
    monkeypatch.setattr(engine, "RANK_WINDOW", 8)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", 10)
    monkeypatch.setattr(engine, "_recent_dates", {})
    for day in range(1, 7):
        for label in ("A2", "A1"):
            make_story("江边新闻", "渡口边新开茶馆。", day=date(2022, 6, day), label=label)
        make_story("渡口新貌", "茶馆开张。", day=date(2022, 6, day), label="A3")
        make_story("菜价平稳", "市场供应充足。", day=date(2022, 6, day))


def _result():
    result = search(Article.objects.public(), "渡口", public=True)
    assert result.listed == 8 and result.total == 18
    return result


def test_the_window_brings_each_storys_issue_date(archive):
    ids = _result().window[1]
    dates = dict(Article.objects.filter(pk__in=ids).values_list("pk", "issue__date"))
    assert ids.public and ids.dates == [dates[pk] for pk in ids]


def test_a_newest_first_page_reads_only_its_stories(archive):
    result = _result()
    with CaptureQueriesContext(connection) as queries:
        page(result, 0, 3, newest=True)
    (only,) = queries.captured_queries  # no statement for the window's dates
    assert "articles_article" in only["sql"]


@pytest.mark.parametrize("newest", [False, True])
@pytest.mark.parametrize("columns", [None, ["pk", "headline", "page__label", "issue__date"]])
def test_every_prepared_page_is_the_slice_of_the_window_queryset(archive, newest, columns):
    result = _result()
    ordered = result.queryset.order_by(*NEWEST) if newest else result.queryset
    for limit in (1, 3, 8):
        for offset in range(0, 9):
            expected = ordered[offset : offset + limit]
            got = page(result, offset, limit, newest=newest, columns=columns)
            if columns:
                assert got == list(expected.values_list(*columns)), (offset, limit)
            else:
                keys = [(s.pk, s.headline, s.issue_id, s.search_rank) for s in expected]
                assert [(s.pk, s.headline, s.issue_id, s.search_rank) for s in got] == keys
    assert pages._CANDIDATES._queries  # (the prepared statement read them)


def test_a_story_unpublished_before_its_page_is_not_shown(archive):
    result = _result()
    best = result.queryset[0].pk
    stories_unpublish(articles=[Article.objects.get(pk=best)])
    assert [s.pk for s in page(result, 0, 5)] == [s.pk for s in result.queryset[:5]]
    assert best not in [s.pk for s in page(result, 0, 5)]


def test_the_prepared_window_gives_the_orms_rows(archive):
    since = date(2022, 6, 4)
    entries = public.public_entries("default", "'渡口'", [("渡口",)])
    for day in (since, None):
        expected = public.counted(entries.filter(issue_date__gte=day) if day else entries)
        window = public.prepared_window("default", ("渡口",), ("渡口",))
        # (story id, date, count), no rank asked for, and whether the dated window (5 of its 9)
        dated = day is not None
        assert [tuple(row) for row in window(day, 5)] == [(*r, None, dated) for r in expected[:5]]


def test_a_word_with_a_quote_is_left_to_the_orm(archive):
    assert public.prepared_window("default", ("it's",), None)(None, 5) is None
    assert public.prepared_window("default", ("渡口",), ("50%",))(None, 5) is None


def test_the_public_window_is_read_without_the_planners_settings(archive):
    # Statements of the entries alone join nothing: search.plans.index_plans is not needed.
    with CaptureQueriesContext(connection) as queries:
        _result()
    statements = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in statements if sql.startswith(("SET", "RESET"))]
    assert all("articles_article" not in sql for sql in statements)
