"""Issues given their number by an import batch: what their saves touch is read for them all at
once (``changes.saves_coming``), and the batch bumps the same tags as when each save read its own."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from articles import changes
from articles.importing.issuenumbers import issue_numbers_settle
from articles.models import Issue, Page, Publication

pytestmark = pytest.mark.django_db


def _issues(n):
    paper = Publication.objects.create(name="江海晚报", slug="jianghai")
    made = []
    for day in range(1, n + 1):
        issue = Issue.objects.create(publication=paper, date=date(2024, 6, day))
        Page.objects.create(issue=issue, label="1", section=f"要闻{day}")
        made.append(issue)
    return made


def _numbered(issues, number, *, read_first, monkeypatch):
    bumped = []
    monkeypatch.setattr(
        changes, "bump_content_version", lambda tags, later=None: bumped.append(tags)
    )
    with CaptureQueriesContext(connection) as queries, transaction.atomic(), changes.collecting():
        if read_first:
            changes.saves_coming(issues)
        for issue in issues:
            issue.number = number
            issue.save(update_fields=["number", "updated_at"])
    (tags,) = bumped
    return tags, len(queries)


def test_issues_numbered_together_read_their_scopes_at_once_and_bump_the_same_tags(monkeypatch):
    issues = _issues(4)
    each, each_queries = _numbered(issues, 101, read_first=False, monkeypatch=monkeypatch)
    together, together_queries = _numbered(issues, 102, read_first=True, monkeypatch=monkeypatch)
    assert together == each
    assert together_queries <= each_queries - 3 * (len(issues) - 1)


def _page_printing(issue, number):
    """What issue_numbers_settle reads of a batch's page: its parse's number, issue and report."""
    return SimpleNamespace(
        parsed=SimpleNamespace(metadata=SimpleNamespace(issue_number=number)),
        issue=issue,
        report=SimpleNamespace(warnings=[]),
        page=SimpleNamespace(import_warnings=None),
    )


def test_a_batch_numbers_its_issues_in_a_few_statements_as_their_saves_would(monkeypatch):
    issues = _issues(4)
    each, _ = _numbered(issues, 101, read_first=False, monkeypatch=monkeypatch)
    Issue.objects.update(number=None)
    for issue in issues:
        issue.number = None
    bumped = []
    monkeypatch.setattr(
        changes, "bump_content_version", lambda tags, later=None: bumped.append(tags)
    )
    pages = [_page_printing(issue, 102) for issue in issues] + [_page_printing(issues[0], 7)]
    with (
        transaction.atomic(),
        changes.collecting(),
        CaptureQueriesContext(connection) as queries,
    ):
        issue_numbers_settle(pages)
    assert bumped == [each]  # the same tags as a save of each
    assert len(queries) <= 5  # (the scopes read, one update, one insert of history records)
    assert set(Issue.objects.values_list("number", flat=True)) == {102}
    records = Issue.history.filter(number=102).order_by("history_id")
    assert [(r.id, r.history_type, r.history_change_reason) for r in records] == [
        (issue.pk, "~", None) for issue in issues
    ]
    assert pages[-1].report.warnings and not pages[0].report.warnings  # (7 printed against 102)
