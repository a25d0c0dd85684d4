"""定时发布's rules (README, Sign-off and scheduled publishing; ``articles/scheduling.py``):

- a schedule is an instruction to publish once, at that time: an editor who publishes or
  withdraws the story first, by any path (a list action, a save of the story however made), has
  decided instead, so the time ends, with a history record saying so, and cron undoes nothing;
- publishing an issue leaves a story scheduled for later to its own time (an embargo holds), and
  says which and when;
- a scheduled issue remembers which broken chains its editor acknowledged: one broken after the
  time was set stops the publication at its time, named, with what to do.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Status
from articles.publishing import (
    issue_publish,
    stories_publish,
    stories_unpublish,
)
from articles.scheduling import (
    issue_schedule,
    local_text,
    publish_due,
    stories_schedule,
)
from articles.spreadsheets import ArticleResource
from tests.admin.conftest import JUMPS, editor, form_data, groups  # noqa: F401
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

AHEAD = timedelta(hours=8)
A_MINUTE = timedelta(minutes=1)

LATE_PAGE = """城北公园完成提升改造

本报讯（记者 赵敏）城北公园提升改造工程近日完工，新增步道三公里。（下转A7版）
"""


@pytest.fixture
def draft_story(db):
    """Story 1 of the seed issue, a draft in a draft issue."""
    import_seed()
    return Article.objects.get(position=1)


def scheduled(story, at=None):
    at = at or timezone.now() + AHEAD
    stories_schedule(articles=[story], at=at)
    story.refresh_from_db()
    return at


def last_reason(story) -> str:
    return story.history.first().history_change_reason or ""


# A deliberate publish or withdrawal ends a story's schedule ------------------------------------


def test_publishing_a_scheduled_story_by_a_save_ends_its_schedule_with_a_history_record(
    draft_story,
):
    at = scheduled(draft_story)
    draft_story.status = Status.PUBLISHED
    draft_story.save(update_fields=["status"])  # the stored time is read, not the instance's
    draft_story.refresh_from_db()
    assert draft_story.publish_at is None and draft_story.publish_by is None
    assert last_reason(draft_story) == f"稿件已发布，原定 {local_text(at)} 的定时发布随之取消"


def test_a_published_story_withdrawn_by_a_save_keeps_no_old_time_for_cron(draft_story):
    at = timezone.now() + AHEAD
    draft_story.status = Status.PUBLISHED
    draft_story.save()
    Article.objects.filter(pk=draft_story.pk).update(publish_at=at)  # a time left from before
    draft_story.refresh_from_db()
    draft_story.status = Status.DRAFT
    draft_story.save()
    publish_due(now=at + A_MINUTE)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.DRAFT and draft_story.publish_at is None
    assert last_reason(draft_story).startswith("稿件已撤回，原定 ")


def test_a_change_of_status_that_neither_publishes_nor_withdraws_keeps_the_schedule(draft_story):
    at = scheduled(draft_story)
    draft_story.status = Status.REVIEW
    draft_story.save()
    draft_story.refresh_from_db()
    assert draft_story.publish_at == at


def test_publishing_a_published_story_from_the_list_ends_the_time_it_kept(draft_story):
    at = timezone.now() + AHEAD
    Article.objects.filter(pk=draft_story.pk).update(status=Status.PUBLISHED, publish_at=at)
    report = stories_publish(articles=[draft_story])
    draft_story.refresh_from_db()
    assert report.changed == 0 and draft_story.publish_at is None
    assert (
        f"1 篇原定的定时发布随之取消（“{draft_story}”（原定 {local_text(at)}））" in report.summary
    )
    assert last_reason(draft_story) == f"发布；原定 {local_text(at)} 的定时发布随之取消"


def test_withdrawing_a_scheduled_draft_from_the_list_ends_its_schedule(draft_story):
    at = scheduled(draft_story)
    report = stories_unpublish(articles=[draft_story])
    publish_due(now=at + A_MINUTE)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.DRAFT and draft_story.publish_at is None
    assert "定时发布随之取消" in report.summary


def test_the_scheduled_publication_itself_is_recorded_as_done_not_cancelled(draft_story):
    at = scheduled(draft_story)
    run = publish_due(now=at + A_MINUTE)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.PUBLISHED and draft_story.publish_at is None
    assert last_reason(draft_story) == "定时发布"
    assert "随之取消" not in run.published[0]


def test_the_story_form_says_that_publishing_ended_the_schedule(draft_story, editor_client):
    at = scheduled(draft_story)
    url = reverse("admin:articles_article_change", args=[draft_story.pk])
    data = {**form_data(editor_client.get(url)), "status": Status.PUBLISHED, "_save": "1"}
    html = editor_client.post(url, data, follow=True).content.decode()
    assert f"原定 {local_text(at)} 的定时发布随之取消" in html
    draft_story.refresh_from_db()
    assert draft_story.publish_at is None


def test_a_spreadsheet_row_that_publishes_a_scheduled_story_ends_its_schedule(
    draft_story,
    editor,  # noqa: F811
):
    at = scheduled(draft_story)
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    place = ds.headers.index("版次"), ds.headers.index("位置")
    row = next(r for r in rows if (r[place[0]], str(r[place[1]])) == ("A1", "1"))
    row[ds.headers.index("状态")] = "已发布"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=editor)
    assert result.totals["update"] == 1, [r.error_dict for r in result.invalid_rows]
    publish_due(now=at + A_MINUTE)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.PUBLISHED and draft_story.publish_at is None
    assert "定时发布随之取消" in last_reason(draft_story)


# Publishing an issue leaves a story scheduled for later to its time -----------------------------


def test_a_story_whose_time_has_come_is_published_with_its_issue(draft_story):
    Article.objects.filter(pk=draft_story.pk).update(publish_at=timezone.now() - A_MINUTE)
    report = issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.PUBLISHED and draft_story.publish_at is None
    assert report.scheduled == []


def test_the_publish_page_and_the_command_name_the_stories_left_to_their_time(
    draft_story, editor_client
):
    at = scheduled(draft_story)
    issue = Issue.objects.get()
    page = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    assert f"A1版“{draft_story.title}”：{local_text(at)} 自动发布" in page.content.decode()

    out = StringIO()
    call_command(
        "publish_issue",
        paper="nantong-daily",
        date="2020-07-09",
        acknowledge_broken=True,
        stdout=out,
    )
    text = out.getvalue()
    assert "1 篇稿件定时发布，仍等到时自动发布" in text
    assert f"仍等定时发布：A1版“{draft_story.title}”（{local_text(at)} 定时发布）" in text
    draft_story.refresh_from_db()
    assert draft_story.status == Status.DRAFT and draft_story.publish_at == at


def test_a_story_left_by_its_issue_goes_public_at_its_own_time(draft_story):
    at = scheduled(draft_story)
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    reader = Client()
    assert reader.get(draft_story.get_absolute_url()).status_code == 404
    publish_due(now=at + A_MINUTE)
    assert reader.get(draft_story.get_absolute_url()).status_code == 200


def test_a_scheduled_issue_leaves_a_story_scheduled_after_it_to_its_time(draft_story):
    story_at = scheduled(draft_story)
    issue = Issue.objects.get()
    issue_at = story_at - timedelta(hours=2)
    message = issue_schedule(issue=issue, at=issue_at, acknowledge_broken=True)
    assert f"1 篇稿件定时在这之后，到时再自动发布（“{draft_story}”（{local_text(story_at)}））" in (
        message
    )
    publish_due(now=issue_at + A_MINUTE)
    issue.refresh_from_db()
    draft_story.refresh_from_db()
    assert issue.status == Status.PUBLISHED
    assert draft_story.status == Status.DRAFT and draft_story.publish_at == story_at
    publish_due(now=story_at + A_MINUTE)
    draft_story.refresh_from_db()
    assert draft_story.status == Status.PUBLISHED


def test_scheduling_a_story_of_a_draft_issue_says_it_needs_both_the_issue_and_the_time(
    draft_story,
):
    message = stories_schedule(articles=[draft_story], at=timezone.now() + AHEAD)
    assert "读者要等这一期发布、且到了这个时间才能看到" in message
    assert "先发布这一期，这些稿件仍等到时自动发布" in message


# A scheduled issue remembers which broken chains were acknowledged -----------------------------


@pytest.fixture
def issue_scheduled(db):
    """The seed issue (four jumps to A2 not yet imported) scheduled eight hours ahead, the
    four acknowledged."""
    import_seed()
    issue = Issue.objects.get()
    at = timezone.now() + AHEAD
    issue_schedule(issue=issue, at=at, acknowledge_broken=True)
    issue.refresh_from_db()
    return issue, at


def test_the_chains_acknowledged_are_remembered_by_page_place_and_marker(issue_scheduled):
    issue, _ = issue_scheduled
    chains = issue.publish_acknowledged_chains
    assert len(chains) == 4
    assert all(key.startswith("A1版#") and key.endswith("（下转A2版）") for key in chains)


def test_a_scheduled_issue_whose_chains_are_as_acknowledged_is_published(issue_scheduled):
    issue, at = issue_scheduled
    run = publish_due(now=at + A_MINUTE)
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED and not run.failed


def test_a_chain_mended_after_scheduling_does_not_stop_the_publication(issue_scheduled):
    issue, at = issue_scheduled
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    publish_due(now=at + A_MINUTE)
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED


def test_a_chain_broken_after_scheduling_is_named_with_what_to_do_and_the_time_cleared(
    issue_scheduled,
):
    issue, at = issue_scheduled
    import_text(LATE_PAGE, "A3")
    run = publish_due(now=at + A_MINUTE)
    issue.refresh_from_db()
    assert issue.status == Status.DRAFT and issue.publish_at is None
    assert issue.publish_acknowledged_chains == []
    (failure,) = run.failed
    assert "设定定时发布之后又有 1 处转版未接好" in failure
    assert "A3版" in failure and "（下转A7版）" in failure and "A2版" not in failure
    assert "再重新设定定时发布" in failure
    assert issue.history.first().history_change_reason.startswith("定时发布未成功：")


def test_the_command_reports_a_chain_broken_after_scheduling_and_fails(
    issue_scheduled, monkeypatch
):
    issue, at = issue_scheduled
    import_text(LATE_PAGE, "A3")
    monkeypatch.setattr(timezone, "now", lambda: at + A_MINUTE)
    err = StringIO()
    with pytest.raises(CommandError, match="定时发布未成功"):
        call_command("publish_scheduled", stdout=StringIO(), stderr=err)
    assert "A3版" in err.getvalue() and "（下转A7版）" in err.getvalue()
    issue.refresh_from_db()
    assert issue.status == Status.DRAFT
