"""编辑部最近的操作 on the desk's home lists the night's decisions, not only form saves: 签发,
发布本期 with its 未签发破例 reason (one line, not one a story), 撤回 of a story, 撤回发布 and
定时发布 of an issue, a re-sent page and a background upload, from the records that exist
(history, import runs), in a fixed number of queries. The issue's history page lists what was
done to its pages and stories too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.activity import desk_activity
from articles.admin.changelog import desk_recent
from articles.importing.runs import run_create
from articles.models import Article, Issue, Publication
from tests.admin.conftest import form_data
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db

ACTION = admin.helpers.ACTION_CHECKBOX_NAME


@pytest.fixture
def night(chief_client, editor_client, editor, seed_with_a2) -> Issue:
    """A night on a paper that requires sign-off: two stories signed off, the issue published
    with an override, one story withdrawn, the issue withdrawn and scheduled again, A1 re-sent
    with a correction and a background upload."""
    import_text(SEED.read_text().replace("王晖指出", "王晖强调"), "A1")  # A1 re-sent
    Publication.objects.update(review_required=True)
    issue = Issue.objects.get()
    stories = list(issue.articles.order_by("pk"))
    changelist = reverse("admin:articles_article_changelist")
    chief_client.post(
        changelist,
        {"action": "sign_off_selected", ACTION: [stories[0].pk, stories[1].pk]},
    )
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    data = form_data(chief_client.get(url), "publish-form")
    data.update(acknowledge_broken="on", override_reason="抢发突发新闻")
    assert chief_client.post(url, data).status_code == 302
    chief_client.post(changelist, {"action": "unpublish_selected", ACTION: [stories[2].pk]})
    chief_client.post(
        reverse("admin:articles_issue_changelist"),
        {"action": "unpublish_selected", ACTION: [issue.pk]},
    )
    later = timezone.localtime() + timedelta(hours=3)
    data = form_data(chief_client.get(url), "publish-form")
    data.update(
        acknowledge_broken="on",
        override_reason="抢发突发新闻",
        publish_at=later.strftime("%Y-%m-%dT%H:%M"),
    )
    assert chief_client.post(url, data).status_code == 302
    run_create(
        [{"label": "A3", "issue_date": "2020-07-09", "paper_name": "南通日报", "paper_slug": ""}],
        overwrite_edited=False,
        publish_new=False,
        user=editor,
    )
    return issue


def home(client) -> str:
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="recent-actions-module"')[1].split("</ul>")[0]


def test_the_home_lists_the_nights_decisions(editor_client, night):
    listed = home(editor_client)
    assert "签发：" in listed and "desk-chief" in listed
    assert "发布（未签发破例：抢发突发新闻）：南通日报 2020-07-09" in listed
    assert "撤回发布：南通日报 2020-07-09" in listed  # the issue
    assert "撤回发布：南通日报 2020-07-09 A" in listed  # the story, on its own line
    assert "设定定时发布" in listed
    assert "重新导入A1.txt" in listed
    assert "上传版面（导入任务 #" in listed and "A3版" in listed


def test_publishing_an_issue_is_one_line_not_one_a_story(night):
    lines = [line.text for line in desk_activity(limit=50)]
    assert not any(text.startswith("发布：") for text in lines), lines
    assert len([t for t in lines if t.startswith("发布（未签发破例")]) == 1, lines


def test_the_list_takes_a_fixed_number_of_queries(night):
    with CaptureQueriesContext(connection) as queries:
        desk_recent()
    assert len(queries) <= 5, [q["sql"][:80] for q in queries]


def test_the_issues_history_lists_its_re_sent_page_and_uploads(editor_client, night):
    html = editor_client.get(reverse("admin:articles_issue_history", args=[night.pk]))
    text = html.content.decode()
    assert 'id="issue-activity"' in text
    section = text.split('id="issue-activity"')[1].split("</div>")[0]
    assert "重新导入A1.txt" in section and "上传版面" in section and "签发：" in section
    assert Article.objects.filter(issue=night).exists()
