"""重新运行 imports a run's remaining pages with the permissions of whoever clicks it, recorded
as the run's 运行人, not the uploader's: an editor re-running a chief editor's run of a
published page on a paper that requires sign-off is refused for that page as the editor's own
upload would be, and a chief editor re-running it imports it. (A reviewer's editor re-ran a
chief's stopped import of a published A1 with another 版名 and it went through as the chief.)"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, ImportRun, Page
from tests.admin.conftest import form_data
from tests.admin.test_published_page_face_upload import headed_a1, published, section  # noqa: F401
from tests.admin.test_upload import SEED_FIELDS, preview
from tests.admin.test_upload_runs import worker  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def stopped_chiefs_run(chief_client, published, settings):  # noqa: F811
    """The chief editor's background import of A1 with a 版名 (published, sign-off paper),
    stopped before its worker took it: 重新运行 is offered."""
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0
    shown = preview(chief_client, [headed_a1()], **SEED_FIELDS)
    chief_client.post(shown.wsgi_request.path, form_data(shown, "confirm-form") | {"confirm": "1"})
    run = ImportRun.objects.get()
    progress = chief_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    chief_client.post(
        reverse("admin:articles_page_upload_run_stop", args=[run.pk]),
        form_data(progress, "stop-form"),
    )
    run.refresh_from_db()
    assert run.may_rerun and run.run_by.username == "desk-chief"
    return run


def rerun(client, run):
    progress = client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    done = client.post(
        reverse("admin:articles_page_upload_run_rerun", args=[run.pk]),
        form_data(progress, "rerun-form"),
    )
    assert done.status_code == 302
    return done


def test_an_editor_rerunning_a_chiefs_run_of_a_published_page_is_refused_as_an_editor(
    editor_client,
    stopped_chiefs_run,
    worker,  # noqa: F811
):
    done = rerun(editor_client, stopped_chiefs_run)
    assert any("按您（desk-editor）的权限导入" in str(m) for m in done.wsgi_request._messages)
    worker()
    run = ImportRun.objects.get()
    assert run.run_by.username == "desk-editor" and run.created_by.username == "desk-chief"
    (entry,) = run.results
    assert not entry["ok"] and "版名（原为空）→“要闻”，只有总编辑（签发权限）" in entry["error"]
    assert section() == ""
    page = editor_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    assert "重新运行人：desk-editor（按其权限导入）" in page.content.decode()


def test_a_chief_editor_rerunning_it_imports_the_page(
    chief_client,
    stopped_chiefs_run,
    worker,  # noqa: F811
):
    rerun(chief_client, stopped_chiefs_run)
    worker()
    (entry,) = ImportRun.objects.get().results
    assert entry["ok"] and Page.objects.get(label="A1").section == "要闻"


def test_an_editor_rerunning_a_chiefs_import_and_publish_publishes_nothing(
    chief_client,
    editor_client,
    settings,
    worker,  # noqa: F811
):
    from tests.admin.test_upload_signoff import paper_issue
    from tests.admin.test_upload_signoff import preview as late_preview

    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0
    paper_issue(review=True)
    shown = late_preview(chief_client)
    data = form_data(shown, "confirm-form") | {"confirm": "publish"}
    chief_client.post(shown.wsgi_request.path, data)
    run = ImportRun.objects.get()
    assert run.publish_new
    progress = chief_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    chief_client.post(
        reverse("admin:articles_page_upload_run_stop", args=[run.pk]),
        form_data(progress, "stop-form"),
    )
    rerun(editor_client, run)
    worker()
    (entry,) = ImportRun.objects.get().results
    assert not entry["ok"] and "没有发布任何稿件" in entry["error"] and "须经签发" in entry["error"]
    assert not Article.objects.filter(headline="老街茶馆重新挂牌").exists()
