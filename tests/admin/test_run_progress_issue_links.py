"""The background import's progress page leads on: a finished run links its new issue and
发布本期; 停止导入 ends a run where it is; the desk's home says an issue's missing pages are on
their way; pages are previewed and imported in print order, not upload order."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from articles.models import ImportRun, ImportRunState, Issue
from tests.admin.test_publish_while_importing import halfway  # noqa: F401  (the fixture)
from tests.admin.test_upload_runs import (
    FIELDS,
    edition_page,
    files,
    preview_and_confirm,
    worker,  # noqa: F401  (the fixture)
)

pytestmark = pytest.mark.django_db


def test_a_finished_run_links_its_new_issue_and_publish(editor_client, worker, settings):  # noqa: F811
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # every confirmation goes to the task worker
    preview_and_confirm(editor_client, files(3))
    worker()
    run = ImportRun.objects.get()
    issue = Issue.objects.get()
    page = editor_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    html = page.content.decode()
    assert f'href="{reverse("admin:articles_issue_publish", args=[issue.pk])}"' in html
    assert f"查看{issue}" in html


def test_stop_ends_a_running_import_and_publishing_goes_ahead(editor_client, halfway):  # noqa: F811
    page = editor_client.get(reverse("admin:articles_page_upload_run", args=[halfway.pk]))
    assert "停止导入" in page.content.decode()
    editor_client.post(reverse("admin:articles_page_upload_run_stop", args=[halfway.pk]))
    halfway.refresh_from_db()
    assert halfway.state == ImportRunState.FAILED and halfway.attempt == 2
    assert "已停止" in halfway.error and halfway.may_rerun
    issue = Issue.objects.get()
    editor_client.post(reverse("admin:articles_issue_publish", args=[issue.pk]), {})
    assert Issue.objects.get().status == "published"


def test_the_home_says_the_missing_pages_are_on_their_way(editor_client, halfway):  # noqa: F811
    ImportRun.objects.update(heartbeat_at=timezone.now())
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert f"导入任务 #{halfway.pk} 还在导入，已 2/6 版</a>：A3、A4、A5、A6版还在路上" in html


def test_pages_are_previewed_and_run_in_print_order(editor_client):
    uploads = [
        SimpleUploadedFile(f"A{n}.txt", edition_page(n), content_type="text/plain")
        for n in (18, 2, 12, 1)
    ]
    preview = editor_client.post("/admin/articles/page/upload/", {**FIELDS, "files": uploads})
    html = preview.content.decode()
    assert (
        html.index("A1.txt") < html.index("A2.txt") < html.index("A12.txt") < html.index("A18.txt")
    )
