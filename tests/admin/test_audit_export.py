"""导出修改记录: who changed what and when, for a lawyer, as one file. A reviewer found it only on
per-object history pages (``editor 撤回发布 状态：已发布 → 草稿`` on story 9's), no export on
any of them and ``/admin/admin/logentry/`` a 404. The desk's page writes every recorded change
(stories, issues, photos, pages and the rest of the admin log, import runs) in a date range, or
one story's from its history page, as XLSX or CSV: time in Beijing time with its offset, who,
what kind, which id, its title then, the action and the fields changed."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
import tablib
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.admin import auditrows
from articles.admin.auditrows import audit_rows
from articles.models import Article, Issue, Photo
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import browser_form

pytestmark = pytest.mark.django_db

ACTION = admin.helpers.ACTION_CHECKBOX_NAME
AUDIT = reverse("admin:audit_export")


@pytest.fixture
def night(editor_client, editor, seed):
    """A story's headline corrected at the desk, the issue published, the story withdrawn, a
    photo deleted: all by the editor."""
    story = Article.objects.order_by("page__sequence", "position").first()
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(change)) | {"headline": "改过的主题", "_save": "保存"}
    assert editor_client.post(change, data).status_code == 302
    issue_publish(issue=Issue.objects.get(), user=editor, acknowledge_broken=True)
    changelist = reverse("admin:articles_article_changelist")
    editor_client.post(changelist, {"action": "unpublish_selected", ACTION: [story.pk]})
    photo = Photo.objects.first()
    delete = reverse("admin:articles_photo_delete", args=[photo.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 302
    return {"story": Article.objects.get(pk=story.pk), "photo_id": photo.pk}


def download(client, address=AUDIT, **choices) -> tablib.Dataset:
    page = client.get(address)
    assert page.status_code == 200
    response = client.post(address, browser_form(page, "format", **choices))
    assert response.status_code == 200, response.content.decode()[:2000]
    assert response["Content-Disposition"].startswith("attachment")
    if choices.get("format") == "csv":
        return tablib.Dataset().load(response.content.decode("utf-8-sig"), format="csv")
    return tablib.Dataset().load(io.BytesIO(response.content), format="xlsx")


def test_the_desk_exports_every_change_of_the_night(editor_client, night):
    today = timezone.localdate().isoformat()
    ds = download(editor_client, start=today, end=today)
    assert ds.headers == list(auditrows.AUDIT_COLUMNS)
    rows = ds.dict
    story = str(night["story"].pk)
    withdrawn = [r for r in rows if r["对象类型"] == "稿件" and r["操作"] == "撤回发布"]
    assert [r["对象编号"] for r in withdrawn] == [story]
    assert withdrawn[0]["操作人"] == "desk-editor"
    assert "状态：已发布 → 草稿" in withdrawn[0]["改动"]
    assert withdrawn[0]["时间"].endswith("+08:00") and "T" in withdrawn[0]["时间"]
    edited = [r for r in rows if r["对象编号"] == story and "主题：" in (r["改动"] or "")]
    assert (
        edited
        and "改过的主题" in edited[0]["改动"]
        and edited[0]["标题（当时）"].endswith("改过的主题")
    )
    deleted = [r for r in rows if r["对象类型"] == "图片" and r["操作"].startswith("删除")]
    assert {r["对象编号"] for r in deleted} == {str(night["photo_id"])}
    assert {r["记录来源"] for r in deleted} == {"图片修改记录", "管理日志"}
    imported = [r for r in rows if r["对象类型"] == "版面" and r["操作"].startswith("导入版面文本")]
    assert [r["标题（当时）"] for r in imported] == ["南通日报 2020-07-09 A1版"]  # (import_pages)
    published = [r for r in rows if r["对象类型"] == "期" and r["操作"].startswith("发布")]
    assert published and published[0]["标题（当时）"] == "南通日报 2020-07-09"


def test_csv_too(editor_client, night):
    ds = download(editor_client, format="csv")
    assert ds.headers == list(auditrows.AUDIT_COLUMNS)
    assert any(r["操作"] == "撤回发布" for r in ds.dict)


def test_a_storys_history_page_exports_that_story_alone(editor_client, night):
    story = night["story"]
    history = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    html = history.content.decode()
    assert 'id="audit-link"' in html and "导出修改记录" in html
    link = html.split('id="audit-link"')[1].split('href="')[1].split('"')[0].replace("&amp;", "&")
    ds = download(editor_client, link)
    assert {r["对象编号"] for r in ds.dict} == {str(story.pk)}
    assert {r["对象类型"] for r in ds.dict} == {"稿件"}
    assert any(r["操作"] == "撤回发布" for r in ds.dict)


def test_a_range_leaves_out_what_is_before_it_and_compares_with_it(editor_client, night):
    story = night["story"]
    old = timezone.now() - timedelta(days=10)
    first = Article.history.filter(id=story.pk).order_by("history_date", "history_id").first()
    Article.history.filter(history_id=first.history_id).update(history_date=old)
    start = (timezone.localdate() - timedelta(days=1)).isoformat()
    ds = download(editor_client, start=start)
    times = [r["时间"] for r in ds.dict]
    assert times == sorted(times)
    assert old.isoformat()[:10] not in "".join(times)
    edited = [
        r for r in ds.dict if r["对象编号"] == str(story.pk) and "改过的主题" in (r["改动"] or "")
    ]
    assert edited  # compared with the version before the range


def test_an_end_before_the_start_is_refused_saying_so(editor_client, night):
    page = editor_client.get(AUDIT)
    data = browser_form(page, "format", start="2026-12-07", end="2026-12-01")
    html = editor_client.post(AUDIT, data).content.decode()
    assert "早于开始日期" in html


def test_too_many_records_are_refused_saying_how_to_narrow(editor_client, night, monkeypatch):
    monkeypatch.setattr(auditrows, "AUDIT_MAX_ROWS", 2)
    page = editor_client.get(AUDIT)
    response = editor_client.post(AUDIT, browser_form(page, "format"))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="audit-problem"' in html and "请缩短起止日期" in html


def test_a_viewer_may_not_export_nor_sees_the_link(editor_client, night, viewer):
    from django.test import Client

    viewer_client = Client()
    viewer_client.force_login(viewer)
    assert viewer_client.get(AUDIT).status_code == 403
    assert viewer_client.post(AUDIT, {"format": "csv"}).status_code == 403
    home = viewer_client.get(reverse("admin:index")).content.decode()
    assert 'id="audit-export-link"' not in home
    assert 'id="audit-export-link"' in editor_client.get(reverse("admin:index")).content.decode()


def test_the_records_are_read_in_a_fixed_number_of_queries(editor_client, night, seed_with_a2):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            audit_rows(start=timezone.now() - timedelta(days=1))
        return len(queries)

    few = count()
    changelist = reverse("admin:articles_article_changelist")
    ids = list(Article.objects.values_list("pk", flat=True))
    editor_client.post(changelist, {"action": "publish_selected", ACTION: ids})
    editor_client.post(changelist, {"action": "unpublish_selected", ACTION: ids})
    assert count() == few


def test_an_issues_history_page_exports_that_issue_alone(editor_client, night):
    issue = Issue.objects.get()
    history = editor_client.get(reverse("admin:articles_issue_history", args=[issue.pk]))
    html = history.content.decode()
    assert 'id="audit-link"' in html
    link = html.split('id="audit-link"')[1].split('href="')[1].split('"')[0].replace("&amp;", "&")
    ds = download(editor_client, link)
    assert {r["对象类型"] for r in ds.dict} == {"期"}
    assert any(r["操作"].startswith("发布") for r in ds.dict)


@pytest.mark.parametrize(
    "field, day", [("end", "9999-12-31"), ("start", "0001-01-01"), ("end", "0001-01-01")]
)
def test_a_date_beyond_any_record_is_refused_naming_it(editor_client, night, field, day):
    """The range's bounds beyond 9999-12-31's next day or before year 1 in UTC were a 500
    (``OverflowError``); a form error names the day and the range allowed."""
    page = editor_client.get(AUDIT)
    response = editor_client.post(AUDIT, browser_form(page, "format", **{field: day}))
    html = response.content.decode()
    assert response.status_code == 200 and f"日期 {day} 超出可导出的范围" in html


def test_one_person_has_one_name_in_every_row(editor_client, editor, night):
    """A user with a 姓名 was their login in the history rows and their 姓名 in the admin-log
    rows (and in the 稿件 export and on the desk's home): one name throughout now."""
    editor.first_name, editor.last_name = "晓明", "王"
    editor.save()
    ds = download(editor_client)
    sources = {"稿件修改记录", "图片修改记录", "管理日志"}
    named = {r["操作人"] for r in ds.dict if r["记录来源"] in sources}
    assert named - {"（导入）"} == {"王晓明"}, named
