"""What every desk shares: spreadsheets, history, permissions, object tools."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from import_export.admin import ExportActionMixin, ImportMixin
from simple_history.admin import SimpleHistoryAdmin

from articles.forms import ColumnExportForm
from articles.models import Article, Issue, Page, Photo, Status
from articles.resources import FORMATS, TolerantTempStorage


@dataclass(frozen=True)
class Tool:
    """A button in the object tools above a list or a form."""

    url: str
    label: str


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:articles_{name}", args=args)


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


EDIT_REASON = "编辑修改"
REVERT_REASON = "恢复到历史版本"


def change_reason(request) -> str:
    """Why a row is saved from the admin, for its history record."""
    return REVERT_REASON if "/history/" in request.path else EDIT_REASON


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


class DeskAdmin(ImportMixin, ExportActionMixin, SimpleHistoryAdmin):
    """A ModelAdmin with spreadsheet import/export (CSV with BOM, XLSX, JSON; preview and per-row
    errors), history with diff and revert, and extra object tools.

    Importing a spreadsheet needs the model's change permission, exporting its view permission.
    """

    formats = FORMATS
    export_form_class = ColumnExportForm
    tmp_storage_class = TolerantTempStorage
    import_export_change_list_template = "admin/articles/change_list.html"
    change_form_template = "admin/articles/change_form.html"
    object_history_list_template = "admin/articles/object_history_list.html"
    show_change_form_export = False
    list_per_page = 50

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
        if isinstance(e, ValueError) and str(e).startswith("无法读取"):
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
