"""The stories that may hold newly learned words: the index's candidates checked in Python give
the ids the index's filter with its substring check in SQL gives."""

import pytest
from django.db import connection

from articles.models import Article
from search.engine import Query, index_filter_any
from search.learnedwords import stories_holding_any
from search.models import SearchEntry
from search.text import query_terms
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def _query(word: str) -> Query:
    return Query(text=word, parts=(word,), terms=tuple(query_terms(word)))


def _in_sql(queries: list[Query]) -> set[int]:
    return set(index_filter_any(Article.objects.order_by(), queries).values_list("pk", flat=True))


@pytest.fixture
def stories() -> dict[str, int]:
    made = {
        "holds": make_story("会议报道", "张大山在会上发言，介绍了港口建设情况。"),
        "apart": make_story("山里人家", "张家港的大山深处，李家小河边。"),
        "title": make_story("李小河带领村民修路", "村里的路修好了。"),
        "neither": make_story("港口建设", "港口建设提速。"),
    }
    return {name: story.pk for name, story in made.items()}


def test_only_stories_holding_a_word_whole_are_found_not_those_holding_its_pieces_apart(stories):
    queries = [_query("张大山"), _query("李小河")]
    found = stories_holding_any(queries)
    assert found == {stories["holds"], stories["title"]}
    assert found == _in_sql(queries)


def test_each_word_is_looked_for_as_the_database_compares_texts(stories):
    # The entry's text as stored with ASCII capitals (SQLite's LIKE ignores their case,
    # PostgreSQL's does not): the same stories either way.
    query = _query("abc张大山")
    SearchEntry.objects.filter(article_id=stories["holds"]).update(
        body="ABC张大山在会上发言。", body_tokens=" ".join([*query.terms, "会上", "发言"])
    )
    assert _in_sql([query]) == ({stories["holds"]} if connection.vendor == "sqlite" else set())
    assert stories_holding_any([query]) == _in_sql([query])
    assert stories_holding_any([query, _query("李小河")]) == _in_sql([query, _query("李小河")])


def test_no_word_with_terms_finds_nothing(stories):
    assert stories_holding_any([Query(text="。", parts=("。",), terms=())]) == set()
