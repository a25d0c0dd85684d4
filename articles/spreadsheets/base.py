"""The resource every spreadsheet uses: rows matched by natural keys, never created; every cell
checked, errors under the Chinese headers; all rows or none; a changed row keeps history; a cell
the editor left as exported never overwrites what changed since the export
(:mod:`~articles.spreadsheets.fingerprints`)."""

from __future__ import annotations

import logging

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from import_export import fields, resources, results

from articles.crediting import people_for, people_get_or_create
from articles.editing import SPREADSHEET_REASON, hand_edit
from articles.models import Person
from articles.namechars import person_key
from articles.people.namecells import cell_namesakes
from articles.spreadsheets.cells import cell_text, inert
from articles.spreadsheets.fingerprints import (
    FINGERPRINT_COLUMN,
    cell_digest,
    conflict_message,
    fingerprint,
    read_fingerprint,
    row_texts,
)
from articles.spreadsheets.keys import PAGE, lookup_keys
from articles.spreadsheets.moved import key_change_message
from articles.spreadsheets.newpeople import NearPeople
from articles.spreadsheets.relabelled import relabel_check
from articles.spreadsheets.widgets import names_from_row

logger = logging.getLogger(__name__)


class EditorError(results.Error):
    """An import error as the editor sees it: the message, never a traceback (it is logged)."""

    @property
    def traceback(self) -> str:
        return ""


UNEXPECTED_ROW_ERROR = (
    "这一行无法保存（{kind}）：请检查这一行各列有没有特殊字符、过长的文字或不合理的数字，"
    "改正后再导入；仍然不行，请把这个文件交给技术人员。"
)


class DehydratedDiff(resources.Diff):
    """The import preview's before/after row, each cell as the export writes it: computed
    columns (日期, 记者, 刊于 …: ``dehydrate_*`` methods) filled in, not left blank as the
    library's own diff leaves every column that is not a plain attribute."""

    def __init__(self, resource, instance, new):
        self.left = self._cells(resource, instance)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        self.right = self._cells(resource, instance)

    @staticmethod
    def _cells(resource, instance) -> list:
        if instance is None or instance.pk is None:
            return ["" for _ in resource.get_import_fields()]
        cells = [
            "" if f.column_name == FINGERPRINT_COLUMN else resource.export_field(f, instance)
            for f in resource.get_import_fields()
        ]
        return [_shortened(cell) for cell in cells]


#: The preview's header of the fingerprint column when the file has none: what that means.
WITHOUT_FINGERPRINT = (
    f"{FINGERPRINT_COLUMN}：本表格没有这一列（旧的导出或自制表格），凡与数据库不同的格都会写入，"
    "包括导出之后别处改过的格；请重新导出表格后修改，以免覆盖"
)

# The preview shows a long cell (a story's body) by its opening, which is enough to know it.
PREVIEW_CELL_CHARS = 80


def _shortened(cell):
    if isinstance(cell, str) and len(cell) > PREVIEW_CELL_CHARS:
        return cell[:PREVIEW_CELL_CHARS] + "…"
    return cell


class NaturalKeyResource(resources.ModelResource):
    """Match rows by natural keys; never create rows; refuse unknown keys row by row, and a
    second row naming the same row (with both row numbers, as the import preview counts them).

    Every cell is checked before the database (see :mod:`articles.spreadsheets`); errors are keyed by
    the column's Chinese header."""

    key_columns: tuple[str, ...] = ()
    noun = "行"
    names_column: str | None = None  # 记者 / 摄影: people, not a model field

    fingerprint = fields.Field(column_name=FINGERPRINT_COLUMN, readonly=True)

    class Meta:
        clean_model_instances = True

    def import_setup(self) -> None:
        """The import's bookkeeping, set before the file is checked (subclasses add theirs):
        django-import-export still runs :meth:`after_import` on a file :meth:`before_import`
        refused, which reads it (a file missing 位置 said
        ``'ArticleResource' object has no attribute '_near_people'`` after the refusal)."""
        self._row_of: dict[int, int] = {}  # pk -> the first row number naming it
        self._near_people = NearPeople()  # new people one character off existing ones

    def before_import(self, dataset, **kwargs):
        """Set up (:meth:`import_setup`), read the headers without the spaces around them
        (`` 报纸 ``: a spreadsheet's header typed or pasted with one), then refuse a file
        missing a key column (raises ``ValueError``, in Chinese)."""
        self.import_setup()
        if dataset.headers:
            dataset.headers = [h.strip() if isinstance(h, str) else h for h in dataset.headers]
        missing = [c for c in self.key_columns if c not in (dataset.headers or [])]
        if missing:
            raise ValueError(
                "表格缺少这些列：" + "、".join(missing) + "。请用本系统导出的表格修改后再导入，"
                "不要删除或改名表头。"
            )

    def after_import(self, dataset, result, **kwargs):
        """The result says the new people one character off existing ones and the former names
        (曾用名) the rows print, for the preview (``result.near_people``,
        ``result.former_names``: :mod:`~articles.spreadsheets.newpeople`)."""
        super().after_import(dataset, result, **kwargs)
        result.near_people = self._near_people.found
        result.former_names = self._near_people.former

    def get_error_result_class(self):
        return EditorError

    def get_diff_class(self):
        return DehydratedDiff

    def export(self, *args, **kwargs):
        """The rows, as a dataset named for what they are (``稿件``: the XLSX sheet's name)."""
        dataset = super().export(*args, **kwargs)
        dataset.title = str(self._meta.model._meta.verbose_name_plural)
        return dataset

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
        found = lookup_keys(row)
        instance = self.find(found)
        if instance is None:
            raise ValidationError({self.key_columns[-1]: self.missing_message(found)})
        if moved := self._moved(row, instance):  # before the duplicate check: say what happened
            raise ValidationError(moved)
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
        """All rows or none: a rejected row rolls the whole import back. A file without the
        fingerprint column is imported cell by cell as before, and the preview's header of that
        column says so (:data:`WITHOUT_FINGERPRINT`)."""
        result = super().import_data(
            dataset, *args, rollback_on_validation_errors=rollback_on_validation_errors, **kwargs
        )
        if FINGERPRINT_COLUMN not in (dataset.headers or []):
            result.diff_headers = [
                WITHOUT_FINGERPRINT if header == FINGERPRINT_COLUMN else header
                for header in result.diff_headers
            ]
        for row in result.invalid_rows:  # the refused rows' table: an empty cell shows empty
            row.values = tuple("" if value is None else value for value in row.values)
        return result

    # 导出指纹 (articles.spreadsheets.fingerprints) ---------------------------------------------

    def get_export_fields(self, selected_fields=None):
        """The library's, worked out once for each choice of columns: it is asked for every row
        exported (and by every row's fingerprint), and a resource's fields do not change."""
        known = self.__dict__.setdefault("_export_fields", {})
        key = tuple(selected_fields) if selected_fields else None
        if key not in known:
            known[key] = super().get_export_fields(selected_fields)
        return known[key]

    def tracked_fields(self) -> list:
        """The editable columns, in order, and the names column: the cells a fingerprint covers
        (worked out once: asked for every row)."""
        if "_tracked" not in self.__dict__:
            self._tracked = [
                f
                for f in self.get_import_fields()
                if not f.readonly or (self.names_column and f.column_name == self.names_column)
            ]
        return self._tracked

    def key_texts(self, instance) -> list[str]:
        """The key cells of ``instance``'s row (:attr:`key_columns`) as the export writes them."""
        if "_key_fields" not in self.__dict__:
            by_column = {f.column_name: f for f in self.get_export_fields()}
            self._key_fields = [by_column[column] for column in self.key_columns]
        return [cell_text(self.export_field(field, instance)) for field in self._key_fields]

    def row_page_id(self, instance) -> int | None:
        """The page ``instance``'s row is of (a story's, a photo's), which a ``v3`` fingerprint
        digests; None for a row of no page (an issue's: ``v2``)."""
        return getattr(instance, "page_id", None)

    def dehydrate_fingerprint(self, instance) -> str:
        texts, keys = row_texts(self, instance), self.key_texts(instance)
        return fingerprint(texts, keys, self.row_page_id(instance))

    def _exported(self, row):
        """The row's fingerprint read back (:class:`~articles.spreadsheets.fingerprints.Exported`),
        or None without one. ValueError for a cell that is not a fingerprint."""
        if FINGERPRINT_COLUMN not in row:
            return None
        return read_fingerprint(
            row[FINGERPRINT_COLUMN], len(self.tracked_fields()), len(self.key_columns)
        )

    def _moved(self, row, instance) -> dict:
        """The refusal of a row exported from another row than ``instance``, the one its key
        cells name now (:mod:`~articles.spreadsheets.moved`), by column; ``{}`` else (and for a
        bad fingerprint cell: :meth:`_against_export` says that)."""
        try:
            exported = self._exported(row)
        except ValueError:
            return {}
        if exported is None:
            return {}
        relabelled = relabel_check(self, instance, exported, PAGE)  # (改版次 since the export)
        if relabelled is not None:
            return {PAGE: relabelled} if relabelled else {}
        if exported.keys is not None:
            return key_change_message(self, instance, exported.keys)
        stored = [cell_digest(text) for text in row_texts(self, instance)]
        if exported.cells != stored and (moved := self.moved_row_message(instance, exported.cells)):
            return {self.key_columns[0]: moved}
        return {}

    def exported_name(self, instance) -> str:
        """``instance`` as a moved row's refusal names the row it was exported from."""
        named = "、".join(
            f"{column}“{text}”"
            for column, text in zip(self.key_columns, self.key_texts(instance), strict=True)
        )
        return f"{named}的那{self.noun}"

    def import_instance(self, instance, row, **kwargs):
        """Set the row's fields and read its names column (:attr:`names_column`, kept on the
        instance as ``_new_names`` for ``after_save_instance``), reporting all errors at once.
        With the row's fingerprint, a cell left as exported keeps the database's value and a
        cell edited after the database changed is refused (:meth:`_against_export`)."""
        stored = row_texts(self, instance) if instance.pk else None
        values = {
            f.attribute: getattr(instance, f.attribute)
            for f in self.tracked_fields()
            if f.attribute
        }
        errors: dict = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if self.names_column:
            try:
                instance._new_names = names_from_row(row, self.names_column)
                self._near_people.check(
                    instance._new_names, getattr(self, "_row_number", None), self.names_column
                )
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if not errors and stored is not None:
            errors = self._against_export(instance, row, stored, values)
        if errors:
            raise ValidationError(errors)

    def _against_export(self, instance, row, stored: list[str], values: dict) -> dict:
        """The row's cells against its fingerprint: each cell left as exported gets its
        database value back (``stored``: the cells' texts, ``values``: the attributes, both
        as the database held them); returns the conflicts (edited here and changed since the
        export), by column. Nothing to do without a fingerprint."""
        try:
            exported = self._exported(row)
        except ValueError as exc:
            return {FINGERPRINT_COLUMN: [str(exc)]}
        if exported is None:
            return {}
        tracked = self.tracked_fields()
        new = row_texts(self, instance, getattr(instance, "_new_names", None))
        conflicts: dict = {}
        for field, was, now, wanted in zip(tracked, exported.cells, stored, new, strict=True):
            if cell_digest(wanted) == was:  # left as exported: what the database holds stays
                if field.column_name == self.names_column:
                    instance._new_names = None
                else:
                    setattr(instance, field.attribute, values[field.attribute])
            elif cell_digest(now) != was and wanted != now:
                conflicts[field.column_name] = [conflict_message(field.column_name, now, wanted)]
        return conflicts

    def moved_row_message(self, instance, exported: list[str]) -> str:
        """Why a row with a ``v1`` fingerprint (``exported``: its cells' digests, which differ
        from ``instance``'s) is not that row's at all (its keys edited to name another one), or
        ``""``: a ``v1`` cell has no key digests (:meth:`_moved`)."""
        return ""

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

    def export_field(self, field, instance, **kwargs):
        """The library's; while a row is exported (:meth:`export_resource`), each of its cells
        worked out once: its 导出指纹 digests the row's editable and key cells, which were
        otherwise worked out a second time for every row."""
        if getattr(self, "_cells_of", None) is not instance:
            return super().export_field(field, instance, **kwargs)
        if field not in self._cells:
            self._cells[field] = super().export_field(field, instance, **kwargs)
        return self._cells[field]

    def export_resource(self, instance, selected_fields=None, **kwargs):
        """One exported row, every text cell :func:`inert` (whatever the file format)."""
        self._cells_of, self._cells = instance, {}
        try:
            row = super().export_resource(instance, selected_fields=selected_fields, **kwargs)
        finally:
            self._cells_of, self._cells = None, {}
        return [inert(value) for value in row]


def people_named(names: list[str], item=None) -> list[Person]:
    """The people ``names`` name (each found by its :func:`articles.namechars.person_key`, or
    created: :func:`articles.crediting.people_get_or_create`, as every path makes them), in
    order; a name several people bear (同名记者) written with a note (``王明（体育部）``) gives
    that one (:func:`articles.people.namecells.cell_namesakes`), written alone the one ``item``
    (the row's story or photo) credits now, else the one who last wrote for its paper
    (:func:`articles.crediting.people_for`)."""
    chosen = cell_namesakes(names, "")
    plain = [name for name in names if name not in chosen]
    people = people_for(item, plain) if item is not None else people_get_or_create(plain)
    return list(
        dict.fromkeys(chosen.get(name) or people[person_key(name)] for name in names if name)
    )
