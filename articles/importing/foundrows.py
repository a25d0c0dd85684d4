"""The issues and pages of a batch, read by their natural keys as
:func:`articles.importing.pipeline._find_pages` gets or creates them (before and after inserting
the missing ones): the ORM's queries, built once per connection
(:class:`articles.queries.Prepared`: building each anew cost some 1–2 ms of CPU a batch against
tens of µs of SQL), the same rows."""

from __future__ import annotations

from collections.abc import Iterable

from articles.models import Issue, Page
from articles.queries import DateList, Prepared, StrList, field_names, maker

_ISSUE_FIELDS = field_names(Issue)

_ISSUES = Prepared(
    Issue,
    (list, DateList),
    lambda papers, days: Issue.objects.filter(publication_id__in=papers, date__in=days).values_list(
        *_ISSUE_FIELDS
    ),
    primary=True,
)

_PAGES = Prepared(
    Page,
    (list, StrList),
    lambda issues, labels: Page.objects.filter(issue_id__in=issues, label__in=labels).values_list(
        "issue_id", "label", "pk"
    ),
    primary=True,
)


def issues_of(keys: Iterable[tuple[int, object]]) -> list[Issue]:
    """The issues of the papers and dates of ``keys`` (``(paper id, date)``; every issue of any
    of those papers on any of those dates), whole, as ``Issue.objects.filter(...)`` gives them."""
    keys = list(keys)
    alias, rows = _ISSUES.rows({k[0] for k in keys}, {k[1] for k in keys})
    make = maker(Issue, alias, _ISSUE_FIELDS)
    return [make(row) for row in rows]


def pages_of(keys: Iterable[tuple[int, str]]) -> list[tuple[int, str, int]]:
    """``(issue id, label, id)`` of the pages of the issues and labels of ``keys`` (``(issue id,
    label)``; every page of any of those issues with any of those labels)."""
    keys = list(keys)
    return _PAGES.rows({k[0] for k in keys}, {k[1] for k in keys})[1]


_PAGE_FIELDS = field_names(Page)
_LOCKED = Prepared(
    Page,
    (list,),
    lambda ids: (
        Page.objects.select_for_update(no_key=True)
        .filter(pk__in=ids)
        .order_by("pk")
        .values_list(*_PAGE_FIELDS)
    ),
    primary=True,
)


def pages_locked(ids: Iterable[int]) -> list[Page]:
    """The pages ``ids``, whole, in id order, locked (``SELECT … FOR NO KEY UPDATE`` on
    PostgreSQL; SQLite locks the whole database): as
    ``Page.objects.select_for_update(no_key=True).filter(pk__in=ids).order_by("pk")`` gives
    them. Inside a transaction only."""
    alias, rows = _LOCKED.rows(list(ids))
    make = maker(Page, alias, _PAGE_FIELDS)
    return [make(row) for row in rows]
