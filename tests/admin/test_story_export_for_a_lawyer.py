"""The story spreadsheet says what a lawyer asks of a story: who changed it last and when, when
and by whom it was withdrawn, when it is set to publish itself, and a 状态 that says 已撤回 /
定时发布 where that is the truth. A reviewer found a withdrawn story exported as ``状态 草稿,
发布时间 …`` (as if never published) and an embargoed one (scheduled 18:00) as ``草稿``, with no
editor named. The import still round-trips: the new columns are read by nobody, and a 状态 cell
left as exported changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish
from articles.scheduling import stories_schedule
from articles.spreadsheets.ledger import ledger_read, status_cell_code
from tests.admin.test_spreadsheets import (
    CSV,
    XLSX,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
)

pytestmark = pytest.mark.django_db

ACTION = admin.helpers.ACTION_CHECKBOX_NAME


@pytest.fixture
def night(editor_client, editor, seed):
    """The seed issue published; its first story withdrawn at the desk by the editor; a draft
    added back to it scheduled for later (its issue published: the story waits for its time)."""
    issue = Issue.objects.get()
    issue_publish(issue=issue, user=editor, acknowledge_broken=True)
    stories = list(issue.articles.order_by("page__sequence", "position"))
    withdrawn, embargoed = stories[0], stories[1]
    changelist = reverse("admin:articles_article_changelist")
    response = editor_client.post(
        changelist, {"action": "unpublish_selected", ACTION: [withdrawn.pk, embargoed.pk]}
    )
    assert response.status_code == 302
    Article.history.filter(id=embargoed.pk, status=Status.PUBLISHED).delete()  # never public
    at = timezone.localtime() + timedelta(hours=5)
    stories_schedule(articles=Article.objects.filter(pk=embargoed.pk), at=at, user=editor)
    return {"withdrawn": withdrawn, "embargoed": embargoed, "at": at}


def rows_by_headline(client, fmt):
    ds = dataset(export(client, "article", fmt), fmt)
    headers = ds.headers
    return ds, {row[headers.index("主题")]: dict(zip(headers, row, strict=True)) for row in ds}


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_a_withdrawn_story_says_so_with_when_and_who(editor_client, night, fmt):
    _, rows = rows_by_headline(editor_client, fmt)
    row = rows[night["withdrawn"].headline]
    assert row["状态"] == "已撤回"
    assert row["撤回人（只读）"] == "desk-editor"
    record = Article.history.filter(id=night["withdrawn"].pk, history_change_reason="撤回发布")
    when = timezone.localtime(record.get().history_date)
    assert row["撤回时间（只读）"] == when.strftime("%Y-%m-%d %H:%M")
    assert row["发布时间（只读）"]  # it was public once
    assert row["最后修改人（只读）"] == "desk-editor"


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_an_embargoed_story_says_when_it_publishes(editor_client, night, fmt):
    _, rows = rows_by_headline(editor_client, fmt)
    row = rows[night["embargoed"].headline]
    assert row["状态"] == "定时发布"
    assert row["定时发布时间（只读）"] == night["at"].strftime("%Y-%m-%d %H:%M")
    assert not row["撤回时间（只读）"] and not row["撤回人（只读）"]
    published = [r for h, r in rows.items() if r["状态"] == "已发布"]
    assert published and not any(r["定时发布时间（只读）"] for r in published)


def test_a_story_never_published_is_a_draft_named_after_the_import(editor_client, seed):
    _, rows = rows_by_headline(editor_client, CSV)
    assert {row["状态"] for row in rows.values()} == {"草稿"}
    assert {row["最后修改人（只读）"] for row in rows.values()} == {"系统（命令行或后台任务）"}


def test_the_export_imported_back_changes_nothing(editor_client, night):
    ds, _ = rows_by_headline(editor_client, CSV)
    before = list(Article.objects.order_by("pk").values_list("status", "publish_at", "edited_at"))
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert {r.import_type for r in result.rows} == {"skip"}
    assert "撤回时间（只读）" in preview.content.decode()  # said to be read by nobody
    assert import_confirm(editor_client, "article", preview).status_code == 302
    after = list(Article.objects.order_by("pk").values_list("status", "publish_at", "edited_at"))
    assert after == before


def test_a_file_without_fingerprints_reads_the_new_states_as_what_they_stand_for(
    editor_client, night
):
    ds, _ = rows_by_headline(editor_client, CSV)
    del ds["导出指纹（只读）"]
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert {r.import_type for r in result.rows} == {"skip"}


def test_the_state_cells_read_back():
    assert status_cell_code("已撤回") == Status.DRAFT
    assert status_cell_code("定时发布") == Status.DRAFT
    assert status_cell_code("定时发布（已签发）") == Status.SIGNED_OFF
    assert status_cell_code("已撤回（待审）") == Status.REVIEW
    assert status_cell_code("草稿") is None


def test_the_ledger_is_read_in_two_queries_whatever_the_rows(night, seed_with_a2):
    stories = list(Article.objects.select_related("issue"))
    assert len(stories) == 5
    with CaptureQueriesContext(connection) as queries:
        ledgers = ledger_read(stories)
    assert len(queries) == 2
    assert ledgers[night["withdrawn"].pk].withdrawn_by == "desk-editor"


def test_a_row_cannot_schedule_a_published_story(editor_client, night):
    ds, rows = rows_by_headline(editor_client, CSV)
    published = next(h for h, r in rows.items() if r["状态"] == "已发布")
    column = ds.headers.index("状态")
    cells = [list(r) for r in ds]
    for cell in cells:
        if cell[ds.headers.index("主题")] == published:
            cell[column] = "定时发布"
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in cells]
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    assert "表格不能设定定时发布" in preview.content.decode()
    assert Article.objects.get(headline=published).status == Status.PUBLISHED


def test_draft_typed_over_a_scheduled_story_is_refused_pointing_to_the_cancel(editor_client, night):
    """草稿 typed over 定时发布 was 忽略 and the story published itself at its time: the row is
    refused, saying when it publishes and how the desk cancels it, and nothing changes."""
    ds, _ = rows_by_headline(editor_client, CSV)
    embargoed = night["embargoed"]
    column, head = ds.headers.index("状态"), ds.headers.index("主题")
    cells = [list(r) for r in ds]
    for cell in cells:
        if cell[head] == embargoed.headline:
            assert cell[column] == "定时发布"
            cell[column] = "草稿"
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in cells]
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert "不能取消定时发布" in html and "取消定时发布" in html
    assert night["at"].strftime("%Y-%m-%d %H:%M") in html
    assert preview.context["result"].has_validation_errors()
    assert Article.objects.get(pk=embargoed.pk).publish_at is not None
