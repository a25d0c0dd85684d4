"""The desk's home lists every paper's newest issue and the one last imported into, and says
first a 定时发布 that failed (a reviewer's 南通日报 of tonight was off the home, its failed 定时发布
only in the activity list, after other papers' issues of later dates were imported)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Publication, Status
from articles.scheduling import issue_schedule, publish_due
from articles.signoff import stories_return, stories_sign_off
from tests.admin.conftest import JUMPS
from tests.admin.test_desk_home import section
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db
HOME = reverse("admin:index")
BRIEF = "全市新建口袋公园十处\n\n本报讯 全市今年新建的十处口袋公园本月全部开放，市民可就近休闲。\n"


def other_papers(count: int, when: date) -> list[Issue]:
    for n in range(count):
        import_text(BRIEF, "A1", when=when, paper=f"第{n + 1}报", slug=f"paper-{n + 1}")
    return list(Issue.objects.filter(date=when))


def test_every_papers_issue_on_one_date_is_listed(editor_client):
    issues = other_papers(8, date(2021, 3, 1))
    listed = section(editor_client.get(HOME).content.decode(), "desk-issues")
    for issue in issues:
        assert reverse("admin:articles_issue_change", args=[issue.pk]) in listed


def test_tonights_issue_stays_after_later_archive_issues_are_imported(editor_client):
    import_seed()
    tonight = Issue.objects.get()
    other_papers(7, date(2021, 3, 1))
    import_text(BRIEF, "A1", when=date(2021, 3, 2), paper="第1报", slug="paper-1")
    listed = section(editor_client.get(HOME).content.decode(), "desk-issues")
    assert reverse("admin:articles_issue_change", args=[tonight.pk]) in listed


def test_a_failed_schedule_is_said_first_with_the_issue(editor_client, chief):
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    tonight = Issue.objects.get()
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    at = timezone.now() + timedelta(hours=1)
    issue_schedule(issue=tonight, at=at, user=chief)
    stories_return(articles=Article.objects.all()[:1], user=chief)  # sign-off withdrawn
    other_papers(7, date(2021, 3, 1))
    assert publish_due(now=at + timedelta(minutes=1)).failed
    html = editor_client.get(HOME).content.decode()
    failed = section(html, "desk-schedule-failures")
    assert "南通日报 2020-07-09：定时发布未成功：" in failed
    assert reverse("admin:articles_issue_publish", args=[tonight.pk]) in failed
    assert html.index("desk-schedule-failures") < html.index('id="desk-issues"')
    assert reverse("admin:articles_issue_change", args=[tonight.pk]) in section(html, "desk-issues")
    tonight.refresh_from_db()
    assert tonight.status == Status.DRAFT


def test_a_failure_acted_on_since_is_no_longer_said(editor_client, chief):
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    tonight = Issue.objects.get()
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    at = timezone.now() + timedelta(hours=1)
    issue_schedule(issue=tonight, at=at, user=chief)
    stories_return(articles=Article.objects.all()[:1], user=chief)
    publish_due(now=at + timedelta(minutes=1))
    stories_sign_off(articles=Article.objects.all(), user=chief)
    issue_schedule(issue=tonight, at=at + timedelta(hours=1), user=chief)  # set again
    assert "desk-schedule-failures" not in editor_client.get(HOME).content.decode()
