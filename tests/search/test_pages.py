"""A page of a ranked window read in two steps (search.pages): the same rows as slicing the
window's queryset, whatever the ties, the offset or the order."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.publishing import stories_unpublish
from search import engine
from search.engine import search
from search.pages import NEWEST, page
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def _archive() -> None:
    """Four days; each day the same body on three pages (ties in rank and date, broken by page,
    position and id), the word in one headline (a better rank), and a story without it."""
    for day in range(1, 5):
        for label in ("A3", "A1", "A2"):
            make_story("本地要闻", "茶园春茶开采。", day=date(2023, 4, day), label=label)
            make_story("本地要闻", "茶园春茶开采，茶农忙。", day=date(2023, 4, day), label=label)
        make_story("茶园新貌", "春茶开采。", day=date(2023, 4, day), label="A4")
        make_story("菜价平稳", "市场供应充足。", day=date(2023, 4, day))


@pytest.fixture
def window(monkeypatch):
    """A window of 20 of the 28 stories with 茶园."""
    monkeypatch.setattr(engine, "RANK_WINDOW", 20)
    _archive()
    result = search(Article.objects.public(), "茶园", public=True)
    assert result.listed == 20 and result.total == 28
    return result


def _ids(rows) -> list[int]:
    return [story.pk for story in rows]


@pytest.mark.parametrize("newest", [False, True])
def test_every_page_is_the_slice_of_the_window_queryset(window, newest):
    ordered = window.queryset.order_by(*NEWEST) if newest else window.queryset
    for limit in (1, 3, 7, 20):
        for offset in range(0, 22):
            expected = _ids(ordered[offset : offset + limit])
            assert _ids(page(window, offset, limit, newest=newest)) == expected, (offset, limit)


def test_columns_give_the_rows_values_list_gives(window):
    columns = ["pk", "headline", "page__label"]
    assert page(window, 4, 6, columns=columns) == list(window.queryset.values_list(*columns)[4:10])


@postgresql_only
def test_the_second_step_joins_only_the_page_and_its_ties(window):
    with CaptureQueriesContext(connection) as queries:
        page(window, 0, 2)
    first, second = (q["sql"] for q in queries.captured_queries)
    assert "articles_article" not in first  # the entries alone
    arrays = [len(a.split(",")) for a in re.findall(r"'\{([0-9,]+)\}'", second)]
    # The two best have the word in the headline, on the two newest days: alone in their keys.
    assert arrays and max(arrays) == 2


@postgresql_only
def test_a_story_unpublished_between_the_steps_gives_the_page_the_queryset_gives(window):
    best = _ids(window.queryset[:1])[0]
    stories_unpublish(articles=[Article.objects.get(pk=best)])
    assert _ids(page(window, 0, 5)) == _ids(window.queryset[:5])
    assert best not in _ids(page(window, 0, 5))


def test_a_result_that_is_not_a_window_is_sliced(monkeypatch):
    _archive()
    result = search(Article.objects.public(), "园春")  # inside 茶园春茶: the substring fallback
    assert result.fallback and result.window is None and result.listed == 24
    assert _ids(page(result, 1, 2)) == _ids(result.queryset[1:3])
