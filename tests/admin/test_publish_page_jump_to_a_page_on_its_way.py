"""发布本期 lists a 下转 to a page not imported yet as on its way when a background import
(导入任务) still going has that page to do: ``A2版正在导入（导入任务 #7），导入后会自动接上``, not
“目标版面尚未导入”, which reads as if nothing were coming."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import ImportRun, ImportRunState, Issue

pytestmark = pytest.mark.django_db
MARKER = "（下转A2版）："


def run_importing(issue: Issue, *, label: str, **fields) -> ImportRun:
    """A run going (its worker reporting unless ``fields`` say otherwise) with ``label`` to do."""
    item = {
        "issue_date": issue.date.isoformat(),
        "paper_name": issue.publication.name,
        "paper_slug": issue.publication.slug,
        "label": label,
    }
    return ImportRun.objects.create(
        items=[item],
        results=[],
        **{"state": ImportRunState.RUNNING, "heartbeat_at": timezone.now(), **fields},
    )


def publish_page(client, issue: Issue) -> str:
    response = client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_jump_to_a_page_a_running_import_has_yet_to_do_says_it_is_being_imported(
    editor_client, seed
):
    issue = Issue.objects.select_related("publication").get()
    run = run_importing(issue, label="A2")
    page = publish_page(editor_client, issue)
    assert f"{MARKER}A2版正在导入（导入任务 #{run.pk}），导入后会自动接上" in page
    assert "A2版还没有导入" not in page


def test_without_an_import_going_the_page_is_said_not_imported(editor_client, seed):
    issue = Issue.objects.select_related("publication").get()
    run_importing(issue, label="A3")  # another page
    run_importing(issue, label="A2", heartbeat_at=timezone.now() - timedelta(hours=1))  # 已中断
    page = publish_page(editor_client, issue)
    assert f"{MARKER}目标版面尚未导入（A2版还没有导入；导入后会自动接上）" in page
    assert "A2版正在导入" not in page
