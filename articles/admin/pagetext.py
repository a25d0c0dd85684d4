"""采用版面文本 at the desk: a story edited by hand takes what its page's text now prints of it,
keeping every other hand edit on the page (the service: :mod:`articles.importing.pagetake`).

The story's change form shows, first, a notice per page whose text changed the story since it
was last imported (``版面文本与这篇稿件不同（A1版 …重新导入）``, the changes, a link
``采用版面文本``); the link opens a confirmation page listing the changes again, whose POST
carries the fingerprint of what it showed: a story or page changed meanwhile is refused with
nothing written. The import's conflict line on the desk links to the story's notice
(:func:`page_text_url`).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.admin.base import admin_url, answers_bad_input, parse_id
from articles.importing.pagetake import (
    PageTextRefused,
    page_text_acknowledge,
    page_text_offers,
    page_text_take,
)
from articles.models import Article, ArticlePart, Page
from articles.signoff import published_edit_refusal

PANEL_FIELDSET = ("版面文本", {"fields": ["page_text_panel"]})
NOT_AN_EDITOR = "您可以查看这些改动；采用版面文本要由有修改稿件权限的编辑来做。"
#: The anchor of the notice on the story's change form.
ANCHOR = "page-text"


def page_text_url(article_id: int) -> str:
    """The story's change form at its page-text notice."""
    return f"{admin_url('article_change', article_id)}#{ANCHOR}"


def conflict_html(
    line: str, article_id: int | None, *, url: str = "", link: str = "查看并采用版面文本"
):
    """A conflict line of the desk (already in Chinese), linked to the story's page-text
    notice when the page text changed the story (``article_id``), or to ``url`` (a photo's:
    :func:`articles.admin.phototext.photo_text_url`; a kept photo's 删除 page,
    :func:`articles.admin.phototext.photo_delete_url`, with ``link`` its words)."""
    url = url or (page_text_url(article_id) if article_id is not None else "")
    if not url:
        return line
    return format_html('{} <a href="{}">{}</a>', line, url, link)


def _offers(article: Article) -> list:
    if not hasattr(article, "_page_text_offers"):
        article._page_text_offers = page_text_offers(article) if article.pk else []
    return article._page_text_offers


class PageTextPanel:
    """Mixin for the story admin: the 版面文本 notice, first on the form when the page text
    changed the story, and its confirmation page (``<id>/page-text/<page id>/``)."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "page_text_panel"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and _offers(obj) and PANEL_FIELDSET not in fieldsets:
            fieldsets.insert(0, PANEL_FIELDSET)
            # (who looks decides whether a published story can take it: kept on the story)
            refusal = published_edit_refusal(obj, request.user)
            may_change = self.has_change_permission(request, obj)
            obj._page_text_refusal = refusal or ("" if may_change else NOT_AN_EDITOR)
        return fieldsets

    @admin.display(description="版面文本有改动")
    def page_text_panel(self, article):
        offers = _offers(article) if article is not None else []
        context = {
            "anchor": ANCHOR,
            "offers": [
                {
                    "notice": offer.notice,
                    "changes": offer.changes,
                    "url": admin_url("article_page_text", article.pk, offer.page.pk),
                    "ack_url": admin_url("article_page_text", article.pk, offer.page.pk)
                    + "#acknowledge",
                }
                for offer in offers
            ],
            "refusal": getattr(article, "_page_text_refusal", ""),
        }
        return mark_safe(render_to_string("admin/articles/article/_page_text.html", context))

    def get_urls(self):
        return [
            path(
                "<int:article_id>/page-text/<int:page_id>/",
                self.admin_site.admin_view(self.page_text_view),
                name="articles_article_page_text",
            ),
            *super().get_urls(),
        ]

    @answers_bad_input
    def page_text_view(self, request, article_id: int, page_id: int):
        """GET: the changes and a confirmation button; POST: take them (or say why not). A
        number past 2**63 in the address is the desk's Chinese 404 (``parse_id``)."""
        article_id, page_id = parse_id(article_id, what="稿件"), parse_id(page_id, what="版面")
        article = Article.objects.filter(pk=article_id).select_related("issue__publication").first()
        if article is None:
            raise Http404
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        change_url = admin_url("article_change", article.pk)
        not_here = _not_printed(article, page_id)
        if not_here:  # (a page of another paper or issue, or one not printing it)
            if request.method == "POST":
                self.message_user(request, f"没有采用版面文本：{not_here}", messages.ERROR)
                return HttpResponseRedirect(change_url)
            context = {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "采用版面文本",
                "article": article,
                "not_here": not_here,
                "change_url": change_url,
            }
            return TemplateResponse(
                request, "admin/articles/article/page_text.html", context, status=404
            )
        if request.method == "POST":
            acknowledging = bool(request.POST.get("acknowledge"))
            return self._page_text_post(
                request,
                page_text_acknowledge if acknowledging else page_text_take,
                _ACKNOWLEDGED if acknowledging else _TAKEN,
                article=article,
                page_id=page_id,
                change_url=change_url,
            )
        offer = next((o for o in _offers(article) if o.page.pk == page_id), None)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "采用版面文本",
            "article": article,
            "offer": offer,
            "change_url": change_url,
            "refusal": published_edit_refusal(article, request.user),
        }
        return TemplateResponse(request, "admin/articles/article/page_text.html", context)

    def _page_text_post(
        self, request, action, said: str, *, article: Article, page_id: int, change_url: str
    ):
        """POST 采用版面文本 (``action`` :func:`~articles.importing.pagetake.page_text_take`) or
        已核对，保留编辑的修改 (:func:`~articles.importing.pagetake.page_text_acknowledge`: the
        story kept, the page's changes no longer pending): done and ``said`` (formatted with the
        page's label) with the changes, or why not; back to the story's form either way."""
        try:
            offer = action(
                article_id=article.pk,
                page_id=page_id,
                token=request.POST.get("token", ""),
                user=request.user,
            )
        except PageTextRefused as refused:
            self.message_user(request, str(refused), messages.ERROR)
            return HttpResponseRedirect(change_url)
        self.message_user(
            request,
            said.format(label=offer.page.label) + "；".join(offer.changes),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(change_url)


#: What the desk is told after 采用版面文本 and after 已核对，保留编辑的修改 (the changes follow).
_TAKEN = "已采用{label}版的版面文本："
_ACKNOWLEDGED = "已核对，保留编辑的修改；{label}版版面文本的这些改动不再算作未采用："


def _not_printed(article: Article, page_id: int) -> str:
    """Why ``article`` has no page text on page ``page_id`` (in Chinese), or ``""`` when the
    page prints a part of it (one query, two when it does not)."""
    if ArticlePart.objects.filter(article=article, page_id=page_id).exists():
        return ""
    page = Page.objects.filter(pk=page_id).select_related("issue__publication").first()
    if page is None:
        return "没有这一版（可能已被删除），请回到稿件页重新查看。"
    where = f"{page.issue.publication.name} {page.issue.date:%Y-%m-%d} {page.label}版"
    return (
        f"{where}没有刊登这篇稿件，它的版面文本与这篇稿件无关。"
        "请回到稿件页，从“版面文本有改动”的提示里打开刊登它的那一版。"
    )
