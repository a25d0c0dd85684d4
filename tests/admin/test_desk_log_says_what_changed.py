"""The desk's log and history say in Chinese what an editor changed, and nothing else: a
spreadsheet row is ``表格导入：修改`` (not django-import-export's ``update through
import_export``), the stale-form guard's hidden version is no change, a save that changed
nothing logs nothing, and a story's "导入时的版本" is dated at its import, not at the first
edit. Found by the fresh review of 2026-12-05."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse
from django.utils import timezone

from articles import editing
from articles.editing import BASELINE_REASON, history_baseline
from articles.models import Article, Page, Photo, Publication
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    edit_headlines,
    export,
    import_confirm,
    import_preview,
)

pytestmark = pytest.mark.django_db


def test_a_spreadsheet_row_is_logged_in_chinese(editor_client, seed):
    ds = dataset(export(editor_client, "article", CSV), CSV)
    edit_headlines(ds, {0: "表格里改过的标题"})
    import_confirm(
        editor_client, "article", import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    )
    messages = list(LogEntry.objects.values_list("change_message", flat=True))
    assert messages == ["表格导入：修改"]
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "表格导入：修改" in html and "import_export" not in html


def test_an_entry_logged_in_english_before_is_shown_in_chinese(editor_client, editor, seed):
    story = Article.objects.order_by("pk").first()
    LogEntry.objects.log_actions(
        editor.pk,
        [story],
        CHANGE,
        change_message="update through import_export",
        single_object=True,
    )
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "表格导入：修改" in html and "through import_export" not in html


def test_the_hidden_version_is_no_change(editor_client, seed):
    story = Article.objects.order_by("pk").first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(editor_client.get(url)), "headline": "改过的标题", "_save": "保存"}
    assert editor_client.post(url, data).status_code == 302
    entry = LogEntry.objects.get()
    assert "标题" in entry.get_change_message() or "主题" in entry.get_change_message()
    assert "打开时的版本" not in entry.get_change_message()


def test_a_save_that_changes_nothing_logs_nothing(editor_client, seed):
    paper = Publication.objects.get()
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    data = {**form_data(editor_client.get(url)), "_save": "保存"}
    assert editor_client.post(url, data).status_code == 302
    assert not LogEntry.objects.exists()


def test_the_import_version_is_dated_at_the_import(editor_client, seed):
    imported = timezone.now() - timedelta(minutes=4, seconds=25)
    Article.objects.update(updated_at=imported)
    Page.objects.update(imported_at=imported)
    story = Article.objects.order_by("pk").first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(editor_client.get(url)), "headline": "改过的标题", "_save": "保存"}
    assert editor_client.post(url, data).status_code == 302
    baseline, edit = story.history.order_by("history_date")
    assert baseline.history_change_reason == BASELINE_REASON
    assert baseline.history_date == imported < edit.history_date


def test_an_import_version_of_unknown_time_says_so(seed):
    Page.objects.update(imported_at=None)
    photo = Photo.objects.order_by("pk").first()
    history_baseline([photo])
    record = photo.history.get()
    assert record.history_change_reason == getattr(editing, "BASELINE_UNDATED_REASON", "?")
    assert "不详" in record.history_change_reason
