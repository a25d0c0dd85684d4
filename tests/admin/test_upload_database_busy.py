"""SQLite's ``database is locked`` at the desk's upload and in the background import is said in
Chinese (数据库正忙…什么都没有写入…请稍后重试), not a server error or a dead task: the preview
shows the form again, the confirmation its preview again, and a background page its own error
while the run's other pages go on. Simulated: the import service raises it."""

import sqlite3
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError

from articles.admin import upload as desk_upload
from articles.importing import UploadItem, upload_run
from articles.importing import runs as background
from articles.models import ImportRun, Page
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "岚川晚报", "paper_slug": "lanchuan-evening", "issue_date": "2026-03-08"}


def page(label: str) -> bytes:
    return (
        f"岚川晚报　2026年3月8日　{label}　要闻\n\n{label}版河道清淤完工\n\n"
        "本报讯（记者 程远）城南三条河道清淤工程昨天完工，河水清了不少。\n"
    ).encode()


def busy(*args, **kwargs):
    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as driver:
        raise OperationalError("database is locked") from driver


def test_a_preview_on_a_locked_database_says_so_on_the_form(editor_client, monkeypatch):
    monkeypatch.setattr(desk_upload, "upload_run", busy)
    files = [SimpleUploadedFile("A1.txt", page("A1"), content_type="text/plain")]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    html = response.content.decode()
    assert response.status_code == 200
    assert "数据库正忙：" in html and "这次预览没有完成，什么都没有写入" in html
    assert "database is locked" not in html and 'name="confirm"' not in html


def test_a_confirmation_on_a_locked_database_shows_its_preview_again(editor_client, monkeypatch):
    files = [SimpleUploadedFile("A1.txt", page("A1"), content_type="text/plain")]
    preview = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    data = {**form_data(preview, "confirm-form"), "confirm": "1"}
    real = desk_upload.upload_run

    def busy_when_writing(items, *, dry_run, **options):
        return real(items, dry_run=dry_run, **options) if dry_run else busy()

    monkeypatch.setattr(desk_upload, "upload_run", busy_when_writing)
    response = editor_client.post(UPLOAD, data)
    html = response.content.decode()
    assert response.status_code == 200 and 'name="confirm"' in html  # confirm again later
    assert "这次导入没有完成，什么都没有写入" in html and "再点“确认导入”" in html
    assert not Page.objects.exists()

    monkeypatch.setattr(desk_upload, "upload_run", real)  # the lock is gone: it goes through
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"})
    assert done.status_code == 302 and Page.objects.count() == 1


def test_a_background_page_on_a_locked_database_fails_alone(editor, monkeypatch):
    items = [
        UploadItem(
            name=f"{label}.txt",
            data=page(label),
            paper_name="岚川晚报",
            paper_slug="lanchuan-evening",
            issue_date=date(2026, 3, 8),
            label=label,
        )
        for label in ("A1", "A2")
    ]
    run = background.run_create(
        [item.as_session() for item in items],
        overwrite_edited=False,
        publish_new=False,
        user=editor,
    )

    def busy_on_a1(pages, **options):
        return busy() if pages[0].label == "A1" else upload_run(pages, **options)

    monkeypatch.setattr(background, "upload_run", busy_on_a1)
    result = background.run_execute(run.pk, run.attempt)
    assert result == {"state": "failed", "done": 1, "failed": 1}
    first, second = ImportRun.objects.get(pk=run.pk).results
    assert not first["ok"] and first["error"].startswith("数据库正忙：")
    assert "这一版没有完成，什么都没有写入" in first["error"] and "重新运行" in first["error"]
    assert second["ok"] and Page.objects.get().label == "A2"
