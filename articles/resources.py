"""Spreadsheet round trips (django-import-export): stories, issues, pages and photos.

Rows are matched by their natural keys — paper + date (+ page (+ position)) — never by database
ids, so a spreadsheet exported here, edited in Excel or WPS and imported back updates exactly
the rows whose values changed (``skip_unchanged``); the rest are reported as skipped. Rows are
never created or deleted by a spreadsheet: stories come from page imports. A row whose keys do
not name an existing row (a bad date, an unknown page) is rejected with its row number, and the
import writes nothing (the whole import runs in one transaction, rolled back on any error).

A changed story or photo is marked as edited by hand, so re-importing its page leaves it alone.
Column headers are Chinese; CSV is written as UTF-8 with a BOM (so Excel shows Chinese) and read
as UTF-8 with or without BOM, or GB18030 (what Excel on Chinese Windows saves).

Trust (issue 12):

- Exports are inert: text a spreadsheet would run as a formula (starting with ``= + - @``, tab
  or CR) is written behind one apostrophe, in every format (:func:`inert`); the import takes that
  apostrophe off again (:func:`from_cell`), so a file exported and imported back changes nothing.
- Every row is checked here, before the database and the same way on SQLite and PostgreSQL:
  no control characters (:func:`check_text`), every text within its column's ``max_length``,
  whole numbers within the column's range on PostgreSQL (:class:`WholeNumberWidget`), then the
  model's own validators (``clean_model_instances``) on the columns the spreadsheet writes. Two
  rows naming the same story (issue, page, photo) are refused with both row numbers. Errors are
  in Chinese, listed under the column they are about.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils import timezone
from import_export import fields, resources, results, widgets
from import_export.formats import base_formats
from import_export.tmp_storages import TempFolderStorage

from articles.editing import SPREADSHEET_REASON, hand_edit
from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    Byline,
    Issue,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Status,
)

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# Formats and encodings
# --------------------------------------------------------------------------------------------


class ExcelCSV(base_formats.CSV):
    """CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark."""

    def export_data(self, dataset, **kwargs):
        return "\ufeff" + super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = decode_table_text(in_stream)
        return super().create_dataset(in_stream.lstrip("\ufeff"), **kwargs)


FORMATS = [ExcelCSV, base_formats.XLSX, base_formats.JSON]


def decode_table_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030; a clear error otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"无法读取这个文件：第 {exc.start} 个字节既不是 UTF-8 也不是 GB18030 编码；"
            "请在 Excel 里“另存为” CSV UTF-8 或 Excel 工作簿（.xlsx）后再导入。"
        ) from None


class TolerantTempStorage(TempFolderStorage):
    """The uploaded spreadsheet between preview and confirm; text read as UTF-8 or GB18030."""

    def read(self):
        if "b" in self.read_mode:
            return super().read()
        with open(self.get_full_path(), "rb") as file:
            return decode_table_text(file.read())


# --------------------------------------------------------------------------------------------
# Natural keys
# --------------------------------------------------------------------------------------------

PAPER, DATE, PAGE, POSITION = "报纸", "日期", "版次", "位置"
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


#: What makes Excel, WPS or LibreOffice read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
#: C0 and C1 control characters but tab, line feed and carriage return: PostgreSQL refuses NUL
#: (SQLite would store it), XLSX cannot hold the others.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def inert(value):
    """``value`` as a cell no spreadsheet program will run as a formula.

    Text whose first character after any leading apostrophes is one of :data:`FORMULA_STARTS`
    gets one more apostrophe in front (the mark Excel and WPS use for "this is text"); anything
    else is returned unchanged. :func:`from_cell` takes exactly that apostrophe off again.

    django-import-export's ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` is not used: it looks at
    ``=`` only, deletes it (the text would come back changed on import) and turns every cell,
    empty ones included, into text."""
    if isinstance(value, str) and value.lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return QUOTE + value
    return value


def from_cell(value) -> str:
    """A cell's text as the editor meant it: trimmed, the apostrophe :func:`inert` adds removed."""
    text = _cell(value)
    if text.startswith(QUOTE) and text.lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return text[1:]
    return text


def check_text(text: str, column: str, max_length: int | None = None) -> str:
    """``text`` if the column ``column`` can hold it on every database, else ValueError.

    Refused, with a Chinese message naming the column and what to do: control characters
    (:data:`_CONTROL`) and more than ``max_length`` characters (the model field's)."""
    bad = _CONTROL.search(text)
    if bad:
        raise ValueError(
            f"{column}含有不可见的控制字符（第 {bad.start() + 1} 个字符，"
            f"U+{ord(bad.group()):04X}）；请删去这个字符后再导入"
        )
    if max_length and len(text) > max_length:
        raise ValueError(f"{column}超过 {max_length} 字（现有 {len(text)} 字），请删短")
    return text


def column_range(model_field) -> tuple[int, int]:
    """The whole numbers an integer model field holds on every database we run on: PostgreSQL's
    column range (SQLite would store more and PostgreSQL then refuse the same file)."""
    return BaseDatabaseOperations.integer_field_ranges[model_field.get_internal_type()]


def parse_key_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell(value)
    match = _DATE_RE.match(text)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise ValueError(f"“{text}”不是有效日期；请写成 年-月-日，如 2020-07-09")


def parse_key_position(value) -> int:
    """A 位置 cell as the position of a story or photo on its page (1, 2, ...); ValueError else."""
    text = _cell(value)
    high = column_range(Article._meta.get_field("position"))[1]
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= high:
        raise ValueError(f"“{text[:20]}”不是版内位置；请写正整数，如 1")
    return int(text)


def _lookup(row) -> dict:
    """Resolve the key columns present in ``row`` to rows: paper, issue, page, position.

    Raises a ValidationError naming every bad key column and how to fix it."""
    errors: dict[str, str] = {}
    for column in (PAPER, DATE, PAGE, POSITION):
        try:
            check_text(_cell(row.get(column)), column)
        except ValueError as exc:
            errors[column] = str(exc)
    if errors:
        raise ValidationError(errors)
    found: dict = {}
    paper_text = from_cell(row.get(PAPER))
    paper = (
        Publication.objects.filter(name=paper_text).first()
        or Publication.objects.filter(slug=paper_text).first()
    )
    if paper is None:
        errors[PAPER] = f"没有名为“{paper_text}”的报纸；请填写报名（如 南通日报）或 URL 标识"
    found["paper"] = paper
    try:
        found["date"] = parse_key_date(row.get(DATE))
    except ValueError as exc:
        errors[DATE] = str(exc)
    if PAGE in row:
        try:
            found["label"] = normalize_label(from_cell(row.get(PAGE)))
        except LabelError:
            errors[PAGE] = f"“{_cell(row.get(PAGE))[:20]}”不是版次；请写 A1、2、第二版 这样的版次"
    if POSITION in row:
        try:
            found["position"] = parse_key_position(row.get(POSITION))
        except ValueError as exc:
            errors[POSITION] = str(exc)
    if errors:
        raise ValidationError(errors)
    issue = Issue.objects.filter(publication=paper, date=found["date"]).first()
    if issue is None:
        raise ValidationError(
            {DATE: f"{paper.name}没有 {found['date']:%Y-%m-%d} 这一期；请核对日期"}
        )
    found["issue"] = issue
    if "label" in found:
        page = Page.objects.filter(issue=issue, label=found["label"]).first()
        if page is None:
            raise ValidationError(
                {PAGE: f"{issue}没有 {found['label']} 版；请核对版次（表格只能修改已导入的版面）"}
            )
        found["page"] = page
    return found


class EditorError(results.Error):
    """An import error as the editor sees it: the message, never a traceback (it is logged)."""

    @property
    def traceback(self) -> str:
        return ""


UNEXPECTED_ROW_ERROR = (
    "这一行无法保存（{kind}）：请检查这一行各列有没有特殊字符、过长的文字或不合理的数字，"
    "改正后再导入；仍然不行，请把这个文件交给技术人员。"
)


class NaturalKeyResource(resources.ModelResource):
    """Match rows by natural keys; never create rows; refuse unknown keys row by row, and a
    second row naming the same row (with both row numbers, as the import preview counts them).

    Every cell is checked before the database (see the module docstring); errors are keyed by
    the column's Chinese header."""

    key_columns: tuple[str, ...] = ()
    noun = "行"
    names_column: str | None = None  # 记者 / 摄影: people, not a model field

    class Meta:
        clean_model_instances = True

    def before_import(self, dataset, **kwargs):
        missing = [c for c in self.key_columns if c not in (dataset.headers or [])]
        if missing:
            raise ValueError(
                "表格缺少这些列：" + "、".join(missing) + "。请用本系统导出的表格修改后再导入，"
                "不要删除或改名表头。"
            )
        self._row_of: dict[int, int] = {}  # pk -> the first row number naming it

    def get_error_result_class(self):
        return EditorError

    def import_row(self, row, instance_loader, **kwargs):
        """One row; an error the checks above did not foresee (a database refusal) is logged and
        shown as a refused row in Chinese, not as Python's or the database's text."""
        self._row_number = kwargs.get("row_number")
        result = super().import_row(row, instance_loader, **kwargs)
        if result.errors:
            error = result.errors[0].error
            logger.error(
                "spreadsheet row %s refused by an unexpected error",
                self._row_number,
                exc_info=(type(error), error, error.__traceback__),
            )
            result.errors = []
            result.import_type = results.RowResult.IMPORT_TYPE_INVALID
            result.validation_error = ValidationError(
                UNEXPECTED_ROW_ERROR.format(kind=type(error).__name__)
            )
        return result

    def get_instance(self, instance_loader, row):
        found = _lookup(row)
        instance = self.find(found)
        if instance is None:
            raise ValidationError({self.key_columns[-1]: self.missing_message(found)})
        seen = getattr(self, "_row_of", {})
        number = getattr(self, "_row_number", None)
        first = seen.setdefault(instance.pk, number)
        if first != number:
            keys = "、".join(self.key_columns)
            raise ValidationError(
                {
                    keys: f"第 {number} 行与第 {first} 行是同一{self.noun}（{keys}相同）；"
                    f"一个表格里每{self.noun}只能出现一次，请删去或合并其中一行后再导入"
                }
            )
        return instance

    def init_instance(self, row=None):
        raise ValidationError(
            f"找不到要修改的{self.noun}：表格只能修改已有的{self.noun}，不能新建；"
            "请检查这一行的" + "、".join(self.key_columns) + "。"
        )

    def find(self, found: dict):  # pragma: no cover - every resource overrides it
        raise NotImplementedError

    def missing_message(self, found: dict) -> str:
        return f"没有这{self.noun}"

    def import_data(self, dataset, *args, rollback_on_validation_errors=True, **kwargs):
        """All rows or none: a rejected row rolls the whole import back."""
        return super().import_data(
            dataset, *args, rollback_on_validation_errors=rollback_on_validation_errors, **kwargs
        )

    def import_instance(self, instance, row, **kwargs):
        """Set the row's fields and read its names column (:attr:`names_column`, kept on the
        instance as ``_new_names`` for ``after_save_instance``), reporting all errors at once."""
        errors: dict = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if self.names_column:
            try:
                instance._new_names = names_from_row(row, self.names_column)
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The errors of the cells, then the model's own validation (``full_clean``) of the
        model fields this spreadsheet writes, all under the columns' Chinese headers."""
        errors = dict(import_validation_errors or {})
        if self._meta.clean_model_instances:
            written = {f.attribute for f in self.get_import_fields() if not f.readonly}
            exclude = {f.name for f in instance._meta.fields} - written | set(errors)
            try:
                instance.full_clean(exclude=exclude, validate_unique=validate_unique)
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if errors:
            columns = {f.attribute: f.column_name for f in self.fields.values() if f.attribute}
            raise ValidationError(
                {
                    key if key == NON_FIELD_ERRORS else columns.get(key, key): messages
                    for key, messages in errors.items()
                }
            )

    def before_save_instance(self, instance, row, **kwargs):
        hand_edit([instance], reason=SPREADSHEET_REASON)

    def export_resource(self, instance, selected_fields=None, **kwargs):
        """One exported row, every text cell :func:`inert` (whatever the file format)."""
        row = super().export_resource(instance, selected_fields=selected_fields, **kwargs)
        return [inert(value) for value in row]


class TextWidget(widgets.CharWidget):
    """Text cells: trimmed, the export's apostrophe taken off, no control characters and no
    longer than the column allows (:func:`check_text`)."""

    def __init__(self, max_length: int | None = None, label: str = ""):
        super().__init__(coerce_to_string=True, allow_blank=True)
        self.max_length, self.label = max_length, label

    def clean(self, value, row=None, **kwargs):
        return check_text(from_cell(value), self.label, self.max_length)


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


class WholeNumberWidget(widgets.IntegerWidget):
    """Whole-number cells, within the model field's column range on every database
    (:func:`column_range`); a blank cell is empty when the field may be null."""

    def __init__(self, model_field, label: str):
        super().__init__()
        self.low, self.high = column_range(model_field)
        self.label, self.nullable = label, model_field.null

    def clean(self, value, row=None, **kwargs):
        number = None
        if isinstance(value, float):
            number = int(value) if value.is_integer() else None
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = from_cell(value)
            if not text and self.nullable:
                return None
            if _WHOLE_NUMBER.fullmatch(text):
                number = int(text)
        if number is None or not self.low <= number <= self.high:
            blank = "，不知道可留空" if self.nullable else ""
            raise ValueError(
                f"{self.label}须为 {self.low} 到 {self.high} 之间的整数"
                f"（现为“{_cell(value)[:20]}”）；请改正{blank}"
            )
        return number

    def render(self, value, obj=None, **kwargs):
        if kwargs.get("force_native_type"):
            return value
        return "" if value is None else str(value)


class StatusWidget(widgets.Widget):
    """草稿 / 已发布 (the codes draft / published are accepted too)."""

    def clean(self, value, row=None, **kwargs):
        text = check_text(from_cell(value), "状态")
        for code, label in Status.choices:
            if text in (code, label):
                return code
        raise ValueError(f"状态“{text}”无效；请填写“草稿”或“已发布”")

    def render(self, value, obj=None, **kwargs):
        return dict(Status.choices).get(value, value or "")


_NAME_SPLIT = re.compile(r"[、，,;；\s]+")


def split_names(value, column: str = "") -> list[str]:
    """The people named in a 记者 or 摄影 cell (separated by 、，, ; or spaces), in order, each
    once. ValueError (in Chinese, naming ``column``) for control characters or a name longer
    than a person's name may be."""
    text = check_text(from_cell(value), column)
    names = [n for n in _NAME_SPLIT.split(text) if n]
    limit = Person._meta.get_field("name").max_length
    for name in names:
        if len(name) > limit:
            raise ValueError(f"{column}里的“{name[:10]}…”超过 {limit} 字：人名之间请用顿号“、”分开")
    return list(dict.fromkeys(names))


def names_from_row(row, column: str) -> list[str] | None:
    """:func:`split_names` of ``row[column]``; None when the file has no such column."""
    if column not in row:
        return None
    try:
        return split_names(row[column], column)
    except ValueError as exc:
        raise ValidationError({column: str(exc)}) from None


def _people(names: list[str]) -> list[Person]:
    return [Person.objects.get_or_create(name=name)[0] for name in names]


def _text(model, attribute: str, column: str) -> fields.Field:
    """An editable text column, as long as the model field allows."""
    return fields.Field(
        attribute=attribute,
        column_name=column,
        widget=TextWidget(max_length=model._meta.get_field(attribute).max_length, label=column),
    )


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


class ArticleResource(NaturalKeyResource):
    """One row per story, keyed by where it starts: 报纸 + 日期 + 版次 + 位置."""

    key_columns = (PAPER, DATE, PAGE, POSITION)
    noun = "篇稿件"
    names_column = "记者"

    paper = fields.Field(attribute="issue__publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    page_label = fields.Field(attribute="page__label", column_name=PAGE, readonly=True)
    position = fields.Field(attribute="position", column_name=POSITION, readonly=True)
    kicker = _text(Article, "kicker", "引题")
    headline = _text(Article, "headline", "主题")
    subheadline = _text(Article, "subheadline", "副题")
    dateline = _text(Article, "dateline", "电头")
    byline = _text(Article, "byline", "署名")
    reporters = fields.Field(column_name="记者", readonly=True)
    status = fields.Field(attribute="status", column_name="状态", widget=StatusWidget())
    printed_on = fields.Field(column_name="刊于（只读）", readonly=True)
    body = fields.Field(column_name="正文（只读）", readonly=True)
    edited_at = fields.Field(column_name="人工修改时间（只读）", readonly=True)

    class Meta:
        model = Article
        fields = (
            "paper",
            "issue_date",
            "page_label",
            "position",
            "kicker",
            "headline",
            "subheadline",
            "dateline",
            "byline",
            "reporters",
            "status",
            "printed_on",
            "body",
            "edited_at",
        )
        import_id_fields = ("paper", "issue_date", "page_label", "position")
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return Article.objects.with_parts()

    def find(self, found):
        return (
            Article.objects.with_parts()
            .filter(page=found["page"], position=found["position"])
            .first()
        )

    def missing_message(self, found):
        return (
            f"{found['page']}没有从第 {found['position']} 篇开始的稿件；请核对版次和位置"
            "（续版分段按稿件首发的版次和位置填写）"
        )

    def dehydrate_issue_date(self, article):
        return article.issue.date.isoformat()

    def dehydrate_reporters(self, article):
        return "、".join(article.reporter_names())

    def dehydrate_printed_on(self, article):
        return "、".join(p.label for p in article.printed_pages())

    def dehydrate_body(self, article):
        return article.full_text()

    def dehydrate_edited_at(self, article):
        return (
            timezone.localtime(article.edited_at).strftime("%Y-%m-%d %H:%M")
            if article.edited_at
            else ""
        )

    def skip_row(self, instance, original, row, import_validation_errors=None):
        names = getattr(instance, "_new_names", None)
        if (
            not import_validation_errors
            and names is not None
            and names != original.reporter_names()
        ):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def after_save_instance(self, instance, row, **kwargs):
        names = getattr(instance, "_new_names", None)
        if names is None or names == instance.reporter_names():
            return
        people = _people(names)
        instance.bylines.all().delete()
        Byline.objects.bulk_create(
            [Byline(article=instance, person=p, order=i) for i, p in enumerate(people)]
        )
        getattr(instance, "_prefetched_objects_cache", {}).pop("bylines", None)


class IssueResource(NaturalKeyResource):
    """One row per issue, keyed by 报纸 + 日期; the printed 期号 is editable. Publishing is not
    done by spreadsheet (it has its own checks): 状态 is read-only here."""

    key_columns = (PAPER, DATE)
    noun = "期"

    paper = fields.Field(attribute="publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    number = fields.Field(
        attribute="number",
        column_name="期号",
        widget=WholeNumberWidget(Issue._meta.get_field("number"), "期号"),
    )
    status = fields.Field(
        attribute="status", column_name="状态（只读）", widget=StatusWidget(), readonly=True
    )
    published_at = fields.Field(column_name="发布时间（只读）", readonly=True)
    pages = fields.Field(column_name="版数（只读）", readonly=True)
    articles = fields.Field(column_name="稿件数（只读）", readonly=True)

    class Meta:
        model = Issue
        fields = ("paper", "issue_date", "number", "status", "published_at", "pages", "articles")
        import_id_fields = ("paper", "issue_date")
        skip_unchanged = True
        report_skipped = True

    def find(self, found):
        return found["issue"]

    def dehydrate_issue_date(self, issue):
        return issue.date.isoformat()

    def dehydrate_published_at(self, issue):
        if not issue.published_at:
            return ""
        return timezone.localtime(issue.published_at).strftime("%Y-%m-%d %H:%M")

    def dehydrate_pages(self, issue):
        return issue.pages.count()

    def dehydrate_articles(self, issue):
        return issue.articles.count()


class PageResource(NaturalKeyResource):
    """One row per page, keyed by 报纸 + 日期 + 版次; the section name (版名) is editable."""

    key_columns = (PAPER, DATE, PAGE)
    noun = "版"

    paper = fields.Field(attribute="issue__publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    label = fields.Field(attribute="label", column_name=PAGE, readonly=True)
    section = _text(Page, "section", "版名")
    source_name = fields.Field(
        attribute="source_name", column_name="来源文件（只读）", readonly=True
    )
    imported_at = fields.Field(column_name="导入时间（只读）", readonly=True)
    checksum = fields.Field(attribute="checksum", column_name="校验和（只读）", readonly=True)

    class Meta:
        model = Page
        fields = (
            "paper",
            "issue_date",
            "label",
            "section",
            "source_name",
            "imported_at",
            "checksum",
        )
        import_id_fields = ("paper", "issue_date", "label")
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return Page.objects.select_related("issue__publication")

    def find(self, found):
        return found["page"]

    def dehydrate_issue_date(self, page):
        return page.issue.date.isoformat()

    def dehydrate_imported_at(self, page):
        if not page.imported_at:
            return ""
        return timezone.localtime(page.imported_at).strftime("%Y-%m-%d %H:%M")


class PhotoResource(NaturalKeyResource):
    """One row per photo, keyed by 报纸 + 日期 + 版次 + 位置; caption, credit and photographers
    are editable (a changed photo is marked as edited by hand)."""

    key_columns = (PAPER, DATE, PAGE, POSITION)
    noun = "张图片"
    names_column = "摄影"

    paper = fields.Field(
        attribute="page__issue__publication__name", column_name=PAPER, readonly=True
    )
    issue_date = fields.Field(column_name=DATE, readonly=True)
    page_label = fields.Field(attribute="page__label", column_name=PAGE, readonly=True)
    position = fields.Field(attribute="position", column_name=POSITION, readonly=True)
    caption = _text(Photo, "caption", "图片说明")
    credit_line = _text(Photo, "credit_line", "署名行")
    photographers = fields.Field(column_name="摄影", readonly=True)
    article = fields.Field(column_name="所属稿件（只读）", readonly=True)

    class Meta:
        model = Photo
        fields = (
            "paper",
            "issue_date",
            "page_label",
            "position",
            "caption",
            "credit_line",
            "photographers",
            "article",
        )
        import_id_fields = ("paper", "issue_date", "page_label", "position")
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return Photo.objects.select_related("page__issue__publication", "article").prefetch_related(
            "credits__person"
        )

    def find(self, found):
        return Photo.objects.filter(page=found["page"], position=found["position"]).first()

    def missing_message(self, found):
        return f"{found['page']}没有位置为 {found['position']} 的图片；请核对版次和位置"

    def dehydrate_issue_date(self, photo):
        return photo.page.issue.date.isoformat()

    def dehydrate_photographers(self, photo):
        return "、".join(c.person.name for c in sorted(photo.credits.all(), key=lambda c: c.order))

    def dehydrate_article(self, photo):
        return photo.article.title if photo.article else ""

    def _current_names(self, photo) -> list[str]:
        return [c.person.name for c in photo.credits.order_by("order").select_related("person")]

    def skip_row(self, instance, original, row, import_validation_errors=None):
        names = getattr(instance, "_new_names", None)
        if (
            not import_validation_errors
            and names is not None
            and names != self._current_names(original)
        ):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def after_save_instance(self, instance, row, **kwargs):
        names = getattr(instance, "_new_names", None)
        if names is None or names == self._current_names(instance):
            return
        people = _people(names)
        instance.credits.all().delete()
        PhotoCredit.objects.bulk_create(
            [PhotoCredit(photo=instance, person=p, order=i) for i, p in enumerate(people)]
        )
        getattr(instance, "_prefetched_objects_cache", {}).pop("credits", None)
