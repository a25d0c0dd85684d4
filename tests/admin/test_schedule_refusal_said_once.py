"""发布本期 with a 定时发布 time more than a year ahead: the rendered page says the refusal once,
at its top, whoever sends it and whatever else the page lists (a reviewer read it twice)."""

from __future__ import annotations

import pytest

from articles.models import Issue, Publication, Status
from tests.admin.test_schedule_time_checked import TOO_FAR, clock  # noqa: F401
from tests.admin.test_scheduled_publishing import schedule_issue

pytestmark = pytest.mark.django_db
LATEST = "定时发布最多提前一年设定（最晚到 2021年7月10日 05:00）"


def _said_once(client) -> None:
    issue = Issue.objects.get()
    html = schedule_issue(client, issue, "9999-12-31T23:59").content.decode()
    assert html.count(TOO_FAR) == 1 and html.count(LATEST) == 1
    top = html.split('<ul class="errorlist nonfield">', 1)[1].split("</ul>", 1)[0]
    assert TOO_FAR in top
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.status == Status.DRAFT


def test_an_issue_with_its_chains_linked(seed_with_a2, editor_client, clock):  # noqa: F811
    _said_once(editor_client)


def test_an_issue_with_a_broken_chain_to_acknowledge(seed, editor_client, clock):  # noqa: F811
    _said_once(editor_client)


def test_a_chief_editor_on_a_paper_that_requires_sign_off(seed_with_a2, chief_client, clock):  # noqa: F811
    Publication.objects.update(review_required=True)
    _said_once(chief_client)
