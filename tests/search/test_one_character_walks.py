"""A query of one Han character stays bounded where it was a scan: with a filter of dates only,
a character in most stories walks the entries' dates from the filter's last date, window and
count in one statement (search.characters.dated_walk); the 「图片」 section reads the newest
photos standing alone and then, for a character few of them print, the index of the photos'
characters (migration search.0009), not every caption. Either way what a scan finds."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Issue, Page, Photo, Publication
from search import engine, photohits
from search.engine import search, substring_matches
from search.forms import apply_filters
from search.photohits import found_photos
from search.photoindex import index_photos
from search.queries import parse_query
from search.results import found
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
DATES = {"start": date(2021, 3, 2), "end": date(2021, 3, 5)}


def _stories() -> None:
    """Two stories a day over six days; 港 in all but one, 龘 in one."""
    for n in range(1, 7):
        make_story(f"港口新闻{n}", f"第{n}篇。", day=date(2021, 3, n))
        make_story(
            "龘字" if n == 4 else f"晚报{n}",
            "港城天气。" if n != 2 else "晴。",
            day=date(2021, 3, n),
        )


def _scanned(values: dict, query: str) -> list[int]:
    stories = apply_filters(Article.objects.public(), values)
    return list(substring_matches(stories, query).values_list("pk", flat=True))


@postgresql_only
@pytest.mark.parametrize("cap", [3, 20])
def test_a_common_character_with_dates_alone_walks_the_entries_dates(monkeypatch, cap):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", cap)
    _stories()
    scanned = _scanned(DATES, "港")
    with CaptureQueriesContext(connection) as queries:
        result, listed = found(DATES, parse_query("港"))
    assert any("count(*) OVER () FROM (" in q["sql"] for q in queries.captured_queries)
    assert (result.total, result.capped) == (min(len(scanned), cap), len(scanned) > cap)
    newest = list(
        apply_filters(Article.objects.public(), DATES)
        .filter(pk__in=scanned)
        .order_by("-issue__date", "-pk")
        .values_list("pk", flat=True)[:2]
    )
    assert sorted(a.pk for a in listed[0:20]) == sorted(newest)


@postgresql_only
def test_a_common_character_with_another_filter_is_not_walked(monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    _stories()
    values = {**DATES, "paper": "test-daily"}
    with CaptureQueriesContext(connection) as queries:
        result = search(apply_filters(Article.objects.public(), values), "港")
    assert not any("count(*) OVER () FROM (" in q["sql"] for q in queries.captured_queries)
    assert result.total == len(_scanned(values, "港"))


def _photo(caption: str, day: int) -> Photo:
    paper, _ = Publication.objects.get_or_create(slug="test-daily", defaults={"name": "测试日报"})
    issue, _ = Issue.objects.get_or_create(
        publication=paper, date=date(2021, 3, day), defaults={"status": "published"}
    )
    page, _ = Page.objects.get_or_create(issue=issue, label="A3")
    photo = Photo.objects.create(page=page, position=page.photos.count() + 1, caption=caption)
    index_photos([photo.pk])
    return photo


def _photos(query: str, values: dict | None = None) -> tuple[list[int], bool, list[str]]:
    values = values or {}
    result = search(apply_filters(Article.objects.public(), values), query, public=not values)
    with CaptureQueriesContext(connection) as queries:
        hits = found_photos(values, result)
    return [p.pk for p in hits.photos], hits.more, [q["sql"] for q in queries.captured_queries]


@postgresql_only
def test_a_character_few_photos_print_is_read_from_the_index_of_their_characters(monkeypatch):
    monkeypatch.setattr(photohits, "PHOTO_WALK", 3)
    old = _photo("龘龘在湿地。", 1)
    for day in range(2, 12):
        _photo(f"市民在公园散步{day}。", day)
    pks, more, statements = _photos("龘")
    assert (pks, more) == ([old.pk], False)
    assert any("search_characters(" in sql for sql in statements)


@postgresql_only
def test_a_character_the_newest_photos_print_is_found_among_them(monkeypatch):
    monkeypatch.setattr(photohits, "PHOTO_WALK", 9)
    made = [_photo(f"市民在公园散步{day}。", day) for day in range(1, 12)]
    pks, more, statements = _photos("园")
    assert (pks, more) == ([p.pk for p in reversed(made)][:6], True)
    assert not any("search_characters(" in sql for sql in statements)
    pks, more, _ = _photos("园", {"start": date(2021, 3, 8)})
    assert (pks, more) == ([p.pk for p in reversed(made)][:4], False)


@postgresql_only
def test_a_rare_character_with_a_page_filter_reads_the_entries_holding_it_first():
    _stories()
    values = {"label": "A1"}
    with CaptureQueriesContext(connection) as queries:
        result = search(apply_filters(Article.objects.public(), values), "龘")
    statements = [q["sql"] for q in queries.captured_queries if "search_characters(" in q["sql"]]
    assert statements and all('"id" = ANY(ARRAY(' in sql for sql in statements)
    assert [a.pk for a in result.queryset] == _scanned(values, "龘")
