"""An issue whose background import (导入任务) is still going is not published halfway: 发布本期,
发布所选的期 and a scheduled publication name the run and refuse; the publish page says so
before the editor submits. A run whose worker stopped reporting (已中断) does not hold it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import ImportRun, Issue, Page, Status
from articles.scheduling import publish_due
from tests.admin.test_upload_runs import (
    files,
    kill_on_page,
    preview_and_confirm,
    worker,  # noqa: F401  (the fixture)
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def halfway(editor_client, worker, monkeypatch):  # noqa: F811
    """Six pages uploaded; the worker has imported A1 and A2 and is still going (it reports)."""
    preview_and_confirm(editor_client, files(6))
    kill_on_page(monkeypatch, "A3")
    worker()
    monkeypatch.undo()
    ImportRun.objects.update(heartbeat_at=timezone.now())
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A2"]
    return ImportRun.objects.get()


def publish_url(issue):
    return reverse("admin:articles_issue_publish", args=[issue.pk])


def test_the_publish_page_names_the_running_import_and_publishing_is_refused(
    editor_client, halfway
):
    issue = Issue.objects.get()
    page = editor_client.get(publish_url(issue)).content.decode()
    assert f"导入任务 #{halfway.pk} 还在导入，已 2/6 版" in page
    assert "A3、A4、A5、A6版还在路上" in page
    posted = editor_client.post(publish_url(issue), {"acknowledge_broken": "on"})
    assert posted.status_code == 200
    said = posted.content.decode()
    assert f"导入任务 #{halfway.pk} 还在导入，已 2/6 版（A3、A4、A5、A6版还没到）" in said
    assert "请等导入任务完成后再发布" in said
    assert Issue.objects.get().status == Status.DRAFT


def test_publish_selected_refuses_an_issue_still_being_imported(editor_client, halfway):
    issue = Issue.objects.get()
    changelist = reverse("admin:articles_issue_changelist")
    data = {"action": "publish_selected", "_selected_action": [issue.pk]}
    confirm = editor_client.post(changelist, data).content.decode()
    assert f"导入任务 #{halfway.pk} 还在导入" in confirm
    done = editor_client.post(changelist, {**data, "confirm": "1"}, follow=True)
    assert f"导入任务 #{halfway.pk} 还在导入" in done.content.decode()
    assert Issue.objects.get().status == Status.DRAFT


def test_a_scheduled_publication_at_its_time_is_refused_naming_the_run(halfway):
    Issue.objects.update(publish_at=timezone.now() - timedelta(minutes=1))
    run = publish_due()
    assert Issue.objects.get().status == Status.DRAFT
    assert run.failed and f"导入任务 #{halfway.pk} 还在导入" in run.failed[0]


def test_an_interrupted_run_does_not_hold_the_issue_back(editor_client, halfway):
    ImportRun.objects.update(heartbeat_at=timezone.now() - timedelta(minutes=10))
    issue = Issue.objects.get()
    editor_client.post(publish_url(issue), {"acknowledge_broken": "on"})
    assert Issue.objects.get().status == Status.PUBLISHED
