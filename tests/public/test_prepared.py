"""Prepared queries (articles/queries.py): built once, run with new arguments, the same rows as
the ORM gives, on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import queries
from articles.models import ArticlePart, Issue
from articles.queries import Prepared, field_names
from articles.selectors import public_issue_on
from tests.public.conftest import DAY, PAPER


def parts_on(page_id):
    return (
        ArticlePart.objects.public()
        .filter(page_id=page_id)
        .order_by("position")
        .values_list("id", "title_lines", "blocks", "whole_copy", "article__updated_at")
    )


def test_prepared_rows_are_the_orms_for_every_argument(edition):
    prepared = Prepared(ArticlePart, (int,), parts_on)
    issue = Issue.objects.get()
    for page in issue.pages.all():
        _alias, rows = prepared.rows(page.pk)
        assert [tuple(row) for row in rows] == list(parts_on(page.pk))
        assert rows  # JSON decoded, booleans and datetimes as the ORM gives them


def test_prepared_query_is_built_once(edition, monkeypatch):
    built = []
    prepared = Prepared(ArticlePart, (int,), lambda pk: built.append(pk) or parts_on(pk))
    pages = list(Issue.objects.get().pages.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as captured:
        for pk in pages * 2:
            prepared.rows(pk)
    assert len(built) == 1 and len(captured) == 2 * len(pages)


def test_prepared_query_is_built_again_when_the_day_moves_on(edition, monkeypatch):
    built = []
    prepared = Prepared(ArticlePart, (int,), lambda pk: built.append(pk) or parts_on(pk))
    page = Issue.objects.get().pages.first()
    prepared.rows(page.pk)
    monkeypatch.setattr(queries, "issue_date_range", lambda: (date(1815, 1, 1), date(2020, 7, 8)))
    prepared.rows(page.pk)
    assert len(built) == 2


def test_public_issue_on_takes_a_string_and_a_date(edition):
    issue = public_issue_on(PAPER, date.fromisoformat(DAY))
    assert issue == Issue.objects.get() and issue.publication.slug == PAPER
    assert public_issue_on(PAPER, date(2020, 7, 10)) is None
    assert public_issue_on("no-such-paper", date.fromisoformat(DAY)) is None
    Issue.objects.update(status="draft")
    assert public_issue_on(PAPER, date.fromisoformat(DAY)) is None


def test_an_argument_used_outside_a_lookup_is_refused(db):
    prepared = Prepared(Issue, (int,), lambda pk: Issue.objects.values_list("pk"))
    with pytest.raises(ValueError, match="lookup"):
        prepared.rows(1)
    annotated = Prepared(Issue, (int,), lambda pk: Issue.objects.filter(pk=pk))
    with pytest.raises(ValueError, match="values_list"):
        annotated.rows(1)
    assert field_names(Issue, "issue__")[0] == "issue__id"
