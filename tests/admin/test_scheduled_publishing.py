"""Scheduled publishing (定时发布) with a frozen clock: an issue or a story scheduled in the desk is
not public before its time (pages, feeds), and is after ``publish_scheduled`` runs at that time
— through the cached pages too; running the command again, or at the same moment, changes
nothing more; a publication that can no longer be made is cleared, recorded and reported."""

import threading
from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Publication, Status
from articles.publishing import issue_publish, stories_unpublish
from articles.scheduling import publish_due
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

SHANGHAI = ZoneInfo("Asia/Shanghai")
CHANGELIST = reverse("admin:articles_article_changelist")


class Clock:
    """``django.utils.timezone.now`` frozen at a time that the test moves."""

    def __init__(self, monkeypatch, when: datetime):
        self.when = when
        monkeypatch.setattr(timezone, "now", lambda: self.when)

    def set(self, *args):
        self.when = datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, datetime(2020, 7, 9, 5, 0, tzinfo=SHANGHAI))


@pytest.fixture
def publish_scheduled(django_capture_on_commit_callbacks):
    """Runs the command as cron would, from an empty page cache; what runs when its
    transactions commit (the content version bump) runs before it returns its output."""
    cache.clear()

    def run() -> str:
        out = StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("publish_scheduled", stdout=out)
        return out.getvalue()

    return run


def schedule_issue(client, issue, when: str, **typed):
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    data = {**form_data(client.get(url), "publish-form"), "publish_at": when, **typed}
    return client.post(url, data, follow=True)


def test_an_issue_scheduled_in_the_desk_goes_public_at_its_time_feeds_too(
    seed_with_a2, editor, editor_client, clock, publish_scheduled
):
    issue = Issue.objects.get()
    story = Article.objects.first()
    reader = Client()
    feed = f"/{issue.publication.slug}/feed.xml"
    html = schedule_issue(editor_client, issue, "2020-07-09T06:00").content.decode()
    assert "将于 2020-07-09 06:00 自动发布" in html
    issue.refresh_from_db()
    assert issue.publish_at == datetime(2020, 7, 9, 6, 0, tzinfo=SHANGHAI)
    assert issue.publish_by == editor and issue.status == Status.DRAFT

    assert reader.get(issue.get_absolute_url()).status_code == 404
    assert story.headline not in reader.get(feed).content.decode()  # cached from here on
    clock.set(2020, 7, 9, 5, 59)
    assert publish_scheduled() == ""
    assert reader.get(issue.get_absolute_url()).status_code == 404

    clock.set(2020, 7, 9, 6, 0)
    assert "定时发布" in publish_scheduled()
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED and issue.publish_at is None
    assert issue.published_at == datetime(2020, 7, 9, 6, 0, tzinfo=SHANGHAI)
    record = issue.history.first()
    assert record.history_change_reason == "定时发布" and record.history_user == editor
    assert reader.get(issue.get_absolute_url()).status_code == 200
    assert reader.get(story.get_absolute_url()).status_code == 200
    assert story.headline in reader.get(feed).content.decode()

    records = issue.history.count()
    assert publish_scheduled() == ""  # again: nothing left to do
    assert issue.history.count() == records


def test_a_story_scheduled_from_the_story_list_goes_public_at_its_time(
    seed_with_a2, editor_client, clock, publish_scheduled
):
    issue_publish(issue=Issue.objects.get())
    story = Article.objects.first()
    stories_unpublish(articles=[story])
    cache.clear()  # what the commit of the withdrawal does
    form = {"action": "schedule_selected", "_selected_action": [str(story.pk)], "index": "0"}
    page = editor_client.post(CHANGELIST, form)
    assert "定时发布所选稿件" in page.content.decode()
    data = {**form_data(page, "schedule-form"), "publish_at": "2020-07-09T07:30", "confirm": "1"}
    html = editor_client.post(CHANGELIST, data, follow=True).content.decode()
    assert "1 篇稿件将于 2020-07-09 07:30 自动发布" in html
    reader = Client()
    feed = f"/{story.issue.publication.slug}/feed.xml"
    assert reader.get(story.get_absolute_url()).status_code == 404
    assert story.headline not in reader.get(feed).content.decode()

    clock.set(2020, 7, 9, 7, 30)
    publish_scheduled()
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED and story.publish_at is None
    assert reader.get(story.get_absolute_url()).status_code == 200
    assert story.headline in reader.get(feed).content.decode()


def test_a_time_already_past_is_refused(seed_with_a2, editor_client, clock):
    issue = Issue.objects.get()
    html = schedule_issue(editor_client, issue, "2020-07-09T04:59").content.decode()
    assert "已过" in html
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.status == Status.DRAFT


def test_a_time_in_the_minute_now_running_is_taken_and_published_at_the_next_run(
    seed_with_a2, editor_client, clock, publish_scheduled
):
    clock.set(2020, 7, 9, 5, 0, 40)  # the desk's field is to the minute: 05:00 is "now"
    issue = Issue.objects.get()
    html = schedule_issue(editor_client, issue, "2020-07-09T05:00").content.decode()
    assert "已过" not in html
    issue.refresh_from_db()
    assert timezone.localtime(issue.publish_at, SHANGHAI).strftime("%H:%M") == "05:00"
    publish_scheduled()
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED


def test_a_scheduled_issue_can_be_cancelled(seed_with_a2, editor_client, clock, publish_scheduled):
    issue = Issue.objects.get()
    schedule_issue(editor_client, issue, "2020-07-09T06:00")
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    page = editor_client.get(url)
    assert "取消定时发布" in page.content.decode()
    editor_client.post(url, {**form_data(page, "unschedule-form"), "unschedule": "1"})
    clock.set(2020, 7, 9, 6, 0)
    publish_scheduled()
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.status == Status.DRAFT


def test_a_schedule_that_can_no_longer_be_kept_is_cleared_and_reported(
    seed_with_a2, chief_client, clock, publish_scheduled
):
    Publication.objects.update(review_required=True)
    story = Article.objects.first()
    run = {"_selected_action": [str(story.pk)], "index": "0"}
    chief_client.post(CHANGELIST, {**run, "action": "sign_off_selected"})
    page = chief_client.post(CHANGELIST, {**run, "action": "schedule_selected"})
    data = {**form_data(page, "schedule-form"), "publish_at": "2020-07-09T08:00", "confirm": "1"}
    chief_client.post(CHANGELIST, data)
    chief_client.post(CHANGELIST, {**run, "action": "return_selected"})  # sign-off withdrawn
    story.refresh_from_db()
    assert story.publish_at is not None and story.status == Status.DRAFT

    clock.set(2020, 7, 9, 8, 0)
    with pytest.raises(CommandError, match="定时发布未成功"):
        publish_scheduled()
    story.refresh_from_db()
    assert story.status == Status.DRAFT and story.publish_at is None
    assert story.history.first().history_change_reason.startswith("定时发布未成功：")
    assert publish_scheduled() == ""  # reported once


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks: SQLite runs one writer at a time"
)
def test_a_second_run_at_the_same_moment_skips_what_the_first_holds(seed_with_a2):
    issue = Issue.objects.get()
    due = datetime(2020, 7, 9, 6, 0, tzinfo=SHANGHAI)
    Issue.objects.filter(pk=issue.pk).update(publish_at=due)  # every chain whole
    held, release = threading.Event(), threading.Event()

    def first_run_holding_the_row():
        try:
            with transaction.atomic():
                Issue.objects.select_for_update().get(pk=issue.pk)
                held.set()
                release.wait(30)
        finally:
            connections.close_all()

    holder = threading.Thread(target=first_run_holding_the_row)
    holder.start()
    try:
        assert held.wait(30)
        run = publish_due(now=due)  # does not wait for the held row
        assert run.published == [] and run.failed == []
    finally:
        release.set()
        holder.join(30)
    assert Issue.objects.get().status == Status.DRAFT
    assert len(publish_due(now=due).published) == 1
    assert Issue.objects.get().status == Status.PUBLISHED
