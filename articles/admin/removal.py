"""Undoing an import from the desk: “撤销本版导入” on a page, “删除本期” on an issue.

Both show a confirmation page listing exactly what goes (``articles.removal``'s plan), then remove
all of it in one transaction and record it: history keeps a deletion record of every story, part
and photo (who, when, why), and the admin's log an entry naming what went. Django's own delete is
closed on stories, pages and issues (it would cut stories in half); these two views are the way,
for users who may import pages (:func:`may_undo_imports`), and only they see the buttons.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from articles.admin.base import admin_url
from articles.forms.confirm import RemovalConfirmForm
from articles.models import Page
from articles.removal import (
    RemovalChanged,
    issue_removal_plan,
    issue_remove,
    page_removal_plan,
    page_remove,
    removal_refusal,
)
from articles.signoff import may_sign_off

#: What undoing an import needs: the permissions importing a page needs, and changing issues.
UNDO_PERMISSIONS = ("articles.add_page", "articles.change_page", "articles.change_issue")


def may_undo_imports(user) -> bool:
    """May ``user`` undo a page's import or delete an issue? (Whoever may import pages.)"""
    return user.is_active and user.is_staff and user.has_perms(UNDO_PERMISSIONS)


def _log(request, obj, flag: int, message: str) -> None:
    LogEntry.objects.log_actions(
        request.user.pk, [obj], flag, change_message=message, single_object=True
    )


def removal_view(model_admin, request, obj):
    """The confirmation page for removing ``obj`` (a page or an issue), and the removal."""
    if not may_undo_imports(request.user):
        raise PermissionDenied
    is_page = isinstance(obj, Page)
    plan = page_removal_plan(obj) if is_page else issue_removal_plan(obj)
    form = RemovalConfirmForm(
        request.POST if request.method == "POST" else None, fingerprint=plan.fingerprint
    )
    refusal = removal_refusal(plan, may_sign_off(request.user))
    if request.method == "POST" and refusal:
        form.add_error(None, f"什么都没有删除：{refusal}")
    elif request.method == "POST" and form.is_valid():
        try:
            if is_page:
                issue = obj.issue
                done = page_remove(page=obj, user=request.user, fingerprint=plan.fingerprint)
                _log(request, issue, CHANGE, f"撤销{obj.label}版导入：{done.summary()}")
                target = admin_url("issue_change", issue.pk)
            else:
                _log(request, obj, DELETION, f"删除本期：{plan.summary()}")
                done = issue_remove(issue=obj, user=request.user, fingerprint=plan.fingerprint)
                target = admin_url("issue_changelist")
        except RemovalChanged:
            form.add_error(None, "要删除的内容刚刚有了变化，什么都没有删除；请看更新后的清单。")
        else:
            verb = "已撤销" if is_page else "已删除"
            model_admin.message_user(
                request, f"{verb}{done.what}：删去{done.summary()}。", messages.SUCCESS
            )
            return HttpResponseRedirect(target)
    title = f"撤销 {plan.what} 的导入" if is_page else f"删除 {plan.what}"
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": title,
        "plan": plan,
        "form": form,
        "is_page": is_page,
        "back_url": admin_url("page_change" if is_page else "issue_change", obj.pk),
        "button": "确认撤销本版导入" if is_page else "确认删除本期",
        "refusal": refusal,
    }
    return TemplateResponse(request, "admin/articles/removal_confirm.html", context)
