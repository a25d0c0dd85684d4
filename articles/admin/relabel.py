"""改版次 at the desk: a page's action (its admin page's 改版次 button) that asks for the
printed label, shows what changing it does (:func:`articles.relabel.relabel_preview`: the relabel
run and rolled back, so it lists every link it changes, as the action decides them) and, confirmed,
does it (:func:`articles.relabel.page_relabel`). For whoever may change the page (the page's
form's own rule: :meth:`~articles.admin.published.FollowsIssue.has_change_permission`, a published
issue of a paper that requires sign-off being the chief editor's). The admin's log of the page
names it with what changed; the issue's history, who (the desk's activity reads it)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from articles.admin.base import admin_url
from articles.forms.relabel import PageRelabelForm
from articles.relabel import RelabelError, page_relabel, relabel_preview, relabel_reason


def _address(page, label: str) -> str:
    """The public address ``page`` has under ``label``."""
    return reverse(
        "articles:page",
        kwargs={
            "paper": page.issue.publication.slug,
            "date": page.issue.date.isoformat(),
            "label": label,
        },
    )


def relabel_view(model_admin, request, page):
    """The 改版次 page of ``page``: the form; a valid label, its confirmation page; confirmed,
    the relabel, back to the page's form with what changed."""
    if not model_admin.has_change_permission(request):  # (no change permission at all: 403)
        raise PermissionDenied
    if refusal := model_admin.issue_refusal(request, page):  # (the sign-off rule: why)
        model_admin.message_user(request, refusal, messages.ERROR)
        return HttpResponseRedirect(admin_url("page_change", page.pk))
    if not model_admin.has_change_permission(request, page):
        raise PermissionDenied
    form = PageRelabelForm(request.POST if request.method == "POST" else None, page=page)
    plan = None
    if request.method == "POST" and form.is_valid():
        new = form.cleaned_data["new_label"]
        if form.cleaned_data["confirmed"]:
            try:
                report = page_relabel(page=page, new_label=new, user=request.user)
            except RelabelError as exc:
                form.add_error("new_label", str(exc))
            else:
                LogEntry.objects.log_actions(
                    request.user.pk,
                    [report.page],
                    CHANGE,
                    change_message=f"{relabel_reason(report.old, report.new)}：{report.summary()}",
                    single_object=True,
                )
                model_admin.message_user(request, f"{report.summary()}。", messages.SUCCESS)
                return HttpResponseRedirect(admin_url("page_change", page.pk))
        else:
            try:
                plan = relabel_preview(page=page, new_label=new)
            except RelabelError as exc:
                form.add_error("new_label", str(exc))
            else:
                form = PageRelabelForm(
                    {"new_label": new, "loaded_label": page.label, "confirmed": True}, page=page
                )
                form.is_valid()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"改版次：{page}",
        "page": page,
        "form": form,
        "plan": plan,
        "old_url": page.get_absolute_url(),
        "new_url": _address(page, plan.new) if plan else "",
    }
    return TemplateResponse(request, "admin/articles/page/relabel.html", context)
