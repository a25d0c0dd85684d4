"""A search over the public stories (PostgreSQL) finds its window in one statement, among the
newest entries or, when they hold too few matches, among all of them; paged best first
(``search(..., ranks=True)``) the window brings each story's rank from that statement, so a
page reads only its stories. Every figure and page is still what the ORM's statements give."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from search import engine
from search.engine import search
from search.pages import page
from tests.search.conftest import make_story

postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


@pytest.fixture
def archive(db, monkeypatch):
    """Five days of stories: 灯塔 in a headline and a body each day (ties in rank and date), a
    story without it each day, 石碑 in the bodies of two stories of the first day and 古井 in
    seven older ones; a window of 6, the newest 8 entries "recent" (灯塔's window fills there,
    石碑's and 古井's do not; 古井 has more matches than the window)."""
    monkeypatch.setattr(engine, "RANK_WINDOW", 6)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", 8)
    monkeypatch.setattr(engine, "_recent_dates", {})
    for day in range(1, 6):
        on = date(2023, 4, day)
        make_story("海岛灯塔重新点亮", "渔民夜归有了方向。", day=on, label="A1")
        make_story("渔港新闻", "灯塔旁新修了栈桥。", day=on, label="A2")
        make_story("港口新闻", "灯塔下的渔船出海。", day=on, label="A3")
        make_story("天气预报", "明天多云转晴。", day=on, label="A4")
    make_story("古镇", "村口的石碑刻着旧事。", day=date(2023, 4, 1), label="A5")
    make_story("旧事", "石碑上的字迹依稀可辨。", day=date(2023, 4, 1), label="A6")
    for number in range(7):
        make_story("老街", "古井的水依旧清甜。", day=date(2023, 3, 1), label=f"B{number + 1}")


def _entry_ranks(word: str, ids: list[int]) -> list[float]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT article_id, ts_rank(search_vector, to_tsquery('simple', %s)) "
            "FROM search_searchentry WHERE article_id = ANY(%s)",
            [f"'{word}'", list(ids)],
        )
        ranks = dict(cursor.fetchall())
    return [ranks[pk] for pk in ids]


@postgresql_only
@pytest.mark.parametrize("word", ["灯塔", "石碑", "古井"])
def test_a_window_is_found_in_one_statement_with_the_orms_figures(archive, word):
    search(Article.objects.public(), word, public=True)  # (the recent entries' date, kept)
    with CaptureQueriesContext(connection) as queries:
        found = search(Article.objects.public(), word, public=True)
    first, *rest = queries.captured_queries
    assert first["sql"].startswith("WITH")  # (the newest entries' window, or every match's)
    assert len(rest) == (1 if word == "灯塔" else 0)  # (灯塔's count, past its window)
    orm = search(Article.objects.public(), word)  # (the ORM's statements, one or two)
    assert list(found.window[1]) == list(orm.window[1])
    assert (found.total, found.listed, found.capped) == (orm.total, orm.listed, orm.capped)
    assert found.window[1].dated == (word == "灯塔")


@postgresql_only
@pytest.mark.parametrize("word", ["灯塔", "石碑", "古井"])
def test_a_window_paged_best_first_brings_each_storys_rank(archive, word):
    ranked = search(Article.objects.public(), word, public=True, ranks=True)
    plain = search(Article.objects.public(), word, public=True)
    ids = ranked.window[1]
    assert list(ids) == list(plain.window[1]) and ids.dates == plain.window[1].dates
    assert (ranked.total, ranked.listed, ranked.capped) == (plain.total, plain.listed, False)
    assert ids.ranks == _entry_ranks(word, ids)
    assert plain.window[1].ranks is None  # (newest first needs none: none are read)


@postgresql_only
def test_a_best_first_page_of_such_a_window_reads_only_its_stories(archive):
    result = search(Article.objects.public(), "灯塔", public=True, ranks=True)
    assert result.window[1].dated and result.listed == 6 and result.total == 15
    with CaptureQueriesContext(connection) as queries:
        page(result, 0, 4)
    (only,) = queries.captured_queries  # no statement for the window's ranks
    assert "articles_article" in only["sql"]


@pytest.mark.parametrize("word", ["灯塔", "石碑", "古井"])
def test_every_best_first_page_is_the_slice_of_the_window_queryset(archive, word):
    result = search(Article.objects.public(), word, public=True, ranks=True)
    for limit in (1, 4, 6):
        for offset in range(0, 7):
            expected = result.queryset[offset : offset + limit]
            keys = [(s.pk, s.search_rank) for s in expected]
            got = page(result, offset, limit)
            assert [(s.pk, s.search_rank) for s in got] == keys, (offset, limit)
