"""采用版面文本 for photos at the desk: a photo edited by hand keeps the page text a re-import
printed otherwise pending (the service: :mod:`articles.importing.phototext`), as a story does
(:mod:`articles.admin.pagetext`).

The photo's change form shows it first (``版面文本与这张图片不同（A3版 …重新导入）``, what the page
changed, a link 采用版面文本), and so do the page form's photo rows and the photo list (a column,
a filter 版面文本: 有改动未采用, an action 采用版面文本 on the photos ticked). Every way leads to one
confirmation page (``photo/page-text/?ids=…``) listing each photo's changes and what taking them
replaces; its POST carries each photo's fingerprint: a photo changed meanwhile is refused with
nothing written for it. The import's conflict line on the desk links to it (:func:`photo_text_url`).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.admin.base import admin_url, answers_bad_input, parse_id
from articles.admin.pagetext import ANCHOR, NOT_AN_EDITOR, PANEL_FIELDSET
from articles.importing.pagetext import PageTextRefused
from articles.importing.phototext import photo_name, photo_text_offer, photo_text_take
from articles.models import Photo
from articles.signoff import photo_refusal

#: What taking it does, under the notice's button.
EXPLAIN = "这张图片的说明、署名和摄影换成版面文本，本版其他图片和稿件的修改不变"
#: At most this many photos on one confirmation page.
MOST = 100


def photo_text_url(*photo_ids: int, from_list: bool = False) -> str:
    """The confirmation page of 采用版面文本 for these photos (``from_list``: it goes back to
    the photo list, else to the photo's form when there is one)."""
    ids = ",".join(str(pk) for pk in photo_ids)
    return f"{reverse('admin:articles_photo_page_text')}?ids={ids}" + (
        "&list=1" if from_list else ""
    )


#: The link of a conflict line naming a photo kept that the page no longer prints.
DELETE_LINK = "删去这张图片"


def photo_delete_url(photo_id: int, user) -> str:
    """The admin's own 删除 page of a photo an import kept though its page no longer prints it
    (an upload or hand edits: :func:`articles.importing.photowrite._left_kept`), the way to drop
    it; ``""`` for a ``user`` who may not delete photos (the page asks before it deletes, and
    refuses a photo this user may not change now, as the photo's form does)."""
    if not user.has_perm("articles.delete_photo"):
        return ""
    return reverse("admin:articles_photo_delete", args=[photo_id])


def pending_html(photo: Photo):
    """A photo's pending page text in one cell (the photo list, the page form's photo rows):
    what the page changed and a link 采用版面文本; ``""`` when nothing is pending."""
    changes = (photo.page_text_pending or {}).get("changes")
    if not changes:
        return ""
    return format_html(
        '<span class="desk-warning">版面文本有改动：{}</span> <a href="{}">采用版面文本</a>',
        "；".join(changes),
        photo_text_url(photo.pk),
    )


class PhotoPageTextFilter(admin.SimpleListFilter):
    """The photo list's 版面文本 filter: photos whose pending page text is not taken yet."""

    title = "版面文本"
    parameter_name = "page_text"

    def lookups(self, request, model_admin):
        count = Photo.objects.page_text_pending().count()
        return [("pending", f"有改动未采用（{count}）")]

    def queryset(self, request, queryset):
        if self.value() == "pending":
            return queryset.page_text_pending()
        return queryset


class PhotoTextPanel:
    """Mixin for the photo admin: the 版面文本 notice first on the form, the list's column,
    filter and action, and the confirmation page."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "page_text_panel"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and obj.page_text_pending and PANEL_FIELDSET not in fieldsets:
            fieldsets.insert(0, PANEL_FIELDSET)
            may_change = self.has_change_permission(request, obj)
            obj._page_text_refusal = photo_refusal(obj, request.user) or (
                "" if may_change else NOT_AN_EDITOR
            )
        return fieldsets

    @admin.display(description="版面文本有改动")
    def page_text_panel(self, photo):
        offer = photo_text_offer(photo) if photo is not None else None
        context = {
            "anchor": ANCHOR,
            "offers": [
                {"notice": offer.notice, "changes": offer.changes, "url": photo_text_url(photo.pk)}
            ]
            if offer
            else [],
            "refusal": getattr(photo, "_page_text_refusal", ""),
            "explain": EXPLAIN,
        }
        return mark_safe(render_to_string("admin/articles/article/_page_text.html", context))

    @admin.display(description="版面文本")
    def page_text_state(self, photo):
        return pending_html(photo)

    def add_success_message(self, result, request):
        """A spreadsheet import done: what it says, and a warning for each row whose photo keeps
        its page text pending (``result.page_text_pending``:
        :func:`~articles.spreadsheets.photos.pending_row_line`)."""
        super().add_success_message(result, request)
        for line in getattr(result, "page_text_pending", []):
            self.message_user(request, line, messages.WARNING)

    @admin.action(description="采用版面文本（所选图片）", permissions=["change"])
    def take_page_text(self, request, queryset):
        ids = list(queryset.page_text_pending().values_list("pk", flat=True)[: MOST + 1])
        if not ids:
            self.message_user(request, "所选图片都没有未采用的版面文本。", messages.WARNING)
            return None
        return HttpResponseRedirect(photo_text_url(*ids[:MOST], from_list=True))

    def get_urls(self):
        return [
            path(
                "page-text/",
                self.admin_site.admin_view(self.page_text_view),
                name="articles_photo_page_text",
            ),
            *super().get_urls(),
        ]

    @answers_bad_input
    def page_text_view(self, request):
        """GET: each photo's changes and a confirmation button; POST: take them, photo by
        photo (each one refused said, nothing written for it). ``ids``: the photos, by id (a
        comma-separated query on GET, one field each on POST)."""
        if request.method == "POST":
            raw = request.POST.getlist("ids")
        else:
            raw = [v for v in request.GET.get("ids", "").split(",") if v]
        ids = list(dict.fromkeys(parse_id(v, what="图片") for v in raw[:MOST]))
        photos = list(
            Photo.objects.filter(pk__in=ids).select_related("page__issue__publication", "article")
        )
        if not photos:
            raise Http404
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        to_list = len(photos) > 1 or request.GET.get("list") == "1"
        back = admin_url("photo_changelist") if to_list else admin_url("photo_change", photos[0].pk)
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            return self._take(request, photos, back)
        rows = [
            {
                "photo": photo,
                "name": photo_name(photo),
                "url": admin_url("photo_change", photo.pk),
                "offer": photo_text_offer(photo),
                "refusal": photo_refusal(photo, request.user),
            }
            for photo in photos
        ]
        may_change = self.has_change_permission(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "采用版面文本（图片）",
            "rows": rows,
            "may_take": may_change and any(r["offer"] and not r["refusal"] for r in rows),
            "not_an_editor": "" if may_change else NOT_AN_EDITOR,
            "back": back,
        }
        return TemplateResponse(request, "admin/articles/photo/page_text.html", context)

    def _take(self, request, photos: list, back: str):
        taken = []
        for photo in photos:
            token = request.POST.get(f"token-{photo.pk}", "")
            try:
                offer = photo_text_take(photo_id=photo.pk, token=token, user=request.user)
            except PageTextRefused as refused:
                self.message_user(request, f"{photo_name(photo)}：{refused}", messages.ERROR)
                continue
            who = "、".join(offer.photographers) or "无"
            taken.append(f"{photo_name(photo)}：{'；'.join(offer.changes)}（摄影：{who}）")
        if taken:
            self.message_user(request, "已采用版面文本：" + "；".join(taken), messages.SUCCESS)
        return HttpResponseRedirect(back)
