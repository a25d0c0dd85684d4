"""版面图与撤回的稿件 (``/admin/articles/page/<id>/picture/``): the desk decides whether a page's
picture stays held back for a story withdrawn after publication.

The picture is the page as printed: a withdrawn story is legible on it, so it is held back by
default (:func:`articles.querysets.picture_public`), and readers are told so
(:data:`articles.pagepictures.PICTURE_WITHDRAWN`). Right for a legal withdrawal; a story taken
down to fix a mistake need not cost the page's other stories their picture, so the desk may
tick it here (:func:`articles.pagepictures.picture_release_set`). Whoever may publish the page's
paper decides (an editor; a chief editor on a paper that requires sign-off, as what readers see of
a published issue is theirs there: :func:`articles.signoff.may_publish`).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from articles.admin.base import admin_url, parse_id
from articles.models import Page
from articles.pagepictures import picture_release_set, withdrawn_on
from articles.signoff import may_publish


class PictureReleaseForm(forms.Form):
    """The withdrawn stories ticked: the page's picture shown despite them."""

    release = forms.TypedMultipleChoiceField(
        label="照常公开版面图（图上能读到这篇撤回的稿件）",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, stories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["release"].choices = [(a.pk, f"“{a}”") for a, _ in stories]
        self.fields["release"].initial = [a.pk for a, released in stories if released]


def picture_release_view(model_admin, request, object_id):
    page = get_object_or_404(
        Page.objects.select_related("issue__publication"), pk=parse_id(object_id, what="版面")
    )
    if not model_admin.has_view_or_change_permission(request, page):
        raise PermissionDenied
    may = model_admin.has_change_permission(request, page) and may_publish(
        request.user, page.issue.publication
    )
    stories = withdrawn_on(page)
    form = PictureReleaseForm(request.POST if request.method == "POST" else None, stories=stories)
    if request.method == "POST":
        if not may:
            raise PermissionDenied(
                "本报须经签发：读者看到的版面图只有总编辑（签发权限）可以决定公开。"
            )
        if form.is_valid():
            message = picture_release_set(page, form.cleaned_data["release"], user=request.user)
            model_admin.message_user(request, message, messages.SUCCESS)
            return HttpResponseRedirect(admin_url("page_change", page.pk))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"版面图与撤回的稿件：{page.issue} {page.label}版",
        "page": page,
        "form": form,
        "stories": stories,
        "may": may,
    }
    return TemplateResponse(request, "admin/articles/page/picture_release.html", context)
