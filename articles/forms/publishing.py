"""Forms of publishing and re-parsing at the desk: 发布本期 (now or at a time, with the chief
editor's reason where sign-off is required), 定时发布 of stories, 重新解析 of a page, and the
spreadsheet export's column choice and its import's file."""

from __future__ import annotations

from django import forms
from import_export.forms import ImportForm, SelectableFieldsExportForm

ACKNOWLEDGE_HELP = (
    "这些稿件会停在印着的转版标记处，读者看到的是“{marker}”这样的标记："
    "目标版面已导入时它是链接，尚未导入时只是文字，下文要等补导版面并接好后才出现。"
    "最好先把上面列出的转版处理好。"
)


class IssuePublishForm(forms.Form):
    """发布本期 (and 发布所选的期): the 已知悉 tick for the chains listed, its help naming a
    marker as this issue prints them (``marker``: ``articles.admin.display.marker_example``;
    a paper that prints 第二版 is not told of ``（下转A2版）``)."""

    acknowledge_broken = forms.BooleanField(
        label="已知悉未接好的转版，仍然发布",
        required=False,
        help_text=ACKNOWLEDGE_HELP.format(marker="（下转A2版）"),
    )

    def __init__(self, *args, marker: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if marker:
            self.fields["acknowledge_broken"].help_text = ACKNOWLEDGE_HELP.format(marker=marker)


class ScheduleTimeField(forms.DateTimeField):
    """A publish time typed in the site's time zone (Asia/Shanghai), as a browser's
    ``datetime-local`` input sends it (``2020-07-09T21:30``) or typed with a space."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    INVALID = "请按“2020-07-09 21:30”的格式填写日期和时间（北京时间）。"

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "input_formats", ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        )
        kwargs.setdefault("error_messages", {"invalid": self.INVALID})
        super().__init__(**kwargs)


class IssueScheduleForm(IssuePublishForm):
    """发布本期 with an optional time (定时发布) and, on a paper that requires sign-off, the
    chief editor's reason for publishing stories not signed off."""

    publish_at = ScheduleTimeField(
        label="定时发布时间（北京时间）",
        required=False,
        help_text="留空则立即发布；填写后，本期在这个时间自动发布（无需有人在场）。",
    )
    override_reason = forms.CharField(
        label="未签发破例发布的理由",
        required=False,
        max_length=80,
        help_text="本报须经签发。仅当确需发布尚未签发的稿件时填写；理由记入修改历史。",
    )

    def __init__(self, *args, review_required: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not review_required:
            del self.fields["override_reason"]


class StoriesScheduleForm(forms.Form):
    """定时发布所选稿件's time (required: the action is for setting one)."""

    publish_at = ScheduleTimeField(
        label="定时发布时间（北京时间）",
        error_messages={
            "required": "请填写定时发布的日期和时间（北京时间），如“2020-07-09 21:30”；"
            "要立即发布，请用“发布所选稿件”。",
            "invalid": ScheduleTimeField.INVALID,
        },
    )


class PageReparseForm(forms.Form):
    overwrite_edited = forms.BooleanField(
        label="覆盖人工修改",
        required=False,
        help_text="不勾选时，编辑改过的稿件保持原样，并列为冲突（与导入规则相同）。",
    )


class ColumnExportForm(SelectableFieldsExportForm):
    """The spreadsheet export form, its column checkboxes labelled with the Chinese headers."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource.fields.get(field_name)
        return str(field.column_name) if field else field_name


class SpreadsheetImportForm(ImportForm):
    """The spreadsheet import form, an empty file refused with what file to choose instead:
    this desk's export (its model's name, from ``resources``), CSV, XLSX or JSON, with its header
    row; not Django's bare ``所提交的是空文件。``."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        rows = resources[0]._meta.model._meta.verbose_name_plural
        self.fields["import_file"].error_messages["empty"] = (
            "所选的文件是空的（0 字节），里面没有表格：请选择在本页“导出”得到的"
            f"{rows}表格（CSV、XLSX 或 JSON，第一行是表头），改好后再导入；"
            "若它本应有内容，请重新导出或重新保存后再选。"
        )
