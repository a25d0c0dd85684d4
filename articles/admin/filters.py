"""List filters that read like a newsroom: by issue date, by page, by jump state."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Exists, OuterRef

from articles.admin.base import parse_date, parse_id
from articles.labels import label_sequence
from articles.models import Issue, Jump, JumpState, Page
from articles.pendingtext import pending_ids

BROKEN_STATES = [
    JumpState.PENDING,
    JumpState.UNMATCHED,
    JumpState.AMBIGUOUS,
    JumpState.LOOP,
]


class IssueDateFilter(admin.SimpleListFilter):
    """The most recent issue dates (the date hierarchy above the list reaches older ones)."""

    title = "出版日期"
    parameter_name = "date"
    field_path = "issue__date"

    def lookups(self, request, model_admin):
        dates = Issue.objects.order_by("-date").values_list("date", flat=True).distinct()[:30]
        return [(d.isoformat(), d.isoformat()) for d in dates]

    def queryset(self, request, queryset):
        if self.value():
            when = parse_date(self.value(), what="筛选条件“出版日期”")
            return queryset.filter(**{self.field_path: when})
        return queryset


class PageLabelFilter(admin.SimpleListFilter):
    """Page labels in reading order (A1, A2, …, B1)."""

    title = "版次"
    parameter_name = "page"
    field_path = "page__label"

    def lookups(self, request, model_admin):
        labels = set(Page.objects.values_list("label", flat=True).distinct())
        return [(label, f"{label}版") for label in sorted(labels, key=label_sequence)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{self.field_path: self.value()})
        return queryset


class JumpStateFilter(admin.SimpleListFilter):
    """Stories by the state of their continuation markers."""

    title = "转版状态"
    parameter_name = "jump"
    BROKEN = "broken"
    NONE = "none"

    def lookups(self, request, model_admin):
        return [
            (self.BROKEN, "有未接好的转版"),
            *JumpState.choices,
            (self.NONE, "没有转版"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        jumps = Jump.objects.filter(part__article=OuterRef("pk"))
        if value == self.NONE:
            return queryset.filter(~Exists(jumps))
        if value == self.BROKEN:
            return queryset.filter(Exists(jumps.filter(state__in=BROKEN_STATES)))
        return queryset.filter(Exists(jumps.filter(state=value)))


class PageIssueDateFilter(IssueDateFilter):
    """For rows that hang off a page (parts, photos, teasers)."""

    field_path = "page__issue__date"


class IssueFilter(admin.SimpleListFilter):
    """One issue (linked from the issue's page); lists the ten latest."""

    title = "期"
    parameter_name = "issue"
    field_path = "part__page__issue"

    def lookups(self, request, model_admin):
        issues = Issue.objects.select_related("publication").order_by("-date")[:10]
        choices = [(str(i.pk), str(i)) for i in issues]
        pk = self.issue_id()
        if pk is not None and str(pk) not in dict(choices):
            issue = Issue.objects.select_related("publication").filter(pk=pk).first()
            if issue:
                choices.append((str(pk), str(issue)))
        return choices

    def issue_id(self) -> int | None:
        """The chosen issue's id; raises DeskInputError (400) if it is not one."""
        value = self.value()
        return parse_id(value, what="筛选条件“期”", status=400) if value else None

    def queryset(self, request, queryset):
        pk = self.issue_id()
        if pk is not None:
            return queryset.filter(**{self.field_path: pk})
        return queryset


class BrokenJumpFilter(admin.SimpleListFilter):
    title = "是否需要处理"
    parameter_name = "broken"

    def lookups(self, request, model_admin):
        return [
            ("1", "未接好（待处理）"),
            ("order", "按版面顺序接上（请核对）"),
            ("misprint", "接在别的版上：转版版次可能印错（请核对）"),
            ("0", "已接好或已断开"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(state__in=BROKEN_STATES)
        if self.value() == "order":  # linked by the order of print alone (Jump.by_print_order)
            return queryset.filter(state=JumpState.LINKED, by_print_order=True)
        if self.value() == "misprint":  # linked to another page (Jump.page_misprinted)
            return queryset.filter(state=JumpState.LINKED, page_misprinted=True)
        if self.value() == "0":
            return queryset.exclude(state__in=BROKEN_STATES)
        return queryset


class PageTextFilter(admin.SimpleListFilter):
    """版面文本有改动未采用: stories kept as edited while their page was re-sent with other text
    (:mod:`articles.pendingtext`; each such story's pages are parsed, milliseconds each)."""

    title = "版面文本"
    parameter_name = "page_text"

    def lookups(self, request, model_admin):
        return [("pending", "有改动未采用")]

    def queryset(self, request, queryset):
        if self.value() != "pending":
            return queryset
        return queryset.filter(pk__in=pending_ids(queryset))
