"""The story page's helpers read the parts and bylines it attached (issue 18: the page asks for
its parts five times and its pages three times a request) without a query and without building
a related manager each time, and give what the relations themselves give."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.public import reporters
from articles.selectors import story_body
from articles.views.base import frame_pages
from tests.public.conftest import PARTY


@pytest.fixture
def story(edition) -> Article:
    """The party story (printed on A1, continued on A2), with its parts and bylines attached
    as the story page attaches them."""
    article = Article.objects.select_related("issue__publication", "page").get(
        pk=edition.article(PARTY).pk
    )
    story_body(article, frame_pages(article.issue)).attach(article)
    return article


def test_ordered_parts_and_printed_pages_of_an_attached_story_cost_no_query(story):
    with CaptureQueriesContext(connection) as captured:
        parts = story.ordered_parts()
        pages = story.printed_pages()
        names = reporters(story)
    assert len(captured.captured_queries) == 0
    fresh = Article.objects.get(pk=story.pk)  # no prefetch: through the relations
    assert [p.pk for p in parts] == [
        p.pk for p in sorted(fresh.parts.all(), key=lambda p: p.sequence)
    ]
    assert [p.label for p in pages] == ["A1", "A2"]
    assert names == fresh.reporter_names()


def test_ordered_parts_are_in_printed_order_whatever_order_they_were_attached_in(story):
    cached = story._prefetched_objects_cache["parts"]
    cached._result_cache.reverse()
    assert [p.sequence for p in story.ordered_parts()] == sorted(p.sequence for p in cached)


def test_a_page_two_parts_are_printed_on_is_named_once(story):
    parts = story._prefetched_objects_cache["parts"]._result_cache
    extra = Article.objects.get(pk=story.pk).parts.get(sequence=parts[0].sequence)
    extra.sequence, extra.page = 99, parts[0].page  # another part on the first page, unsaved
    parts.append(extra)
    assert [p.label for p in story.printed_pages()] == ["A1", "A2"]


def test_a_story_without_attached_parts_reads_them_through_its_relation(edition):
    article = Article.objects.get(pk=edition.article(PARTY).pk)
    with CaptureQueriesContext(connection) as captured:
        pages = article.printed_pages()
    assert len(captured.captured_queries) >= 1
    assert [p.label for p in pages] == ["A1", "A2"]


def test_an_attached_storys_querysets_are_made_only_when_asked_for(story):
    story.ordered_parts(), story.printed_pages(), reporters(story), story.blocks()
    assert dict.keys(story._prefetched_objects_cache) == set()  # no queryset made
    assert "parts" in story._prefetched_objects_cache  # prefetched, as Django asks it


def test_an_attached_storys_relations_give_what_the_database_gives(story):
    from django.db.models import prefetch_related_objects

    fresh = Article.objects.get(pk=story.pk)
    with CaptureQueriesContext(connection) as captured:
        parts = list(story.parts.all())  # the queryset made now, from the rows held
        prefetch_related_objects([story], "parts", "bylines")  # already there: no query
        bylines = list(story.bylines.all())
    assert len(captured.captured_queries) == 0
    assert {p.pk for p in parts} == {p.pk for p in fresh.parts.all()}
    assert {b.pk for b in bylines} == {b.pk for b in fresh.bylines.all()}
    # A filter on the relation asks the database, about this story only.
    assert list(story.parts.filter(sequence=1)) == list(fresh.parts.filter(sequence=1))
    del story._prefetched_objects_cache["bylines"]
    assert "bylines" not in story._prefetched_objects_cache
    with CaptureQueriesContext(connection) as captured:
        assert {b.pk for b in story.bylines.all()} == {b.pk for b in bylines}
    assert len(captured.captured_queries) == 1  # no longer prefetched: read again


def test_a_kept_story_body_is_pickled_as_column_values_and_comes_back_the_same(edition):
    import pickle

    from articles.models import Byline, Person

    article = Article.objects.select_related("issue__publication", "page").get(
        pk=edition.article(PARTY).pk
    )
    person = Person.objects.create(name="何晓雨")
    Byline.objects.create(article=article, person=person, order=0)
    body = story_body(article, frame_pages(article.issue))
    pickled = pickle.dumps(body, pickle.HIGHEST_PROTOCOL)
    # No model object of its parts, pages, bylines or people (Django's ``model_unpickle``).
    assert b"model_unpickle" not in pickled
    again = pickle.loads(pickled)

    def columns(row) -> tuple:
        return type(row), row.__dict__ | {"_state": None}, row._state.db, row._state.adding

    def shown(found) -> list:
        pairs = [(p, p.page) for p in found.parts] + [(b, b.person) for b in found.bylines]
        return [(columns(row), columns(related)) for row, related in pairs]

    assert len(again.parts) == 2 and [b.person.name for b in again.bylines] == ["何晓雨"]
    assert shown(again) == shown(body)
    assert (again.photos, again.continued_on) == (body.photos, body.continued_on)
