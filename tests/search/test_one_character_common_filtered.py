"""PostgreSQL: a Han character in most stories with a filter other than dates stays bounded
and finds what a scan finds: a filter keeping most of the newest stories (a 版名 on every page)
takes its window from the newest public stories holding the character, by key
(search.characters.newest_of_holding); one keeping few of them (a 版次) reads window and count
in one statement (search.characters.counted_window), not twice."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from search import engine
from search.engine import substring_matches
from search.forms import apply_filters
from search.queries import parse_query
from search.results import found
from tests.search.conftest import make_story

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


def _stories() -> None:
    """Three stories a day over six days, each on its own page of 版名 要闻 (A1, A2, A3); 港 in
    all but two."""
    for n in range(1, 7):
        for label in ("A1", "A2", "A3"):
            text = "晴。" if (n, label) in {(2, "A1"), (5, "A2")} else f"港城天气{n}。"
            make_story(f"新闻{n}{label}", text, day=date(2021, 3, n), label=label, section="要闻")


def _scanned(values: dict) -> list[int]:
    """What a scan of the filter's stories finds for 港, newest first."""
    stories = apply_filters(Article.objects.public(), values)
    found = substring_matches(stories, "港").order_by("-issue__date", "-pk")
    return list(found.values_list("pk", flat=True))


def _search(values: dict) -> tuple[tuple, list[int], list[str]]:
    """The figures and stories the search page finds for 港 with the filter ``values``, and the
    statements that read the filter's stories' text (the entries' ``LIKE``)."""
    with CaptureQueriesContext(connection) as queries:
        result, listed = found(values, parse_query("港"))
    figures, pks = (result.total, result.capped), sorted(a.pk for a in listed[0:20])
    return figures, pks, [q["sql"] for q in queries.captured_queries if "LIKE '%港%'" in q["sql"]]


@pytest.mark.parametrize("cap", [3, 40])
def test_a_filter_keeping_most_stories_takes_the_newest_holding_it(monkeypatch, cap):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", cap)
    _stories()
    scanned = _scanned({"section": "要闻"})
    figures, listed, sql = _search({"section": "要闻"})
    assert figures == (min(len(scanned), cap), len(scanned) > cap)
    assert listed == sorted(scanned[:2])
    [count] = sql  # the window by key among the newest holding it; the count reads the text
    assert "count(*) OVER ()" not in count


@pytest.mark.parametrize("cap", [3, 40])
def test_a_filter_keeping_few_stories_reads_window_and_count_at_once(monkeypatch, cap):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", cap)
    _stories()
    scanned = _scanned({"label": "A2"})
    figures, listed, sql = _search({"label": "A2"})
    assert figures == (min(len(scanned), cap), len(scanned) > cap)
    assert listed == sorted(scanned[:2])
    [counted] = sql
    assert "count(*) OVER ()" in counted
