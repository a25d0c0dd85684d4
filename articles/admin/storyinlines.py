"""The story form's inlines: its printed parts (the body) and its photos, and the rule they
share with the story's reporters (``articles.admin.photos.BylineInline``): what may not be
changed in a story may not be changed in its rows (:class:`FollowsStory`)."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponseRedirect
from django.utils.html import format_html

from articles.admin.display import thumbnail
from articles.admin.phototext import pending_html
from articles.admin.readonly import ReadableWhenReadOnly
from articles.forms import PrintedTextForm
from articles.forms.desk import ArticlePartBodyForm
from articles.forms.photoupload import PHOTO_IMAGE_OVERRIDES
from articles.models import ArticlePart, Photo
from articles.signoff import (  # noqa: F401 (photo_refusal: the photo admins ask it here)
    photo_refusal,
    published_edit_refusal,
)


class FollowsStory:
    """An inline of the story form that may be changed only when its story may
    (``articles.signoff.published_edit_refusal``: a published story of a paper that requires
    sign-off is the chief editor's): read-only otherwise, as the form is."""

    @staticmethod
    def _story_open(request, obj) -> bool:
        return obj is None or not published_edit_refusal(obj, request.user)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._story_open(request, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._story_open(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._story_open(request, obj)


#: Said with the reason when a form was posted that may not be saved now (it went stale: the
#: story was published while the editor had it open).
NOT_SAVED = "您这次的修改没有保存。"


def refused_view(modeladmin, request, refusal: str):
    """What a change view answers for an object ``request.user`` may not change now
    (``refusal``, Chinese, or ``""``): on a GET, the read-only form with the reason (None: go
    on rendering it); on a POST (a form opened before the story was published), a redirect to
    that form with the reason, instead of Django's bare 403 (a reviewer's stale form gave
    only 没有权限). None when nothing is refused."""
    if not refusal:
        return None
    if request.method == "POST":
        modeladmin.message_user(request, f"{refusal}{NOT_SAVED}", messages.ERROR)
        return HttpResponseRedirect(request.path)
    modeladmin.message_user(request, refusal, messages.WARNING)
    return None


def refusing_locked_stories(form_class, user):
    """``form_class`` (a photo's form: the photo's own, or a row of the page form's photos)
    whose ``clean`` refuses a change to a photo of a story ``user`` may not change now, or one
    moving a photo into such a story (``articles.signoff.published_edit_refusal``: a
    reviewer's editor changed a published story's photo from the page form, and attached a
    stand-alone photo to a published story)."""

    class LockedStoriesRefused(form_class):
        def clean(self):
            data = super().clean()
            if not self.has_changed():
                return data
            stored = self.instance.article if self.instance.article_id else None
            for story in (stored, data.get("article")):
                if story is not None and (refusal := published_edit_refusal(story, user)):
                    raise ValidationError(refusal)
            return data

    return LockedStoriesRefused


class ArticlePartInline(FollowsStory, ReadableWhenReadOnly, admin.StackedInline):
    """The body as printed, one part per page the story ran on."""

    model = ArticlePart
    form = ArticlePartBodyForm
    extra = 0
    can_delete = False
    fields = ["where", "printed_titles", "blocks"]
    readonly_fields = ["where", "printed_titles"]
    verbose_name = "正文分段"
    verbose_name_plural = "正文（每个版面上印出的一段）"

    def has_add_permission(self, request, obj=None):
        return False  # parts come from the printed pages; jumps join them

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("page").order_by("sequence")

    @admin.display(description="刊于")
    def where(self, part):
        text = f"{part.page.label}版 第{part.position}篇"
        if part.continued_from:
            text += f"（上接{part.continued_from}版）"
        return text

    @admin.display(description="印刷标题行（原样保存，仅供核对）")
    def printed_titles(self, part):
        if not part.title_lines:
            return "—"
        return format_html(
            '{}<div class="help">{}</div>',
            " / ".join(part.title_lines),
            "读者在各版面和稿件页看到的都是上面的引题、主题、副题；改标题请改那里。",
        )


class PhotoOnArticleInline(FollowsStory, admin.TabularInline):
    form = PrintedTextForm
    model = Photo
    fk_name = "article"
    extra = 0
    can_delete = False
    fields = ["preview", "image", "caption", "credit_line", "where"]
    readonly_fields = ["preview", "where"]
    show_change_link = True
    verbose_name_plural = "本稿图片"
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 50})},
        **PHOTO_IMAGE_OVERRIDES,  # the upload's limits, said on the field
    }

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="缩略图")
    def preview(self, photo):
        return thumbnail(photo)

    @admin.display(description="版面")
    def where(self, photo):
        """Its page and place, and a re-import's text of it not taken yet (``pending_html``)."""
        return format_html("{}版 {} {}", photo.page.label, photo.place, pending_html(photo))
