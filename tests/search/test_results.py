"""Search results by prepared queries (search.results, search.prepared): the same stories, in the
same order, with the same figures as the engine's own queries, and an edit seen at once."""

from datetime import date

import pytest
from django.db import connection, connections
from django.urls import reverse

from articles.models import Article, Byline, Person
from search import engine, results
from search.engine import parse_query
from search.forms import apply_filters
from search.indexing import index_articles
from search.prepared import NotPrepared
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def harbour(db):
    for day in range(1, 26):
        make_story(
            f"港口建设第{day}期",
            f"港口建设继续推进，第{day}个泊位验收。",
            day=date(2021, 1, day),
            label=("A1", "A2", "A3")[day % 3],
            section="港航" if day % 3 == 2 else "",
        )
    make_story(
        "渔港夜市",
        "渔港夜市开张，100%纯棉的T恤和O'Neil牌帽子都有。",
        day=date(2021, 2, 1),
        kicker="夜经济",
    )


def by_engine(values: dict, query: str) -> tuple[list[int], tuple]:
    result = engine.search(apply_filters(Article.objects.public(), values), parse_query(query))
    figures = (result.total, result.listed, result.capped, result.fallback, result.loose)
    return list(result.queryset.values_list("pk", flat=True)), figures


def by_results(values: dict, query: str) -> tuple[list[int], tuple]:
    result, found = results.found(values, parse_query(query))
    figures = (result.total, result.listed, result.capped, result.fallback, result.loose)
    return [story.pk for story in found[0 : found.count()]], figures


@pytest.mark.parametrize(
    ("values", "query"),
    [
        ({}, "港口"),
        ({}, "港口 建设"),
        ({}, "泊位验收"),
        ({}, "渔港"),
        ({"label": "A2"}, "港口"),
        ({"section": "港航", "start": date(2021, 1, 5)}, "港口"),
        ({"paper": "test-daily", "end": date(2021, 1, 9)}, "建设"),
        ({"reporter": "没有这个人"}, "港口"),
    ],
)
def test_prepared_queries_list_what_the_engine_lists(harbour, values, query):
    assert by_results(values, query) == by_engine(values, query)


def test_a_page_is_the_engines_page(harbour):
    _, found = results.found({}, parse_query("港口"))
    ranked, _ = by_engine({}, "港口")
    assert [story.pk for story in found[20:40]] == ranked[20:40]


@pytest.mark.parametrize("query", ["100%纯棉", "o'neil", "会展中心", "量子计算机"])
def test_what_prepared_queries_cannot_take_goes_to_the_engine(harbour, query):
    assert by_results({}, query) == by_engine({}, query)


@pytest.mark.parametrize("query", ["100%纯棉", "o'neil"])
def test_a_word_that_would_be_escaped_is_not_put_in_by_substitution(harbour, query):
    with pytest.raises(NotPrepared):
        results._prepared_search({}, parse_query(query))


@pytest.mark.parametrize("query", ["港口", "港口 建设", "泊位验收"])
def test_the_prepared_sql_is_the_orms_with_the_words_put_in(harbour, query):
    q = parse_query(query)
    values = {"label": "A2", "start": date(2021, 1, 2)}
    parts = q.parts if q.needs_check else ()
    shape = (("start", "label"), len(q.terms), len(parts), q.needs_check)
    args = (*q.terms, *parts, date(2021, 1, 2), "A2")
    prepared = results._NEWEST.get(shape)
    prepared.page(*args, limit=5)
    built = prepared._built[connections[connection.alias]]
    params = list(built.params)
    for place, value in built.slots:
        params[place] = value(args)
    stories = apply_filters(Article.objects.public(), values, entries=True)
    orm = engine.newest(engine.index_filter_any(stories, [q], check=q.needs_check))
    sql, orm_params = orm.values_list("pk").query.get_compiler(connection.alias).as_sql()
    assert (built.sql, params) == (sql, list(orm_params))


def test_filters_and_keywords_list_counts_and_pages(harbour):
    listed = results.listed({"section": "港航"})
    expected = list(
        Article.objects.public()
        .filter(parts__page__section="港航")
        .order_by(*results.NEWEST_FIRST)
        .values_list("pk", flat=True)
    )
    assert listed.count() == len(expected) == 8
    assert [story.pk for story in listed[0:20]] == expected
    tagged = results.tagged("港口")
    assert tagged.count() == Article.objects.filter(search_keywords__word="港口").count()


def test_a_page_of_results_costs_the_same_queries_however_many_lines(
    harbour, client, django_assert_num_queries
):
    client.get(URL, {"q": "港口"})  # (the dictionary's first check)
    # papers, matches, page, parts, people, keywords, photographers, photos standing alone
    # (first page only, search.photohits), masthead; on PostgreSQL the planner's settings set
    # and reset around the matches and the page (search.engine.index_plans); an archive this
    # small has no newest entries to count first (search.engine.recent_since); whether a word
    # is a renamed reporter's name costs none once the former names are held (the first
    # search above read them: search.views.renamed_reporter); the site's papers
    # (articles.public.public_papers: the nav's 各报, when there are several)
    queries = 10 + (4 if connection.vendor == "postgresql" else 0)
    with django_assert_num_queries(queries):
        response = client.get(URL, {"q": "港口"})
    assert len(response.context["page_obj"].object_list) == 20
    with django_assert_num_queries(queries):
        client.get(URL, {"q": "渔港"})
    with django_assert_num_queries(queries - 1):  # a later page lists only stories
        client.get(URL, {"q": "港口", "page": "2"})


def test_an_edit_is_seen_by_the_next_search(harbour, client):
    story = Article.objects.get(headline="渔港夜市")
    html = client.get(URL, {"q": "渔港"}).content.decode()
    assert "渔港</mark>夜市" in html and "陈海" not in html
    Byline.objects.create(article=story, person=Person.objects.create(name="陈海"))
    Article.objects.filter(pk=story.pk).update(headline="渔港夜市再开张")
    index_articles([story.pk], force=True)
    html = client.get(URL, {"q": "渔港"}).content.decode()
    assert "<mark>渔港</mark>夜市再开张" in html and ">陈海</a>" in html


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_a_common_word_skips_the_prepared_window_and_lists_what_the_engine_lists(
    harbour, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(engine, "RANK_WINDOW", 4)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", 10)
    monkeypatch.setattr(engine, "_recent_dates", {})
    engine.recent_since("default")
    prepared = results._NEWEST.get(((), 1, 0, False))
    calls = []
    monkeypatch.setattr(prepared, "page", lambda *a, **k: calls.append(a) or ("default", []))
    assert by_results({}, "港口") == by_engine({}, "港口")
    assert calls == []  # the recent entries held a full window: no prepared newest query


def test_no_common_word_question_is_built_where_there_is_no_newest_window(harbour, monkeypatch):
    # SQLite, or an archive smaller than the recent entries: recent_since() is None, so whether
    # a word's window is full among the newest is never asked, nor its queryset built (that
    # was a seventh of a search request's CPU time).
    monkeypatch.setattr(engine, "_recent_dates", {})
    assert engine.recent_since("default") is None
    by_engine_unpatched = by_engine({"label": "A2"}, "港口")

    def built(*args, **kwargs):
        raise AssertionError("the common-word question was built")

    monkeypatch.setattr(engine, "index_filter", built)
    monkeypatch.setattr(engine, "public_window_entries", built)
    pks, figures = by_results({"label": "A2"}, "港口")
    assert (pks, figures) == by_engine_unpatched
    assert len(pks) == figures[0] == 9
