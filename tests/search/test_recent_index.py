"""The GIN index of the newest entries only (search.recent, migration 0006): its date bound, its
rebuild, and the engine's recent statement answered from it (PostgreSQL)."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from search import engine, recent
from search.engine import index_filter, newest_window, parse_query, recent_since
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


@pytest.fixture
def small(monkeypatch):
    """The engine's recent entries: the newest 4; the index's margin: 2 more."""
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 3)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", 4)
    monkeypatch.setattr(engine, "_recent_dates", {})
    monkeypatch.setattr(recent, "MARGIN", 2)
    return monkeypatch


def _archive(days: int = 10) -> None:
    """A story a day with 渔港 in it, from 2022-05-01 on."""
    for day in range(1, days + 1):
        make_story("渔港新闻", "渔港扩建。", day=date(2022, 5, day))


def _matched():
    return index_filter(Article.objects.public(), parse_query("渔港"))


def _plan(queryset) -> str:
    """The plan of ``queryset`` with only the GIN indexes to choose from for the entries (a test
    table is tiny: the planner would read it whole, or walk a b-tree, rather than use either):
    bitmap scans only, the dates' b-tree dropped inside the test's transaction (rolled back)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("DROP INDEX IF EXISTS search_entry_newest")
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@postgresql_only
def test_the_bound_is_the_date_of_the_entry_past_the_recent_ones_and_the_margin(small):
    _archive()
    assert recent.wanted_bound() == date(2022, 5, 5)  # the 6th newest of ten days
    assert recent.rebuild() == date(2022, 5, 5)
    assert recent.bound() == date(2022, 5, 5)


@postgresql_only
def test_too_few_entries_have_no_index_and_a_rebuild_drops_one(small):
    _archive(5)
    assert recent.rebuild() is None and recent.bound() is None
    for day in range(1, 4):
        make_story("渔港", "又一篇。", day=date(2022, 6, day))
    assert recent.rebuild() == date(2022, 5, 3)
    small.setattr(recent, "MARGIN", 20)
    assert recent.rebuild() is None and recent.bound() is None


def _entries(since: date):
    """The public entries matching 渔港 dated ``since`` or later: the engine's recent
    statement over the public stories (search.public)."""
    entries = engine.public_window_entries("default", parse_query("渔港"), True)
    return entries.filter(issue_date__gte=since).order_by("-issue_date", "-pk")


@postgresql_only
def test_the_recent_statement_reads_the_small_index_when_its_bound_allows(small):
    _archive()
    recent.rebuild()
    since = recent_since("default")
    assert since == date(2022, 5, 7)  # the 4th newest; the index's bound is the 6th
    assert recent.INDEX in _plan(_entries(since))
    assert recent.INDEX in _plan(_entries(date(2022, 5, 5)))
    # Older than the index's bound: the index of every entry answers.
    older = _plan(_entries(date(2022, 5, 4)))
    assert recent.INDEX not in older and "search_entry_vector_gin" in older


@postgresql_only
def test_stories_added_after_the_build_are_found_through_it(small):
    _archive()
    recent.rebuild()
    newer = make_story("渔港捷报", "渔港建成。", day=date(2022, 6, 1))
    with connection.cursor() as cursor:  # the small index alone (rolled back with the test)
        cursor.execute("DROP INDEX search_entry_vector_gin")
    assert recent.INDEX in _plan(_entries(date(2022, 5, 8)))
    found = [entry.pk for entry in _entries(date(2022, 5, 8))]  # (read with the plan above)
    assert found[0] == newer.pk and len(found) == 4


@pytest.mark.parametrize("build", [True, False])
def test_the_window_is_the_same_with_or_without_the_index(small, build):
    _archive()
    expected = engine._newest(_matched())
    if build:
        recent.rebuild()
    assert newest_window(_matched()) == expected


def test_the_command_rebuilds_only_the_index_of_the_newest(small):
    _archive()
    out = StringIO()
    call_command("rebuild_search_index", "--recent-index", stdout=out)
    if connection.vendor == "postgresql":
        assert out.getvalue().startswith(
            "Index of the newest entries: those dated 2022-05-05 or later (new; "
        )
        assert recent.bound() == date(2022, 5, 5)
        again = StringIO()
        call_command("rebuild_search_index", "--recent-index", stdout=again)
        assert "(unchanged; " in again.getvalue()
    else:
        assert out.getvalue() == (
            "The index of the newest entries is PostgreSQL's only: nothing to do on sqlite.\n"
        )


@postgresql_only
def test_the_command_says_how_many_entries_the_index_needs_and_that_it_dropped_one(small):
    _archive(days=5)  # the index needs 4 + 2 entries
    out = StringIO()
    call_command("rebuild_search_index", "--recent-index", stdout=out)
    assert out.getvalue() == (
        "No index of the newest entries: it is built once the archive holds 6 index entries "
        "(5 now); searches use the index of every entry meanwhile.\n"
    )
    _archive(days=7)
    call_command("rebuild_search_index", "--recent-index", stdout=StringIO())
    assert recent.bound() is not None
    small.setattr(recent, "MARGIN", 200)
    out = StringIO()
    call_command("rebuild_search_index", "--recent-index", stdout=out)
    assert out.getvalue().startswith("Dropped the index of the newest entries: it is built once ")
    assert recent.bound() is None


def test_an_empty_archive_migrated_has_no_index_of_the_newest():
    assert recent.bound() is None and recent.rebuild() is None
