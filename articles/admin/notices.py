"""Printed 更正 notices: which story each corrects, and the editor's decision on those the
automatic search could not link (:mod:`articles.correctionnotices`)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Q
from django.utils.html import format_html

from articles.admin.base import DeskGuards, Tool, admin_url
from articles.forms.notices import NoticeDecisionForm
from articles.models import CorrectionNotice, NoticeState

#: Why a notice is on the desk's list, and what to do (the list's 说明 column).
HOW_TO_FIX = {
    NoticeState.PENDING: "该期该版还没有导入：导入后会自动链接；若版次或日期印错了，请手动选择稿件。",
    NoticeState.UNMATCHED: "该版没有这个标题的稿件（标题或版次可能印错了）：请手动选择稿件，或忽略。",
    NoticeState.AMBIGUOUS: "该版有不止一篇这个标题的稿件：请选出被更正的那一篇。",
    NoticeState.SEVERAL: "启事提到了不止一篇稿件（旧版只能链接一篇）：点“交还自动查找”，启事提到的每一篇会分别链接。",
    NoticeState.TAKEN: "找到的稿件已由另一处更正链接：这则启事两处都指向它时，请为这一处选择别的稿件或忽略；若是旧版留下的（那时一篇稿件只能链接一则更正），点“交还自动查找”即可接上。",
    NoticeState.UNREAD: "启事里读不出“本报某月某日某版《标题》”（日期、版次或标题没有印全）：请手动选择稿件，或忽略。",
}


class OpenNoticeFilter(admin.SimpleListFilter):
    title = "待处理"
    parameter_name = "open"

    def lookups(self, request, model_admin):
        return [("1", "未找到被更正稿件（待编辑处理）")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(corrected__isnull=True).exclude(state=NoticeState.DISMISSED)
        return queryset


@admin.register(CorrectionNotice)
class CorrectionNoticeAdmin(DeskGuards, admin.ModelAdmin):
    """Rows are written by the import and by edits of either story; an editor decides the
    unclear ones on the change form (pick the story, dismiss, hand back)."""

    form = NoticeDecisionForm
    list_display = ["where", "printed", "state", "corrected_story", "why"]
    list_filter = [OpenNoticeFilter, "state"]
    list_select_related = ["notice__issue__publication", "notice__page", "corrected__page"]
    search_fields = ["printed", "target_title"]
    readonly_fields = ["where", "notice_story", "printed", "corrected_story", "why"]
    fields = [
        "where",
        "notice_story",
        "printed",
        "state",
        "corrected_story",
        "why",
        "decision",
        "corrected",
        "loaded_version",
    ]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # a notice goes with its story (a re-import without it, a deletion)

    @admin.display(description="位置", ordering="notice__issue__date")
    def where(self, row):
        return f"{row.notice.issue} {row.notice.page.label}版"

    @admin.display(description="更正启事")
    def notice_story(self, row):
        return format_html(
            '<a href="{}">{}</a>', admin_url("article_change", row.notice_id), row.notice
        )

    @admin.display(description="被更正稿件")
    def corrected_story(self, row):
        if row.corrected_id is None:
            return "—"
        story = row.corrected
        return format_html(
            '<a href="{}">{}版 {}</a>',
            admin_url("article_change", story.pk),
            story.page.label,
            story,
        )

    @admin.display(description="说明")
    def why(self, row):
        return HOW_TO_FIX.get(row.state, "")

    def save_model(self, request, obj, form, change):
        """The decision goes through the service (:meth:`NoticeDecisionForm.decide`), not a
        plain save of the row."""
        self.message_user(request, form.decide(), messages.SUCCESS)
        obj.refresh_from_db()  # (the admin's own message names it as it is now)

    def save_related(self, request, form, formsets, change):
        pass  # (no inlines; the row was written by the service)


def notice_tools(article) -> list[Tool]:
    """The story form's tools for a printed 更正 (either side): the notice's row, named by
    what it needs (``处理更正：该版有不止一篇同名稿件``) or what it links. One query."""
    rows = CorrectionNotice.objects.filter(Q(notice=article.pk) | Q(corrected=article.pk))
    tools = []
    rows = list(rows.only("pk", "state", "notice_id", "corrected_id", "target_title"))
    several = sum(row.notice_id == article.pk for row in rows) > 1  # (named: which story)
    for row in rows:
        if row.notice_id != article.pk:
            label = "查看更正启事"
        elif row.is_open:
            label = f"处理更正{_named(row, several)}：{row.get_state_display()}"
        else:
            label = f"更正{_named(row, several)}：{row.get_state_display()}"
        tools.append(Tool(admin_url("correctionnotice_change", row.pk), label))
    return tools


def _named(row: CorrectionNotice, several: bool) -> str:
    """``《title》``: which story of its notice a row is, when the notice names ``several``."""
    return f"《{row.target_title}》" if several and row.target_title else ""
