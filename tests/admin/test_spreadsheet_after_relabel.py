"""A page sheet exported before 改版次 (A2 relabelled A5, or two pages' labels swapped) and
imported after: a row naming the page by its old 版次 is refused, saying who relabelled it, when,
the new label and how to fix the sheet, and nothing is written; a row whose 版次 the editor
changed to the new label, as the refusal asks, updates that page (articles/spreadsheets/relabelled.py)."""

from __future__ import annotations

import html as htmllib

import pytest

from articles.models import Article, Page
from articles.relabel import page_relabel
from tests.admin import test_spreadsheets as sheets

pytestmark = pytest.mark.django_db


def _row(ds, label: str) -> int:
    return [row[ds.headers.index("版次")] for row in ds].index(label)


def _preview(client, ds) -> tuple:
    preview = sheets.import_preview(client, "page", sheets.as_file(ds, sheets.CSV), sheets.CSV)
    assert preview.status_code == 200
    return preview, htmllib.unescape(preview.content.decode())


@pytest.fixture
def exported(editor_client, seed_with_a2):
    """The pages' sheet as the desk exports it, before any relabel."""
    return sheets.dataset(sheets.export(editor_client, "page", sheets.CSV), sheets.CSV)


def test_a_row_of_a_page_relabelled_since_the_export_is_refused_naming_the_relabel(
    editor_client, editor, exported
):
    page_relabel(page=Page.objects.get(label="A2"), new_label="A5", user=editor)
    ds = sheets.with_cell(exported, _row(exported, "A2"), "版名", "经济新闻")
    before = sheets.snapshot()
    preview, html = _preview(editor_client, ds)
    assert "A2版已改版次为A5版（编辑 " in html
    assert "请把这一行的版次改成A5再导入" in html
    assert "没有 A2 版" not in html
    assert preview.context.get("confirm_form") is None
    assert sheets.snapshot() == before


def test_the_row_with_its_new_label_updates_the_relabelled_page(editor_client, editor, exported):
    page = Page.objects.get(label="A2")
    page_relabel(page=page, new_label="A5", user=editor)
    row = _row(exported, "A2")
    ds = sheets.with_cell(sheets.with_cell(exported, row, "版名", "经济新闻"), row, "版次", "A5")
    preview, html = _preview(editor_client, ds)
    assert preview.context.get("confirm_form") is not None, html[:3000]
    done = sheets.import_confirm(editor_client, "page", preview)
    assert done.status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).section == "经济新闻"
    assert Page.objects.get(label="A1").section != "经济新闻"


def test_a_row_of_a_page_whose_label_another_page_took_is_refused_not_written_there(
    editor_client, editor, exported
):
    first, second = Page.objects.get(label="A1"), Page.objects.get(label="A2")
    Page.objects.filter(pk__in=[first.pk, second.pk]).update(section="要闻")
    ds = sheets.dataset(
        sheets.export(editor_client, "page", sheets.CSV), sheets.CSV
    )  # (both pages' 版名 alike)
    # The two pages were imported under each other's label: swapped at the desk.
    page_relabel(page=first, new_label="A9", user=editor)
    page_relabel(page=second, new_label="A1", user=editor)
    page_relabel(page=Page.objects.get(pk=first.pk), new_label="A2", user=editor)
    ds = sheets.with_cell(ds, _row(ds, "A1"), "版名", "要闻·时政")
    before = sheets.snapshot()
    preview, html = _preview(editor_client, ds)
    assert "这一行是从A1版导出的，那一版之后已改版次为A2版（编辑 " in html
    assert "现在的A1版是另一版" in html and "请把这一行的版次改成A2再导入" in html
    assert preview.context.get("confirm_form") is None
    assert sheets.snapshot() == before
    assert Page.objects.get(pk=second.pk).section == "要闻"


def test_a_sheet_exported_after_the_relabel_imports_as_ever(editor_client, editor, seed_with_a2):
    page = Page.objects.get(label="A2")
    page_relabel(page=page, new_label="A5", user=editor)
    ds = sheets.dataset(sheets.export(editor_client, "page", sheets.CSV), sheets.CSV)
    ds = sheets.with_cell(ds, _row(ds, "A5"), "版名", "经济新闻")
    preview, html = _preview(editor_client, ds)
    assert preview.context.get("confirm_form") is not None, html[:3000]
    sheets.import_confirm(editor_client, "page", preview)
    assert Page.objects.get(pk=page.pk).section == "经济新闻"


def test_a_story_row_of_a_relabelled_page_is_refused_and_taken_with_the_new_label(
    editor_client, editor, seed_with_a2
):
    ds = sheets.dataset(sheets.export(editor_client, "article", sheets.CSV), sheets.CSV)
    page_relabel(page=Page.objects.get(label="A1"), new_label="A6", user=editor)
    labels = [row[ds.headers.index("版次")] for row in ds]
    row = labels.index("A1")
    ds = sheets.with_cell(ds, row, "主题", "改过的标题")
    before = sheets.snapshot()
    preview = sheets.import_preview(
        editor_client, "article", sheets.as_file(ds, sheets.CSV), sheets.CSV
    )
    html = htmllib.unescape(preview.content.decode())
    assert "A1版已改版次为A6版（编辑 " in html and "请把这一行的版次改成A6再导入" in html
    assert sheets.snapshot() == before
    for each in range(len(ds)):  # (every row of A1 names it by the old label)
        ds = sheets.with_cell(ds, each, "版次", "A6")
    preview = sheets.import_preview(
        editor_client, "article", sheets.as_file(ds, sheets.CSV), sheets.CSV
    )
    assert preview.context.get("confirm_form") is not None
    sheets.import_confirm(editor_client, "article", preview)
    assert Article.objects.filter(page__label="A6", headline="改过的标题").count() == 1


def test_an_older_export_row_given_the_new_label_is_taken_by_the_relabel(
    editor_client, editor, exported
):
    page = Page.objects.get(label="A2")
    page_relabel(page=page, new_label="A5", user=editor)
    row = _row(exported, "A2")
    column = exported.headers.index("导出指纹（只读）")
    digests = exported[row][column].split(".")
    v2 = ".".join(["v2", *digests[1:4], *digests[5:]])  # (before the page's digest: 3 keys)
    ds = sheets.with_cell(exported, row, "导出指纹（只读）", v2)
    ds = sheets.with_cell(sheets.with_cell(ds, row, "版名", "经济新闻"), row, "版次", "A5")
    preview, html = _preview(editor_client, ds)
    assert preview.context.get("confirm_form") is not None, html[:3000]
    sheets.import_confirm(editor_client, "page", preview)
    assert Page.objects.get(pk=page.pk).section == "经济新闻"
    ds = sheets.with_cell(ds, row, "版次", "A1")  # (another page's label: refused as ever)
    preview, html = _preview(editor_client, ds)
    assert "这一行的版次被改成了“A1”" in html and preview.context.get("confirm_form") is None
