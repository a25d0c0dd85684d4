"""Prepared queries that take a list of ids (articles/queries.py, kind ``list``): one SQL
whatever the list's length, the same rows as the ORM's ``__in`` lookup, on both databases."""

from __future__ import annotations

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePart, Issue, Page
from articles.queries import Prepared


def parts_of_pages(ids):
    return (
        ArticlePart.objects.filter(page_id__in=ids)
        .order_by("page_id", "position")
        .values_list("page_id", "position", "title_lines")
    )


PARTS_OF_PAGES = Prepared(ArticlePart, (list,), parts_of_pages, primary=True)


def test_a_list_argument_gives_the_orms_rows_for_any_length(edition):
    pages = sorted(Page.objects.values_list("pk", flat=True))
    assert len(pages) >= 2
    for ids in (pages, pages[:1], {pages[-1]}, [], [pages[0], -1]):
        _alias, rows = PARTS_OF_PAGES.rows(ids)
        assert [tuple(row) for row in rows] == list(parts_of_pages(list(ids)))
    assert PARTS_OF_PAGES.rows(pages)[1]


def test_a_list_argument_runs_one_sql_whatever_its_length(edition):
    pages = list(Page.objects.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as captured:
        for end in range(1, len(pages) + 1):
            PARTS_OF_PAGES.rows(pages[:end])
    assert len(captured) == len(pages)
    built = PARTS_OF_PAGES._built[connections["default"]]
    assert built.sql.count("%s") == 1 and len(built.params) == 1  # the list is one parameter


def test_a_list_argument_mixes_with_other_arguments(edition):
    issue = Issue.objects.get()
    pages = list(issue.pages.values_list("pk", flat=True))
    prepared = Prepared(
        Page,
        (int, list),
        lambda issue_id, ids: (
            Page.objects.filter(issue_id=issue_id)
            .exclude(pk__in=ids)
            .order_by("pk")
            .values_list("pk", "label")
        ),
    )
    for left_out in ([], pages[:1], pages):
        expected = list(
            Page.objects.filter(issue_id=issue.pk)
            .exclude(pk__in=left_out)
            .order_by("pk")
            .values_list("pk", "label")
        )
        assert [tuple(row) for row in prepared.rows(issue.pk, left_out)[1]] == expected


def test_a_list_argument_outside_an_in_lookup_is_refused(db):
    prepared = Prepared(
        Issue, (list,), lambda ids: Issue.objects.filter(pk=ids[0]).values_list("pk")
    )
    with pytest.raises(ValueError, match="__in"):
        prepared.rows([1])


def _issues_and_pages():
    from datetime import date

    from articles.models import Publication

    paper = Publication.objects.create(name="江海晚报", slug="jianghai")
    other = Publication.objects.create(name="南通日报", slug="nantong")
    days = [date(2024, 6, 1), date(2024, 6, 2), date(2024, 6, 3)]
    for one in (paper, other):
        for day in days:
            issue = Issue.objects.create(publication=one, date=day)
            for label in ("1", "A2", "B3"):
                Page.objects.create(issue=issue, label=label)
    return paper, other, days


def test_a_list_of_dates_or_texts_gives_the_orms_rows(db):
    from articles.queries import DateList, StrList

    paper, other, days = _issues_and_pages()
    issues = Prepared(
        Issue,
        (list, DateList),
        lambda papers, dates: (
            Issue.objects.filter(publication_id__in=papers, date__in=dates)
            .order_by("pk")
            .values_list("pk", "date")
        ),
    )
    pages = Prepared(
        Page,
        (list, StrList),
        lambda ids, labels: (
            Page.objects.filter(issue_id__in=ids, label__in=labels)
            .order_by("pk")
            .values_list("pk", "label")
        ),
    )
    for papers, dates in (([paper.pk], days[:1]), ([paper.pk, other.pk], days[1:]), ([], days)):
        expected = Issue.objects.filter(publication_id__in=papers, date__in=dates).order_by("pk")
        found = [tuple(row) for row in issues.rows(papers, dates)[1]]
        assert found == list(expected.values_list("pk", "date"))
    ids = list(Issue.objects.values_list("pk", flat=True))
    for labels in (["B3"], {"1", "A2"}, ["A2", "C9"], []):
        expected = Page.objects.filter(issue_id__in=ids, label__in=labels).order_by("pk")
        found = [tuple(row) for row in pages.rows(ids, labels)[1]]
        assert found == list(expected.values_list("pk", "label"))
    assert pages.rows(ids, ["B3"])[1]
