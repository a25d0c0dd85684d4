"""``manage.py publish_issue`` names the pages missing between those an issue has, as the desk's
发布本期 does (A2 of A1, A3: readers would see 共2版 with no word of it), and publishes all the
same."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue, Status
from tests.factories import SEED_DATE, import_seed, import_text
from tests.public.conftest import synthetic_page

pytestmark = pytest.mark.django_db


def publish(issue: Issue) -> str:
    out = StringIO()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        SEED_DATE.isoformat(),
        "--acknowledge-broken",
        stdout=out,
    )
    return out.getvalue()


def test_the_command_names_a_missing_page_and_publishes_all_the_same(db):
    import_seed()
    import_text(synthetic_page("A3", "看南通·民生", 2, 0), "A3")
    issue = Issue.objects.get()
    out = publish(issue)
    assert "请核对：本期缺 A2：版次不连续，读者看到的是“共2版”" in out
    assert "manage.py import_pages" in out
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED


def test_the_command_says_nothing_of_missing_pages_without_a_gap(db, seed_with_a2):
    assert "本期缺" not in publish(Issue.objects.get())
