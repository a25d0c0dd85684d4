"""Files of a preview that was never confirmed nor replaced (the editor closed the tab) are
removed a day later, when any preview is made; files the new preview or a run still needs stay
(fresh review, 2026-12-01: nothing pruned imports/)."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.admin.uploadpending import pending_owner
from articles.importing.runs import waiting_prune
from articles.importing.uploaditems import waiting_file
from articles.models import ImportRun

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAGE = "标题\n\n本报讯 市区新增两条公交线路，方便市民出行。\n".encode()


@pytest.fixture
def ages(monkeypatch):
    """{stored name: age}: the storage's modified times, as if files had waited that long."""
    aged: dict[str, timedelta] = {}
    monkeypatch.setattr(
        default_storage,
        "get_modified_time",
        lambda name: timezone.now() - aged.get(name, timedelta(0)),
    )
    return aged


def _waiting(name: str) -> str:
    return default_storage.save(f"imports/{name[:2]}/{name}", ContentFile(b"page"))


def _preview(client):
    return client.post(
        UPLOAD,
        {
            "files": [SimpleUploadedFile("A3.txt", PAGE, content_type="text/plain")],
            "paper": "南通日报",
            "issue_date": "2020-07-09",
            "preview": "1",
        },
    )


def test_a_preview_removes_files_abandoned_a_day_ago(ages, editor_client):
    old, recent = _waiting("aa11.txt"), _waiting("bb22.txt")
    ages[old], ages[recent] = timedelta(days=2), timedelta(minutes=5)
    assert _preview(editor_client).status_code == 200
    assert not default_storage.exists(old)
    assert default_storage.exists(recent)  # a preview still open in another tab


def test_an_old_file_the_new_preview_uses_again_is_kept(ages, editor_client):
    session = editor_client.session
    owner = pending_owner(session)  # the desk session's mark, kept in it
    session.save()
    again = waiting_file(PAGE, ".txt", owner)  # uploaded in this session two days ago
    ages[again] = timedelta(days=2)
    assert _preview(editor_client).status_code == 200
    assert default_storage.exists(again)


def test_files_of_a_run_not_yet_done_are_kept_however_old(ages):
    needed = _waiting("cc33.txt")
    ages[needed] = timedelta(days=30)
    ImportRun.objects.create(items=[{"file": needed, "pdf_file": ""}])
    assert waiting_prune() == 0
    assert default_storage.exists(needed)
