"""导出修改记录 (``/admin/audit/``): the desk's page that writes every recorded change in a date
range, or one story's, as CSV or XLSX (:mod:`articles.admin.auditrows` reads them).

For users with the ``articles.export_history`` permission (editors and chief editors by
``setup_roles``; not viewers: who did what is the desk's, not every reader's). The story's 修改历史
page links here with the story chosen (``?object=article:12``). The file is written with
django-import-export's formats, as the desk's spreadsheets are (CSV with a BOM for Excel, XLSX),
each cell made inert as theirs (:func:`articles.spreadsheets.cells.inert`: a headline starting
with ``=`` is not run as a formula).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import tablib
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from articles.admin.auditrows import (
    AUDIT_COLUMNS,
    AUDIT_MAX_ROWS,
    OBJECT_KINDS,
    AuditTooLarge,
    audit_rows,
)
from articles.models import Article
from articles.spreadsheets.cells import inert
from articles.spreadsheets.formats import ExcelCSV, NamedSheetXLSX, attachment

#: Who may export (the permission's codename in ``articles``).
PERMISSION = "articles.export_history"
FORMATS = {"csv": ExcelCSV, "xlsx": NamedSheetXLSX}


#: The days a range may name (both included): beyond them a day's bounds as times do not
#: exist (``date.max`` has no next day; ``date.min`` in Beijing time is before year 1 in UTC,
#: which SQLite's adapter raises on), and no newspaper's record is that old or that late.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


class AuditForm(forms.Form):
    """起止日期 (Beijing days, both included) and the file's format; ``object``: one object's
    records only (``article:12``), else everything."""

    start = forms.DateField(
        label="从（含）", required=False, widget=forms.DateInput({"type": "date"})
    )
    end = forms.DateField(
        label="到（含）", required=False, widget=forms.DateInput({"type": "date"})
    )
    format = forms.ChoiceField(
        label="格式", choices=[("xlsx", "XLSX 表格"), ("csv", "CSV（UTF-8，表格软件可直接打开）")]
    )
    object = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_object(self) -> tuple[str, int] | None:
        text = self.cleaned_data.get("object") or ""
        if not text:
            return None
        kind, _, number = text.partition(":")
        if kind not in OBJECT_KINDS or not number.isdigit():
            raise forms.ValidationError(
                "要导出的对象写法不对：请从稿件的“修改历史”页点“导出修改记录”。"
            )
        return kind, int(number)

    def clean(self):
        data = super().clean()
        for name in ("start", "end"):  # (9999-12-31's next day, 0001-01-01 in UTC: overflow)
            day = data.get(name)
            if day is not None and not EARLIEST <= day <= LATEST:
                self.add_error(
                    name,
                    f"日期 {day} 超出可导出的范围（{EARLIEST} 至 {LATEST}）："
                    "请填实际要查的日期，或留空表示不限。",
                )
                data.pop(name, None)
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", f"结束日期 {end} 早于开始日期 {start}：请把两个日期对调。")
        return data

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """The range as aware times: the start day's 0:00 and the day after the end's, in
        the site's time zone (Asia/Shanghai)."""
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        zone = timezone.get_current_timezone()
        return (
            datetime.combine(start, time(), zone) if start else None,
            datetime.combine(end + timedelta(days=1), time(), zone) if end else None,
        )


def _chosen_name(chosen) -> str:
    if chosen is None:
        return ""
    kind, pk = chosen
    found = OBJECT_KINDS[kind].objects.filter(pk=pk).first()
    noun = OBJECT_KINDS[kind]._meta.verbose_name
    return f"{noun}“{found}”（#{pk}）" if found else f"{noun} #{pk}（已删除）"


def audit_view(request, site):
    """The form (GET), the file (a valid POST), or the form again saying what is wrong."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied("导出修改记录需要“可导出修改记录”的权限：请找管理员（总编辑）开通。")
    initial = {"object": request.GET.get("object", ""), "format": "xlsx"}
    form = AuditForm(request.POST or None, initial=initial)
    problem = ""
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["object"]
        start, end = form.bounds()
        kind, pk = chosen if chosen else (None, None)
        try:
            rows = audit_rows(start=start, end=end, kind=kind, object_id=pk)
        except AuditTooLarge as error:
            problem = str(error)
        else:
            return _file(rows, form.cleaned_data["format"], chosen)
    context = {
        **site.each_context(request),
        "title": "导出修改记录",
        "form": form,
        "problem": problem,
        "chosen": _chosen_name(_parsed(form.data.get("object") or initial["object"])),
        "max_rows": AUDIT_MAX_ROWS,
        "columns": AUDIT_COLUMNS,
        "story_opts": Article._meta,
    }
    return TemplateResponse(request, "admin/articles/audit_export.html", context)


def _parsed(text: str):
    kind, _, number = (text or "").partition(":")
    return (kind, int(number)) if kind in OBJECT_KINDS and number.isdigit() else None


def _file(rows, fmt: str, chosen) -> HttpResponse:
    data = tablib.Dataset(headers=list(AUDIT_COLUMNS), title="修改记录")
    for row in rows:
        data.append([inert(cell) for cell in row.cells()])
    file_format = FORMATS[fmt]()
    content = file_format.export_data(data)
    day = timezone.localdate().isoformat()
    which = f"-{chosen[0]}-{chosen[1]}" if chosen else ""
    response = HttpResponse(content, content_type=file_format.get_content_type())
    return attachment(response, f"修改记录{which}-{day}.{file_format.get_extension()}")
