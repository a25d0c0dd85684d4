"""Issues given their number by an import batch: what their saves touch is read for them all at
once (``changes.saves_coming``), and the batch bumps the same tags as when each save read its own."""

from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from articles import changes
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
