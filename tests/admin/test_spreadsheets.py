"""Spreadsheet round trips: export the rows selected or filtered as CSV (UTF-8 with BOM), XLSX
or JSON, edit them in Excel, import them back with a preview; rows are matched by natural keys,
only edited rows change, and a bad row is rejected with its number while nothing is written."""

import codecs
import io
import json

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Issue, Page, Photo
from articles.resources import ArticleResource, IssueResource, PageResource, PhotoResource

pytestmark = pytest.mark.django_db

CSV, XLSX, JSON = "0", "1", "2"


def export(client, model: str, fmt: str, query: str = "", items=None) -> bytes:
    address = reverse(f"admin:articles_{model}_export") + query
    form = client.get(address).context["form"]
    data = {"format": fmt, "resource": "0"}
    data.update(
        {
            name: "on"
            for name, field in form.fields.items()
            if getattr(field, "is_selectable_field", False)
        }
    )
    if items is not None:
        data["export_items"] = [str(pk) for pk in items]
    response = client.post(address, data)
    assert response.status_code == 200, response.content[:2000]
    assert response["Content-Disposition"].startswith("attachment")
    return response.content


def dataset(content: bytes, fmt: str) -> tablib.Dataset:
    if fmt == XLSX:
        return tablib.Dataset().load(io.BytesIO(content), format="xlsx")
    if fmt == JSON:
        return tablib.Dataset().load(content.decode("utf-8"), format="json")
    return tablib.Dataset().load(content.decode("utf-8-sig"), format="csv")


def as_file(ds: tablib.Dataset, fmt: str, encoding: str = "utf-8-sig") -> SimpleUploadedFile:
    if fmt == XLSX:
        return SimpleUploadedFile("articles.xlsx", ds.export("xlsx"))
    if fmt == JSON:
        return SimpleUploadedFile("articles.json", ds.export("json").encode())
    return SimpleUploadedFile("articles.csv", ds.export("csv").encode(encoding))


def import_preview(client, model: str, upload, fmt: str):
    address = reverse(f"admin:articles_{model}_import")
    return client.post(address, {"import_file": upload, "format": fmt, "resource": "0"})


def import_confirm(client, model: str, preview):
    confirm = preview.context["confirm_form"]
    return client.post(reverse(f"admin:articles_{model}_process_import"), confirm.initial)


def edit_headlines(ds: tablib.Dataset, changes: dict[int, str]) -> None:
    column = ds.headers.index("主题")
    rows = [list(r) for r in ds]
    for index, headline in changes.items():
        rows[index][column] = headline
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in rows]


def article_rows():
    return {
        (a.page.label, a.position): (a.headline, a.edited_at, a.updated_at)
        for a in Article.objects.select_related("page")
    }


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_round_trip_changes_exactly_the_edited_rows(editor_client, seed_with_a2, fmt):
    content = export(editor_client, "article", fmt)
    ds = dataset(content, fmt)
    assert ds.headers[:4] == ["报纸", "日期", "版次", "位置"]
    assert len(ds) == Article.objects.count() == 5
    before = article_rows()
    edit_headlines(ds, {1: "城建重点工程讲评会召开", 3: "千企联千村首批签约"})

    preview = import_preview(editor_client, "article", as_file(ds, fmt), fmt)
    assert preview.status_code == 200
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [r.import_type for r in result.rows].count("update") == 2
    assert [r.import_type for r in result.rows].count("skip") == 3
    assert article_rows() == before  # the preview wrote nothing

    done = import_confirm(editor_client, "article", preview)
    assert done.status_code == 302
    after = article_rows()
    changed = {key for key in after if after[key] != before[key]}
    keys = [(row[2], int(row[3])) for row in ds]
    assert changed == {keys[1], keys[3]}
    assert after[keys[1]][0] == "城建重点工程讲评会召开"
    assert after[keys[3]][0] == "千企联千村首批签约"
    assert all(after[k][1] is not None for k in changed)  # marked as edited by hand
    edited = Article.objects.get(headline="城建重点工程讲评会召开")
    assert edited.history.first().history_change_reason == "表格导入"


def test_csv_export_is_utf8_with_bom_and_json_is_plain_utf8(editor_client, seed):
    csv = export(editor_client, "article", CSV)
    assert csv.startswith(codecs.BOM_UTF8)
    assert "以重大项目支撑" in csv.decode("utf-8-sig")
    data = json.loads(export(editor_client, "article", JSON))
    assert {row["主题"] for row in data} >= {"以重大项目支撑 南通高质量发展走在前列"}


def test_csv_import_accepts_utf8_without_bom_and_gb18030(editor_client, seed):
    for encoding, headline in [("utf-8", "无BOM的标题"), ("gb18030", "国标编码的标题")]:
        ds = dataset(export(editor_client, "article", CSV), CSV)
        edit_headlines(ds, {0: headline})
        preview = import_preview(editor_client, "article", as_file(ds, CSV, encoding), CSV)
        assert preview.context["result"].totals["update"] == 1, encoding
        import_confirm(editor_client, "article", preview)
        assert Article.objects.filter(headline=headline).count() == 1


def test_export_of_selected_and_of_filtered_rows(editor_client, seed_with_a2):
    chosen = list(Article.objects.order_by("position").values_list("pk", flat=True)[:2])
    ds = dataset(export(editor_client, "article", CSV, items=chosen), CSV)
    assert len(ds) == 2
    ds = dataset(export(editor_client, "article", CSV, query="?q=徐惠民"), CSV)
    assert sorted(int(p) for p in ds["位置"]) == [1, 2]
    # the action on the list leads to the same export form, with the rows selected
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "export_admin_action", "_selected_action": chosen},
    )
    assert response.status_code == 200 and "export_items" in response.context["form"].fields


def test_rows_are_matched_by_natural_keys_not_ids(seed):
    ds = ArticleResource().export()
    assert "id" not in ds.headers
    ds2 = tablib.Dataset(headers=ds.headers)
    for row in reversed(list(ds)):  # row order does not matter
        ds2.append(row)
    result = ArticleResource().import_data(ds2, dry_run=False)
    assert result.totals["skip"] == 5 and not result.has_validation_errors()


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("日期", "2020-13-45", "不是有效日期"),
        ("日期", "2020-07-10", "没有 2020-07-10 这一期"),
        ("版次", "A9", "没有 A9 版"),
        ("版次", "不是版次", "不是版次"),
        ("位置", "99", "没有从第 99 篇开始的稿件"),
        ("报纸", "人民日报", "没有名为“人民日报”的报纸"),
    ],
)
def test_a_bad_row_is_rejected_with_its_number_and_nothing_is_written(
    editor_client, seed, column, value, message
):
    ds = ArticleResource().export()
    edit_headlines(ds, {0: "改过的标题"})  # a good row before the bad one
    rows = [list(r) for r in ds]
    rows[2][ds.headers.index(column)] = value
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    before = article_rows()

    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.has_validation_errors()
    [invalid] = result.invalid_rows
    assert invalid.number == 3
    assert message in " ".join(str(e) for errors in invalid.error_dict.values() for e in errors)
    assert article_rows() == before  # the good row was rolled back too

    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert preview.context.get("confirm_form") is None  # nothing to confirm
    assert message in html
    assert article_rows() == before


def test_a_text_too_long_for_its_column_is_rejected(seed):
    ds = ArticleResource().export()
    edit_headlines(ds, {0: "长" * 301})
    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.has_validation_errors()
    assert "主题超过 300 字" in str(result.invalid_rows[0].error_dict)


def test_a_file_missing_key_columns_is_refused(editor_client, seed):
    ds = tablib.Dataset(["以重大项目支撑"], headers=["主题"])
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    assert "表格缺少这些列：报纸、日期、版次、位置" in preview.content.decode()


def test_an_unreadable_file_is_explained(editor_client, seed):
    upload = SimpleUploadedFile("x.csv", b"\xff\xfe\xfa\x00\x81\x30")
    preview = import_preview(editor_client, "article", upload, CSV)
    assert "无法读取这个文件" in preview.content.decode()


def test_reporters_and_status_round_trip(seed):
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("记者")] = "卢兆欣、朱文君、新记者"
    rows[1][ds.headers.index("状态")] = "已发布"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.totals["update"] == 2, [r.validation_error for r in result.invalid_rows]
    first, second = Article.objects.order_by("position")[:2]
    assert first.reporter_names() == ["卢兆欣", "朱文君", "新记者"]
    assert second.status == "published"


@pytest.mark.parametrize(
    ("resource", "column", "value", "check"),
    [
        (IssueResource, "期号", "12345", lambda: Issue.objects.get().number == 12345),
        (PageResource, "版名", "要闻", lambda: Page.objects.get().section == "要闻"),
        (
            PhotoResource,
            "署名行",
            "记者 许丛军 摄",
            lambda: Photo.objects.get().credit_line == "记者 许丛军 摄",
        ),
    ],
    ids=["issue", "page", "photo"],
)
def test_issues_pages_and_photos_round_trip_too(seed, resource, column, value, check):
    ds = resource().export()
    assert len(ds) == 1
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index(column)] = value
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = resource().import_data(ds, dry_run=False)
    assert result.totals["update"] == 1, [r.error_dict for r in result.invalid_rows]
    assert check()
    again = resource().import_data(ds, dry_run=False)
    assert again.totals["skip"] == 1


def test_photo_round_trip_marks_the_photo_edited(seed):
    ds = PhotoResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("摄影")] = "许丛军、王新"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    PhotoResource().import_data(ds, dry_run=False)
    photo = Photo.objects.get()
    assert photo.edited_at is not None
    assert [c.person.name for c in photo.credits.order_by("order")] == ["许丛军", "王新"]


@pytest.mark.parametrize("model", ["issue", "page", "photo"])
def test_admin_exports_the_other_models(editor_client, seed, model):
    for fmt in (CSV, XLSX, JSON):
        assert export(editor_client, model, fmt)


def test_viewers_may_export_but_not_import(viewer_client, seed):
    assert export(viewer_client, "article", CSV)
    assert viewer_client.get(reverse("admin:articles_article_import")).status_code == 403
