"""Papers (报纸): name, address and 发布须经签发, which only a chief editor turns on or off."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect

from articles.admin.base import DeskGuards, count_of
from articles.forms import PublicationDeskForm
from articles.models import Issue, Publication, Status
from articles.signoff import may_sign_off

REVIEW_FIELD = "review_required"
#: Said to an editor whose POST of the paper's form changed 发布须经签发 (not saved).
REVIEW_NOT_YOURS = (
    "“发布须经签发”只有总编辑（签发权限）可以开关：您提交的这一项没有保存，本报仍{state}。"
    "要改，请总编辑来改。"
)


@admin.register(Publication)
class PublicationAdmin(DeskGuards, admin.ModelAdmin):
    form = PublicationDeskForm  # a stale save is refused (RowVersionGuard): 签发 is never undone
    fields = [
        "name",
        "slug",
        "review_required",
        "created_at",
        "loaded_version",  # the lost-update guard's hidden field (PublicationDeskForm)
    ]
    list_display = ["name", "slug", "review_required", "issue_count", "created_at"]
    search_fields = ["name", "slug"]
    readonly_fields = ["created_at"]

    def get_readonly_fields(self, request, obj=None):
        """Only a chief editor turns sign-off on or off (an editor could otherwise skip it),
        and, on a paper that requires it with an issue published, renames the paper."""
        fields = list(super().get_readonly_fields(request, obj))
        if not may_sign_off(request.user):
            fields.append("review_required")
            if obj is not None and obj.review_required and self._published(obj):
                fields += ["name", "slug"]  # printed on every page readers see, and its address
        return fields

    @staticmethod
    def _published(paper) -> bool:
        """Whether readers see an issue of ``paper``: on a paper that requires sign-off its name
        and address are then the chief editor's, as the issue is
        (``articles.signoff.published_issue_refusal``)."""
        return paper.issues.filter(status=Status.PUBLISHED).exists()

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(n_issues=count_of(Issue.objects, "publication"))
        )

    @staticmethod
    def review_refused(request, paper) -> bool:
        """Whether ``request`` (a POST of the paper's form) sent a 发布须经签发 other than the
        paper's from one who may not change it (the field is read-only to them, so ignored)."""
        if may_sign_off(request.user) or REVIEW_FIELD not in request.POST:
            return False
        posted = forms.CheckboxInput().value_from_datadict(request.POST, None, REVIEW_FIELD)
        return posted != paper.review_required

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        request.desk_paper_changed = bool(message)
        return message

    def response_change(self, request, obj):
        """A 发布须经签发 an editor posted is said to be not theirs to change (a reviewer's
        editor was told 成功修改了 报纸 while nothing changed); with nothing else changed, no
        success is said at all."""
        if not self.review_refused(request, obj):
            return super().response_change(request, obj)
        state = "须经签发" if obj.review_required else "不须签发（编辑可以直接发布）"
        self.message_user(request, REVIEW_NOT_YOURS.format(state=state), messages.ERROR)
        if getattr(request, "desk_paper_changed", False):
            return super().response_change(request, obj)
        return HttpResponseRedirect(request.path)

    @admin.display(description="期数", ordering="n_issues")
    def issue_count(self, obj):
        return obj.n_issues
