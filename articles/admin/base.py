"""What every desk shares: spreadsheets, history, permissions, object tools, input checks.

Permissions are checked on the server for every write, whatever the page showed (see
:class:`DeskGuards`): a role is a set of Django model permissions (``setup_roles``), and a
refused write is a 403 that changes nothing. Numbers and dates from an address or a filter are
read by :func:`parse_id` and :func:`parse_date` and nowhere else; what they refuse is answered
with a page in Chinese and a 400 or 404, never a 500.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from functools import wraps

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import FieldError, PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from import_export.admin import ExportActionMixin, ImportMixin
from simple_history.admin import SimpleHistoryAdmin

from articles.admin.changelog import NOTHING_CHANGED, change_message, spreadsheet_message
from articles.admin.readonly import ReadableWhenReadOnly
from articles.forms import ColumnExportForm, PrintedTextForm, SpreadsheetImportForm, VersionGuard
from articles.mediastore import MediaWriteError
from articles.models import Article, ArticlePart, Issue, Page, Photo, Status
from articles.models.stories import FIRST_PARTS
from articles.params import MAX_ID, parse_int
from articles.photofiles import uploads_kept_only_if_saved
from articles.spreadsheets.exportnames import export_filename
from articles.spreadsheets.formats import (
    FORMATS,
    KeptUpload,
    UploadGone,
    UploadNotKept,
    attachment,
)


@dataclass(frozen=True)
class Tool:
    """A button in the object tools above a list or a form."""

    url: str
    label: str


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:articles_{name}", args=args)


# Input from addresses and filters ----------------------------------------------------------

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class DeskInputError(Exception):
    """Input in an admin address, filter or form that cannot name anything (an id that is not a
    number, a date that does not exist). ``message`` is for the editor, in Chinese; ``status`` is
    400 (a malformed request) or 404 (nothing there). Views decorated with
    :func:`answers_bad_input` turn it into a page."""

    def __init__(self, message: str, *, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def _shown(value) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def parse_id(value, *, what: str = "编号", status: int = 404) -> int:
    """A primary key from a URL or query string: ASCII digits, 1 ≤ id ≤ 2**63 − 1
    (:func:`articles.params.parse_int`, the site's one number parser).

    Raises :class:`DeskInputError` (``status``, 404 by default: an address naming nothing).
    """
    try:
        return parse_int(str(value), minimum=1, maximum=MAX_ID)
    except ValueError:
        raise DeskInputError(
            f"{what}“{_shown(value)}”不存在：编号应是 1 到 {MAX_ID} 之间的数字"
            "（请从列表里点开，不要手改地址）。",
            status=status,
        ) from None


def parse_date(value, *, what: str = "日期") -> date:
    """A calendar date written ``YYYY-MM-DD`` in ASCII digits (``2020-07-09``).

    Raises :class:`DeskInputError` (400) for anything else, including days that do not exist
    (``2020-02-30``).
    """
    text = str(value)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise DeskInputError(
            f"{what}“{_shown(value)}”不是存在的日期：请写成“年-月-日”，如 2020-07-09。"
        ) from None


def answers_bad_input(view):
    """Decorate a ModelAdmin view: a :class:`DeskInputError` becomes the desk's error page, and
    so does a file the media storage could not write (a full disk, a read-only folder: 503,
    saying nothing was saved and what to do; :class:`~articles.mediastore.MediaWriteError`)."""

    @wraps(view)
    def wrapper(model_admin, request, *args, **kwargs):
        try:
            return view(model_admin, request, *args, **kwargs)
        except DeskInputError as exc:
            return request_error(model_admin, request, exc)
        except MediaWriteError as exc:
            again = (
                "返回上一页重新选择文件，再上传一次" if request.FILES else "返回上一页再保存一次"
            )
            said = f"什么也没有保存：文件 {exc.at_desk(again)}"
            return request_error(model_admin, request, DeskInputError(said, status=503))

    return wrapper


def request_error(model_admin, request, exc: DeskInputError) -> TemplateResponse:
    """The page that says what was wrong with the address, with a way back to the list."""
    opts = model_admin.opts
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": opts,
        "title": "无法打开这个地址" if exc.status == 404 else "无法处理这个请求",
        "message": exc.message,
        "changelist_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
    }
    return TemplateResponse(
        request, "admin/articles/request_error.html", context, status=exc.status
    )


def has_recorded_history(model) -> bool:
    """Does django-simple-history keep copies of ``model``'s rows?"""
    return hasattr(model._meta, "simple_history_manager_attribute")


def count_of(queryset, outer: str):
    """A correlated COUNT(*) subquery: no join fan-out however many counts a list shows."""
    counted = (
        queryset.filter(**{outer: OuterRef("pk")})
        .order_by()
        .values(outer)
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def is_public(obj) -> bool:
    """Would a reader see ``obj`` on the e-paper? (Only published issues and stories are public.)"""
    if isinstance(obj, Issue):
        return obj.status == Status.PUBLISHED
    if isinstance(obj, Article):
        return obj.status == Status.PUBLISHED and obj.issue.status == Status.PUBLISHED
    if isinstance(obj, Page):
        return obj.issue.status == Status.PUBLISHED
    if isinstance(obj, Photo):
        return obj.page.issue.status == Status.PUBLISHED
    return hasattr(obj, "get_absolute_url")


class DeskGuards(ReadableWhenReadOnly):
    """Server-side checks every ModelAdmin of the desk makes, whatever the page showed.

    Django's admin checks the change, add and delete views itself; what it leaves open is
    closed here:

    * a history revert (django-simple-history's ``…/history/<version>/``) only checks the view
      permission: a POST needs the change permission too (403 otherwise);
    * a list action the user may not run is ignored by Django with "no action selected": here
      it is a 403; one that does not exist is a 400 saying there is no such action;
    * ids and filter values that cannot name anything (``abc``, ``2020-02-30``, ids past
      2**63) get a 400 or 404 page in Chinese instead of a database error;
    * a model without recorded history (pages) shows the admin's own change log as its
      history, instead of failing;
    * a save that fails removes the photo uploads it stored
      (:func:`~articles.photofiles.uploads_kept_only_if_saved`).

    Put it first in the bases of every ModelAdmin in ``articles.admin``. Its default form
    refuses control characters in text (:class:`articles.forms.PrintedTextForm`); a form the
    user may only view reads as the paper does (:mod:`articles.admin.readonly`).
    """

    form = PrintedTextForm

    def _refuse_forbidden_action(self, request) -> None:
        action = request.POST.get("action")
        if action and "index" in request.POST and action not in self.get_actions(request):
            if action not in {name for _, name, _ in self._get_base_actions()}:
                raise DeskInputError(
                    f"{self.opts.verbose_name}列表没有“{_shown(action)}”这个操作："
                    "请在列表上方的“动作”里选择一项再执行。",
                    status=400,
                )
            raise PermissionDenied
        if action:  # the selection must name rows (Django would filter ``pk__in=["abc"]``: 500)
            for value in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
                parse_id(value, what="所选的行", status=400)

    @answers_bad_input
    def changelist_view(self, request, extra_context=None):
        if request.method == "POST":
            self._refuse_forbidden_action(request)
        try:
            return super().changelist_view(request, extra_context)
        except OverflowError:
            # A number past 2**63 in one of Django's own lookups (``?issue=9999…``): SQLite
            # cannot bind it (PostgreSQL finds nothing). Django checks the lookup's name only.
            raise DeskInputError(
                "筛选条件里的数字太大，不是任何一行的编号：请从列表右侧的筛选里选择。"
            ) from None

    @answers_bad_input
    def export_action(self, request, *args, **kwargs):
        """The spreadsheet export carries the list's filters in its address; one that names no
        field or no valid value (``?id=abc``, ``?date=2020-02-30``, ``?status=abc``) is a 400 in
        Chinese, like the list itself, not a server error."""
        try:
            return super().export_action(request, *args, **kwargs)
        except (IncorrectLookupParameters, FieldError, ValidationError, ValueError, OverflowError):
            raise DeskInputError(
                "导出地址里的筛选条件无效：请回到列表，用右侧的筛选重新选择，再点“导出”。"
            ) from None

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The admin's form; on a history revert's page (``…/history/<version>/``) one whose
        stale refusal is worded for a revert (:attr:`articles.forms.guards.VersionGuard.revert`)."""
        form = super().get_form(request, obj, change, **kwargs)
        if "/history/" in request.path and issubclass(form, VersionGuard):
            form = type(form.__name__, (form,), {"revert": True})
        return form

    @answers_bad_input
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with uploads_kept_only_if_saved():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def construct_change_message(self, request, form, formsets, add=False):
        """What the log says a save changed, without the form's hidden fields (the stale-form
        guard's version): :func:`articles.admin.changelog.change_message`."""
        return change_message(form, formsets, add)

    def log_change(self, request, obj, message):
        """A save that changed nothing is not logged (:data:`~articles.admin.changelog.
        NOTHING_CHANGED`); any other change is, as Django logs it."""
        if message == NOTHING_CHANGED:
            return None
        return super().log_change(request, obj, message)

    @answers_bad_input
    def history_view(self, request, object_id, extra_context=None):
        pk = parse_id(unquote(object_id))
        if has_recorded_history(self.model):
            kind = self.model._meta.model_name  # 导出修改记录 of this one (articles.admin.audit)
            if kind in ("issue", "photo") and request.user.has_perm("articles.export_history"):
                extra_context = {**(extra_context or {}), "audit_object": f"{kind}:{pk}"}
            return super().history_view(request, object_id, extra_context)
        response = admin.ModelAdmin.history_view(self, request, object_id, extra_context)
        if isinstance(response, TemplateResponse):
            # the admin's change log, each message in the desk's words (articles.admin.changelog)
            response.template_name = "admin/articles/object_history_log.html"
        return response

    def history_record(self, request, object_id, version_id):
        """The recorded version an address names, checked: ids are numbers, the version is one
        of this row's, and a POST (a revert) needs the change permission. Raises
        :class:`DeskInputError` (404) or ``PermissionDenied``."""
        pk = parse_id(unquote(object_id))
        history_id = parse_id(version_id, what="历史版本")
        if not has_recorded_history(self.model):
            raise DeskInputError(
                f"{self.opts.verbose_name}没有修改记录，无法查看或恢复历史版本。", status=404
            )
        history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
        record = history.filter(**{self.opts.pk.attname: pk, "history_id": history_id}).first()
        if record is None:
            raise DeskInputError(f"{self.opts.verbose_name}没有这个历史版本。", status=404)
        if request.method == "POST" and not self.has_change_history_permission(
            request, record.instance
        ):
            raise PermissionDenied
        return record

    @answers_bad_input
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Show (viewers) or revert to (the change permission) one recorded version."""
        self.history_record(request, object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


class DeskAdmin(DeskGuards, ImportMixin, ExportActionMixin, SimpleHistoryAdmin):
    """A ModelAdmin with spreadsheet import/export (CSV with BOM, XLSX, JSON; preview and per-row
    errors), history with diff and revert, and extra object tools.

    Importing a spreadsheet needs the model's change permission, exporting its view permission.
    """

    formats = FORMATS
    export_form_class = ColumnExportForm
    import_form_class = SpreadsheetImportForm
    tmp_storage_class = KeptUpload
    import_export_change_list_template = "admin/articles/change_list.html"
    import_template_name = "admin/articles/import.html"  # warns of new people near existing ones
    change_form_template = "admin/articles/change_form.html"
    object_history_list_template = "admin/articles/object_history_list.html"
    object_history_form_template = "admin/articles/object_history_form.html"
    show_change_form_export = False
    list_per_page = 50

    def process_import(self, request, **kwargs):
        """确认导入, once per upload: an upload already imported, being imported or expired is
        said so on the import page (:class:`~articles.spreadsheets.formats.UploadGone`), not a
        server error, and so is a cache that cannot be reached (:class:`UploadNotKept`); an import that stops before it finishes (an error, the confirm form
        refused) lets the same upload be confirmed again."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        name = os.path.basename(request.POST.get("import_file_name", ""))
        try:
            KeptUpload.claim(name)
            response = super().process_import(request, **kwargs)
        except (UploadGone, UploadNotKept) as gone:  # UploadNotKept: the cache (Redis) is down
            messages.error(request, str(gone))
            opts = self.opts
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_import"))
        except BaseException:
            KeptUpload.release(name)
            raise
        if not isinstance(response, HttpResponseRedirect):
            KeptUpload.release(name)
        return response

    def _create_log_entry(self, user_pk, rows, import_type, action_flag):
        """django-import-export's log of a spreadsheet import, in Chinese (``表格导入：修改``,
        :func:`articles.admin.changelog.spreadsheet_message`), not ``update through
        import_export``."""
        if rows:
            LogEntry.objects.log_actions(
                user_pk,
                rows,
                action_flag,
                change_message=spreadsheet_message(import_type),
                single_object=len(rows) == 1,
            )

    def get_export_filename(self, request, queryset, file_format):
        """Named after the list's filters the export was made with (``稿件-南通日报-2018年.csv``:
        :mod:`articles.spreadsheets.exportnames`)."""
        return export_filename(self.model, file_format, request.GET)

    def _do_file_export(self, file_format, request, queryset, export_form=None):
        """The export's file, named in Chinese with a header that keeps the name intact."""
        response = super()._do_file_export(file_format, request, queryset, export_form)
        return attachment(response, self.get_export_filename(request, queryset, file_format))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        """A save refused as stale (the form's :class:`~articles.forms.guards.VersionGuard`)
        shows that refusal and the fresh form's link alone: its inline rows' own errors are of
        the old content (a reviewer's page form, saved after another editor's 重新匹配热区,
        listed 16 zones "already there" under the refusal) and go with it."""
        adminform = context.get("adminform")
        if adminform is not None and getattr(adminform.form, "is_stale", False):
            for inline in context.get("inline_admin_formsets", ()):
                _errors_cleared(inline.formset)
            context["errors"] = helpers.AdminErrorList(adminform.form, [])
        return super().render_change_form(request, context, add, change, form_url, obj)

    def view_on_site(self, obj):
        """“在站点上查看” only for what readers can see: a draft's public address is a 404."""
        return obj.get_absolute_url() if is_public(obj) else None

    # Object tools -------------------------------------------------------------------------

    def get_list_tools(self, request) -> list[Tool]:
        return []

    def get_object_tools(self, request, obj) -> list[Tool]:
        return []

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "desk_tools": self.get_list_tools(request)}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        tools = self.get_object_tools(request, obj) if obj is not None else []
        extra_context = {**(extra_context or {}), "desk_tools": tools}
        return super().change_view(request, object_id, form_url, extra_context)

    # Spreadsheets -------------------------------------------------------------------------

    def has_import_permission(self, request):
        return self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_valid_export_item_pks(self, request):
        """Rows an "export selected" action may name: those this admin lists."""
        return self.get_queryset(request).values_list("pk", flat=True)

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, UploadNotKept) or (
            isinstance(e, ValueError) and str(e).startswith("无法读取")
        ):
            message = str(e)
        else:
            message = (
                f"无法读取这个文件（{type(e).__name__}）：请确认所选格式与文件一致"
                "（CSV、XLSX 或 JSON），并使用本系统导出的表格修改后再导入。"
            )
        form.add_error("import_file", message)


class ReadOnlyInline:
    """An inline that lists related rows without letting them be added, changed or deleted."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class NamesStories:
    """A desk list whose rows name stories (``str(article)``, :meth:`Article.name_for_editors`):
    the first part's text of each story it reaches by :attr:`story_path` is prefetched into
    :data:`~articles.models.stories.FIRST_PARTS`, so naming untitled stories by their first
    words costs one query in all, not one a row (the stories' own ``parts`` stay whole)."""

    story_path = "article"

    def get_queryset(self, request):
        first = ArticlePart.objects.filter(sequence=0).only("article_id", "sequence", "blocks")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(f"{self.story_path}__parts", queryset=first, to_attr=FIRST_PARTS)
            )
        )


class DeskAutocompleteView(AutocompleteJsonView):
    """The admin's autocomplete answers (所属稿件, 指向稿件, 记者 …): each result is named by its
    ModelAdmin's ``autocomplete_label(obj)`` when it has one (a story by date, paper and page:
    :func:`articles.forms.desk.story_choice_label`), else by ``str(obj)`` as Django does."""

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        if label is not None:
            result["text"] = label(obj)
        return result


def _errors_cleared(formset) -> None:
    """``formset`` shown without its errors (validated already: what each form holds)."""
    formset._non_form_errors = formset.error_class()
    for form in formset.forms:
        form._errors = ErrorDict()
    formset._errors = [form._errors for form in formset.forms]
