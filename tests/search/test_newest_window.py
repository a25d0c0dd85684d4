"""The newest window of a common word read among the newest entries (PostgreSQL), and the
entry's issue date that makes it possible (migration 0004's triggers)."""

from datetime import date

import pytest
from django.db import connection

from articles.models import Article, Issue
from search import engine
from search.engine import index_filter, newest_window, parse_query, recent_since
from search.indexing import index_articles
from search.models import SearchEntry
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


@pytest.fixture
def small_window(monkeypatch):
    """A window of 3, a count cap of 5, no remembered bound."""
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    monkeypatch.setattr(engine, "COUNT_CAP", 5)
    monkeypatch.setattr(engine, "_recent_dates", {})
    return monkeypatch


def _archive() -> None:
    """Ten days, a story a day with 港口 (a draft on day 9) and a story without it."""
    for day in range(1, 11):
        make_story("港口新闻", "港口建设。", day=date(2021, 1, day), published=day != 9)
        make_story("市场动态", "菜价平稳。", day=date(2021, 1, day), slug="other", paper="另报")


def _matched():
    return index_filter(Article.objects.published(), parse_query("港口"))


@pytest.mark.parametrize("recent", [1, 4, 8, 12, 40])
def test_the_newest_window_is_the_same_whatever_the_recent_bound(small_window, recent):
    small_window.setattr(engine, "RECENT_ENTRIES", recent)
    _archive()
    expected = engine._newest(_matched())
    assert newest_window(_matched()) == expected
    assert expected[1:] == (5, True)  # nine published matches: more than the cap of 5


@postgresql_only
def test_a_common_word_past_the_cap_takes_one_query(small_window, django_assert_num_queries):
    small_window.setattr(engine, "RECENT_ENTRIES", 14)  # the newest seven days: six matches
    _archive()
    recent_since("default")
    with django_assert_num_queries(1):
        ids, total, capped = newest_window(_matched())
    assert (len(ids), total, capped) == (3, 5, True)


@postgresql_only
def test_too_few_recent_matches_read_them_all(small_window, django_assert_num_queries):
    small_window.setattr(engine, "RECENT_ENTRIES", 4)  # the newest two days: one match
    _archive()
    recent_since("default")
    expected = engine._newest(_matched())
    with django_assert_num_queries(2):  # the bounded try, then the whole window and its count
        assert newest_window(_matched()) == expected


@postgresql_only
def test_the_recent_bound_is_the_date_of_the_nth_newest_entry(small_window):
    small_window.setattr(engine, "RECENT_ENTRIES", 5)
    _archive()
    assert recent_since("default") == date(2021, 1, 8)


def test_sqlite_has_no_recent_bound(small_window):
    _archive()
    if connection.vendor == "sqlite":
        assert recent_since("default") is None
        assert set(SearchEntry.objects.values_list("issue_date", flat=True)) == {None}


@postgresql_only
def test_the_entry_takes_its_issue_date_on_every_write():
    story = make_story("港口新闻", "港口建设。", day=date(2021, 3, 1))
    entry = SearchEntry.objects.get(pk=story.pk)
    assert entry.issue_date == date(2021, 3, 1)
    Issue.objects.filter(pk=story.issue_id).update(date=date(2021, 3, 2))  # issue re-dated
    assert SearchEntry.objects.get(pk=story.pk).issue_date == date(2021, 3, 2)
    other = make_story("市场动态", "菜价平稳。", day=date(2021, 4, 1))
    Article.objects.filter(pk=story.pk).update(issue=other.issue)  # story moved
    assert SearchEntry.objects.get(pk=story.pk).issue_date == date(2021, 4, 1)
    SearchEntry.objects.filter(pk=story.pk).update(issue_date=date(1999, 1, 1))  # no forging
    assert SearchEntry.objects.get(pk=story.pk).issue_date == date(2021, 4, 1)
    index_articles([story.pk], force=True)  # re-indexed (an upsert)
    assert SearchEntry.objects.get(pk=story.pk).issue_date == date(2021, 4, 1)


@postgresql_only
def test_index_plans_join_by_key_inside_and_restore_the_settings_after():
    def settings():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_hashjoin'), current_setting('max_parallel_workers_per_gather')"
            )
            return cursor.fetchone()

    before = settings()
    with engine.index_plans("default"):
        assert settings() == ("off", "0")
    assert settings() == before


@postgresql_only
def test_an_error_inside_index_plans_is_the_one_raised():
    from django.db import DatabaseError, transaction

    with (
        pytest.raises(DatabaseError, match="no_such_table"),
        transaction.atomic(),
        engine.index_plans("default"),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT * FROM no_such_table")
