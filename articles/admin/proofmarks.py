"""The night desk's buttons (:mod:`articles.proofmarks`): 校对完毕 on a story's and a page's
form, 不是错的 beside each finding in the story's 校对提示. Each is a POST to its own address
(``…/article/<id>/proofread/``, ``…/article/<id>/proofreading/dismiss/``,
``…/page/<id>/proofread/``) sent by a button of the change form (``formaction``), for who may
change the story or page (the page's button marks only the stories this user may change, and
says which it left and why); the page's log (its 历史) and the message say who did what.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from articles.admin.base import admin_url, parse_id
from articles.models import (
    Article,
    Page,
    ProofreadingDismissal,
    ProofreadingFinding,
    ProofreadMark,
)
from articles.proofing import desk_findings, queue_articles
from articles.proofmarks import (
    dismiss,
    mark_page_read,
    mark_read,
    page_reading,
    page_states,
    page_stories,
    reading_text,
    unread,
)


def finding_id(item) -> str:
    """What a 不是错的 button sends for a finding (``StoryFinding``): where it is and what."""
    f = item.finding
    return f"{item.field}:{'' if item.block is None else item.block}:{item.part_id or ''}:{f.start}:{f.end}:{f.kind}"


def story_urls(model_admin) -> list:
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<path:object_id>/proofread/",
            view(lambda request, object_id: _story_read(model_admin, request, object_id)),
            name="articles_article_proofread",
        ),
        path(
            "<path:object_id>/proofreading/dismiss/",
            view(lambda request, object_id: _dismiss(model_admin, request, object_id)),
            name="articles_article_proofreading_dismiss",
        ),
    ]


def page_urls(model_admin) -> list:
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<path:object_id>/proofread/",
            view(lambda request, object_id: _page_read(model_admin, request, object_id)),
            name="articles_page_proofread",
        ),
    ]


def _checked(model_admin, request, model, object_id):
    if request.method != "POST":
        return None, HttpResponseNotAllowed(["POST"])
    obj = get_object_or_404(model, pk=parse_id(object_id))
    if not model_admin.has_change_permission(request, obj):
        raise PermissionDenied("你没有修改它的权限，不能记录校对。")
    return obj, None


def _back(name: str, pk: int) -> HttpResponseRedirect:
    return HttpResponseRedirect(admin_url(name, pk))


def _story_read(model_admin, request, object_id):
    article, refused = _checked(model_admin, request, Article, object_id)
    if refused:
        return refused
    mark_read([article], request.user)
    model_admin.log_change(request, article, "校对完毕")
    messages.success(request, f"已记录：{request.user.get_username()} 校对完毕“{article}”。")
    return _back("article_change", article.pk)


def _may_change(model_admin, request, stories: list) -> tuple[list, list]:
    """(stories ``request.user`` may change, the others): marking a story proofread is a change
    of the story (its form's 校对完毕 asks the same), so the page's button marks only those the
    story admin lets this user change (``change_article``; a published story of a paper that
    requires sign-off only for who may sign off: ``articles.signoff.published_edit_refusal``)."""
    story_admin = model_admin.admin_site.get_model_admin(Article)
    allowed, refused = [], []
    for story in stories:
        (allowed if story_admin.has_change_permission(request, story) else refused).append(story)
    return allowed, refused


def _page_read(model_admin, request, object_id):
    page, refused = _checked(model_admin, request, Page, object_id)
    if refused:
        return refused
    if not model_admin.admin_site.get_model_admin(Article).has_change_permission(request):
        messages.error(
            request,
            f"没有记录：你没有修改稿件的权限，不能记录 {page.label}版的稿件校对完毕"
            "（请有“修改稿件”权限的编辑来记，或请管理员给你这个权限）。",
        )
        return _back("page_change", page.pk)
    stories, skipped = _may_change(model_admin, request, page_stories(page))
    left = mark_page_read(page, stories, request.user)
    count = len(left)
    numbers = "、".join(f"#{a.pk}" for a in stories) or "无"
    model_admin.log_change(request, page, f"校对完毕：本版 {count} 篇稿件（{numbers}）")
    messages.success(
        request,
        f"已记录：{request.user.get_username()} 校对完毕 {page.label}版（{count} 篇稿件）。",
    )
    waiting = [(a, left[a.pk]) for a in stories if left[a.pk]]
    if waiting:
        messages.info(
            request,
            "这些稿件还印在别的版上，那些版校对完毕后才算整篇校对完毕："
            + "；".join(f"#{a.pk}“{a}”（{'、'.join(labels)}版）" for a, labels in waiting)
            + "。",
        )
    if skipped:
        messages.warning(
            request,
            f"没有记录 {len(skipped)} 篇的校对完毕（{'、'.join(f'#{a.pk}“{a}”' for a in skipped)}）："
            "你现在不能修改这些稿件（已发布，本报须经签发：只有总编辑可以改）；请总编辑来记。",
        )
    return _back("page_change", page.pk)


def _dismiss(model_admin, request, object_id):
    article, refused = _checked(model_admin, request, Article, object_id)
    if refused:
        return refused
    wanted = request.POST.get("finding", "")
    item = next((i for i in desk_findings(article) if finding_id(i) == wanted), None)
    if item is None:
        messages.error(
            request,
            "没有记录：这条校对提示已不在了（稿件可能刚改过，或在另一个窗口处理过）；请看表单里现在的校对提示。",
        )
        return _back("article_change", article.pk)
    with transaction.atomic():
        dismiss(article, item, request.user)
        queue_articles([article.pk])  # (its stored findings lose it at commit)
    model_admin.log_change(
        request, article, f"校对提示判为不是错的：{item.where}“{item.finding.text}”"
    )
    messages.success(
        request,
        f"已记录：{item.where}的“{item.finding.text}”不是错的，不再计入校对提示（这段文字改动后会重新检查）。",
    )
    return _back("article_change", article.pk)


def story_state_html(article):
    """The story's 校对完毕 line for its 校对提示 panel: who and when (the desk's local time, as
    every other time on the desk), or that it changed since."""
    mark = ProofreadMark.objects.filter(article=article).select_related("marked_by").first()
    if mark is None:
        return format_html('<p class="proofread-state desk-muted">{}</p>', "未校对")
    who = mark.marked_by.get_username() if mark.marked_by else "（已删除的用户）"
    said = f"{who} {timezone.localtime(mark.marked_at):%Y-%m-%d %H:%M} 校对完毕"
    if mark.changed:
        return format_html(
            '<p class="proofread-state desk-warning">{}</p>', said + "；之后稿件有改动，要再校"
        )
    return format_html('<p class="proofread-state desk-ok">{}</p>', said)


def dismissed_of(article) -> list[ProofreadingDismissal]:
    return list(
        ProofreadingDismissal.objects.filter(article=article).select_related("dismissed_by")
    )


def page_reading_html(page) -> str:
    """The page's 校对进度: ``已校对 3/5 篇（…）``, from its stories' marks on this page (a
    story continued elsewhere counts read here once this page's text of it was read)."""
    states = list(page_states([page])[page.pk].values())
    read = sum(1 for state in states if state is False)
    changed = sum(1 for state in states if state is True)
    return reading_text(len(states), read, changed)


def page_panel_html(page) -> str:
    """The page's 校对进度 and, for who may change the page, its 校对完毕 button (posting the
    change form to ``…/page/<id>/proofread/``)."""
    said = format_html('<p class="proofread-state">校对进度：{}</p>', page_reading_html(page))
    if not getattr(page, "_proofread_may", False):
        return said
    return format_html(
        '{}<p><button type="submit" class="proofread-done" formaction="{}" formmethod="post"'
        ' formnovalidate>本版校对完毕</button> <span class="desk-muted">{}</span></p>',
        said,
        admin_url("page_proofread", page.pk),
        "记下本版每篇稿件已校对（谁、何时，记在本版的历史里）；重新导入有改动的稿件会提示要再校。",
    )


def issue_reading_html(issue) -> str:
    """The issue's 校对进度, page by page, each linked to its form (two queries)."""
    rows = page_reading(issue)
    if not rows:
        return ""
    return format_html(
        '<ul class="desk-list proofread-pages">{}</ul>',
        format_html_join(
            "",
            '<li><a href="{}">{}版</a>：{}</li>',
            (
                (admin_url("page_change", page.pk), page.label, reading_text(n, read, changed))
                for page, n, read, changed in rows
            ),
        ),
    )


class ProofreadingFilter(admin.SimpleListFilter):
    """The story list's 校对 filter (``?proofreading=…``): stories with findings as last stored
    (what the desk did not dismiss), without, not proofread yet, changed since proofread, or
    proofread."""

    title = "校对"
    parameter_name = "proofreading"

    def lookups(self, request, model_admin):
        return [
            ("found", "有校对提示"),
            ("clean", "没有校对提示"),
            ("unread", "未校对"),
            ("changed", "校对后有改动"),
            ("read", "已校对完毕"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "found":
            return queryset.filter(
                Exists(ProofreadingFinding.objects.filter(article=OuterRef("pk")))
            )
        if value == "clean":
            return queryset.exclude(
                Exists(ProofreadingFinding.objects.filter(article=OuterRef("pk")))
            )
        if value == "unread":
            return queryset.filter(unread())
        if value == "changed":
            return queryset.filter(proofread_mark__changed=True)
        if value == "read":
            return queryset.filter(proofread_mark__changed=False)
        return queryset
