"""A query of one Han character with a filter (paper, dates, 版次, 版名, 记者) is bounded too: on
PostgreSQL a character the filter's newest stories mostly print is read along their dates, any
other from the index of characters (migration search.0008) joined to the filter; on SQLite the
newest stories the filter leaves are scanned. Either way the same stories, in the same order,
with the same count as a scan of every story the filter leaves."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from search import characters, engine
from search.engine import search, substring_matches
from search.forms import apply_filters
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")


def _archive() -> list[Article]:
    """Stories of two papers over six days, some printing 龘 (in the title or the body)."""
    made = []
    for n in range(1, 7):
        made.append(
            make_story(
                f"港口新闻{n}", f"第{n}篇。" + ("龘字。" if n % 2 else ""), day=date(2021, 3, n)
            )
        )
        made.append(
            make_story(
                "龘龘晚报" if n == 3 else f"晚报{n}",
                "天气很好。",
                day=date(2021, 3, n),
                paper="港城晚报",
                slug="harbour-evening",
                section="港航",
            )
        )
    return made


def _scanned(values: dict, query: str) -> list[int]:
    """What a scan of every story the filters leave finds, best first."""
    stories = apply_filters(Article.objects.public(), values)
    return list(substring_matches(stories, query).values_list("pk", flat=True))


FILTERS = [
    {"paper": "test-daily"},
    {"paper": "harbour-evening"},
    {"section": "港航"},
    {"start": date(2021, 3, 2), "end": date(2021, 3, 5)},
    {"label": "A1", "paper": "test-daily"},
]


@pytest.mark.parametrize("values", FILTERS)
@pytest.mark.parametrize("query", ["龘", "港", "晚", "靐"])
def test_a_filtered_character_finds_what_a_scan_of_the_filtered_stories_finds(values, query):
    _archive()
    result = search(apply_filters(Article.objects.public(), values), query)
    assert [a.pk for a in result.queryset] == _scanned(values, query)
    assert (result.total, result.capped) == (len(_scanned(values, query)), False)


@postgresql_only
def test_a_rare_filtered_character_is_read_from_the_index_of_characters():
    _archive()
    stories = apply_filters(Article.objects.public(), {"paper": "test-daily"})
    with CaptureQueriesContext(connection) as queries:
        result = search(stories, "龘")
    assert result.total == 3
    assert any("search_characters(" in q["sql"] for q in queries.captured_queries)


@postgresql_only
def test_a_filtered_character_in_most_stories_is_read_along_the_dates_and_counted(monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 4)
    made = _archive()
    stories = apply_filters(Article.objects.public(), {"paper": "test-daily"})
    with CaptureQueriesContext(connection) as queries:
        result = search(stories, "港")
    assert (result.total, result.listed, result.capped) == (4, 2, True)
    assert {a.pk for a in result.queryset} == {made[10].pk, made[8].pk}
    assert not any("search_characters(" in q["sql"] for q in queries.captured_queries)


@postgresql_only
def test_words_left_out_narrow_a_character_read_from_the_index():
    _archive()
    result = search(Article.objects.public(), "龘 -晚报")
    assert result.total == 3
    assert all(a.issue.publication.slug == "test-daily" for a in result.queryset)


@sqlite_only
def test_sqlite_scans_the_newest_stories_the_filter_leaves(monkeypatch):
    monkeypatch.setattr(characters, "CHARACTER_SCAN", 2)
    _archive()
    stories = apply_filters(Article.objects.public(), {"section": "港航"})
    result = search(stories, "龘")
    # the newest two of the evening paper's stories are of 3-05 and 3-06: its 龘 (3-03) is older
    assert (result.total, result.scanned_since) == (0, date(2021, 3, 5))
    earlier = apply_filters(Article.objects.public(), {"section": "港航", "end": date(2021, 3, 4)})
    result = search(earlier, "龘")
    assert (result.total, result.scanned_since) == (1, date(2021, 3, 3))
