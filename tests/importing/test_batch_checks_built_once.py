"""Two checks an import makes on every batch or join read through statements built once
(bench/HISTORY.md, stop 70): the relabel redirects of the batch's issues
(articles/importing/relabelled.py) and the loose photos beside a joined continuation
(articles/continuations/repeatedphotos.py). Once built, neither builds a queryset again, and a
join whose pages have no loose photo reads nothing else."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.continuations.repeatedphotos import repeated_photos_follow
from articles.importing.foundrows import pages_of
from articles.importing.relabelled import relabelled_refuse
from articles.models import Article, ArticlePart, Issue, PageRedirect, Photo
from tests.photos.pages import import_pages

pytestmark = pytest.mark.django_db


def _no_querysets(monkeypatch, *models):
    """Make building a queryset of any of ``models`` through its manager fail the test."""

    def boom(*args, **kwargs):
        raise AssertionError("a queryset built again: the statement should be built once")

    for model in models:
        monkeypatch.setattr(model.objects, "filter", boom)


def _batch(issue: Issue, label: str) -> list:
    return [SimpleNamespace(issue=issue, label=label)]


def test_a_batch_without_redirects_is_checked_by_one_statement_built_once(monkeypatch):
    import_pages("A1")
    issue = Issue.objects.get()
    relabelled_refuse(_batch(issue, "A3"), pages_of)  # (built here, if not before)
    _no_querysets(monkeypatch, PageRedirect)
    with CaptureQueriesContext(connection) as queries:
        relabelled_refuse(_batch(issue, "A3"), pages_of)
    assert len(queries.captured_queries) == 1
    assert "pageredirect" in queries.captured_queries[0]["sql"].lower()


def test_a_label_relabelled_away_is_still_refused_by_the_statement_built_once(monkeypatch):
    from articles.importing.reports import PageImportError

    import_pages("A1")
    issue = Issue.objects.get()
    page = issue.pages.get(label="A1")
    PageRedirect.objects.create(issue=issue, old_label="A3", page=page)
    relabelled_refuse(_batch(issue, "A5"), pages_of)  # (another label: nothing refused)
    _no_querysets(monkeypatch, PageRedirect)  # (the message reads the redirect by its id)
    batch = [SimpleNamespace(issue=issue, label="A3", item=SimpleNamespace(source_name="A3.txt"))]
    batch[0].report = SimpleNamespace(source="A3.txt")
    with pytest.raises(PageImportError, match="A3版已改版次为A1版"):
        relabelled_refuse(batch, pages_of)


def _joined_story():
    """The two pages imported (A2's photo with the continued story), then A2's photo loose
    again: the story, the A2 part's id and the photo."""
    import_pages("A1", "A2")
    story = Article.objects.get(headline="运河公园开园迎客")
    part = ArticlePart.objects.get(article=story, page__label="A2")
    photo = Photo.objects.get(page__label="A2")
    Photo.objects.filter(pk=photo.pk).update(article=None)
    return story, part.pk, photo.pk


def test_a_join_with_no_loose_photo_beside_it_reads_one_statement(monkeypatch):
    story, part, photo = _joined_story()
    repeated_photos_follow({-1: story.pk}, {-1: {"parts": [part]}})  # (built here)
    Photo.objects.filter(pk=photo).update(article=story)
    _no_querysets(monkeypatch, Photo, ArticlePart)
    held = {-1: {"parts": [part]}}
    with CaptureQueriesContext(connection) as queries:
        repeated_photos_follow({-1: story.pk}, held)
    assert len(queries.captured_queries) == 1
    assert held == {-1: {"parts": [part]}}


def test_a_loose_repeated_photo_still_goes_with_the_story_by_statements_built_once(monkeypatch):
    story, part, photo = _joined_story()
    repeated_photos_follow({-1: story.pk}, {-1: {"parts": [part]}})  # (built, and linked)
    assert Photo.objects.get(pk=photo).article_id == story.pk
    Photo.objects.filter(pk=photo).update(article=None)
    monkeypatch.setattr(ArticlePart.objects, "filter", None)  # (only the update is a queryset)
    held = {-1: {"parts": [part]}}
    repeated_photos_follow({-1: story.pk}, held)
    assert held == {-1: {"parts": [part], "photos": [photo]}}
    assert Photo.objects.get(pk=photo).article_id == story.pk
