"""合并到上一篇 and 从这里拆开 on the desk: a confirmation page that says exactly what will happen
(``articles.storyjoin``'s and ``articles.storysplit``'s plans), then the change, all of it in
one transaction, with the admin's log and the stories' history saying who and why.

Reached from the story's form (object tools) and from the page's 请先核对 list, whose warnings
ask for it (:func:`flag_actions`: “如果它是上一篇稿件的小标题，请把两篇合并” links to the merge of
the story it names, “……请拆开” to the split at the paragraph it names; one done already is worded
so and links nowhere: :mod:`articles.joinflags`). For whoever may change
stories (:func:`may_join`); a viewer gets a 403, and a story they may not change now (published,
on a paper that requires sign-off) a page that says why and no button.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path

from articles.admin.base import Tool, admin_url, answers_bad_input, parse_id
from articles.forms.storyjoin import PLAN_CHANGED_MESSAGE, StoryMergeForm, StorySplitForm
from articles.joinflags import MERGE_KINDS, SPLIT_KINDS, opens, starts_with_line
from articles.models import Article, ArticlePart, ArticleRedirect
from articles.params import parse_int
from articles.storyjoin import StoryJoinChanged, StoryJoinRefused, merge_plan, story_merge
from articles.storysplit import several_pages_refusal, split_plan, story_split

#: Who is looking at the page whose 请先核对 list is rendered (:func:`flag_actions_for`).
_viewer: ContextVar = ContextVar("storyjoin_viewer", default=None)


def may_join(user) -> bool:
    """May ``user`` merge and split stories? (Whoever may change stories.)"""
    return user.is_active and user.is_staff and user.has_perm("articles.change_article")


def storyjoin_urls(model_admin) -> list:
    """The story admin's two addresses (``…/<id>/merge/``, ``…/<id>/split/``)."""
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<path:object_id>/merge/",
            view(lambda request, object_id: merge_view(model_admin, request, object_id)),
            name="articles_article_merge",
        ),
        path(
            "<path:object_id>/split/",
            view(lambda request, object_id: split_view(model_admin, request, object_id)),
            name="articles_article_split",
        ),
    ]


def storyjoin_tools(request, article) -> list[Tool]:
    """The story form's object tools, for who may use them."""
    if not may_join(request.user):
        return []
    return [
        Tool(admin_url("article_merge", article.pk), "合并到上一篇"),
        Tool(admin_url("article_split", article.pk), "从这里拆开…"),
    ]


def _story(object_id) -> Article:
    return get_object_or_404(
        Article.objects.select_related("page", "issue__publication"),
        pk=parse_id(object_id, what="稿件"),
    )


def _merged_already(object_id) -> tuple[str, str] | None:
    """For a story merged into another since (its row gone, its address redirected): what to
    say and where to go (the story it is part of now); None otherwise."""
    pk = parse_id(object_id, what="稿件")
    if Article.objects.filter(pk=pk).exists():
        return None
    moved = ArticleRedirect.objects.filter(old_id=pk).select_related("article").first()
    if moved is None:
        return None
    into = moved.article
    message = f"这篇稿件已经合并到“{into.name_for_editors()}”了（可能是在另一个窗口里），这一次什么都没有改。"
    return message, admin_url("article_change", into.pk)


def _context(model_admin, request, article, title, **kwargs) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": title,
        "article": article,
        "back_url": admin_url("article_change", article.pk),
        **kwargs,
    }


def _log(model_admin, request, article, message: str) -> None:
    model_admin.log_change(request, article, message)


@answers_bad_input
def merge_view(model_admin, request, object_id):
    """合并到上一篇: the plan, then the merge."""
    if not may_join(request.user):
        raise PermissionDenied
    gone = _merged_already(object_id)
    if gone is not None:  # (a second tab's 确认合并, after the first merged it)
        model_admin.message_user(request, gone[0], messages.WARNING)
        return HttpResponseRedirect(gone[1])
    article = _story(object_id)
    plan = merge_plan(article, user=request.user)
    form = StoryMergeForm(
        request.POST if request.method == "POST" else None, fingerprint=plan.fingerprint
    )
    if request.method == "POST" and plan.refusal:
        form.add_error(None, f"什么都没有改：{plan.refusal}")
    elif request.method == "POST" and form.is_valid():
        try:
            done = story_merge(
                later=article,
                user=request.user,
                fingerprint=plan.fingerprint,
                title_as=form.cleaned_data["title_as"],
            )
        except (StoryJoinChanged, StoryJoinRefused) as exc:
            form.add_error(
                None, PLAN_CHANGED_MESSAGE if isinstance(exc, StoryJoinChanged) else str(exc)
            )
        else:
            name = done.later.name_for_editors()
            _log(
                model_admin,
                request,
                done.earlier,
                f"合并到上一篇：“{name}”（#{article.pk}）并入本篇",
            )
            model_admin.message_user(
                request,
                f"已把“{name}”合并到上一篇“{done.earlier.name_for_editors()}”。",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(admin_url("article_change", done.earlier.pk))
    context = _context(
        model_admin, request, article, f"合并到上一篇：{article}", plan=plan, form=form
    )
    return TemplateResponse(request, "admin/articles/article/merge_confirm.html", context)


def _split_index(request) -> int | None:
    """The chosen block (0-based) from ``?at=`` or the form's ``at``; None when none is."""
    value = request.POST.get("at") if request.method == "POST" else request.GET.get("at")
    if value in (None, ""):
        return None
    try:
        return parse_int(str(value), minimum=0, maximum=100_000)
    except ValueError:
        return -1  # refused by the plan, which says which paragraphs may be chosen


@answers_bad_input
def split_view(model_admin, request, object_id):
    """从这里拆开: without a paragraph chosen, the story's paragraphs to choose from; with one,
    the plan, then the split."""
    if not may_join(request.user):
        raise PermissionDenied
    article = _story(object_id)
    index = _split_index(request)
    if index is None:
        parts = list(
            ArticlePart.objects.filter(article=article).select_related("page").order_by("sequence")
        )
        several = several_pages_refusal(article, parts)  # (its first page's part, or none)
        blocks = [
            {"number": i + 1, "at": i, **block}
            for i, block in enumerate(parts[0].blocks if parts and not several else [])
        ]
        whole = not several and len(blocks) >= 2  # (else the plan says why not)
        refusal = "" if whole else split_plan(article, 1, user=request.user).refusal
        context = _context(
            model_admin, request, article, f"从这里拆开：{article}", blocks=blocks, refusal=refusal
        )
        return TemplateResponse(request, "admin/articles/article/split_choose.html", context)
    plan = split_plan(article, index, user=request.user)
    form = StorySplitForm(request.POST if request.method == "POST" else None, plan=plan)
    if request.method == "POST" and plan.refusal:
        form.add_error(None, f"什么都没有改：{plan.refusal}")
    elif request.method == "POST" and form.is_valid():
        try:
            new = story_split(
                article=article,
                index=index,
                user=request.user,
                fingerprint=plan.fingerprint,
                headline=form.cleaned_data.get("headline") or "",
                photo_ids=form.cleaned_data.get("photos") or (),
            )
        except (StoryJoinChanged, StoryJoinRefused) as exc:
            form.add_error(
                None, PLAN_CHANGED_MESSAGE if isinstance(exc, StoryJoinChanged) else str(exc)
            )
        else:
            _log(model_admin, request, article, f"从第{index + 1}段拆开：拆出“{new}”（#{new.pk}）")
            said = f"新稿件“{new}”是{new.get_status_display()}，请核对它的标题和署名。"
            if plan.back is not None:  # (a story merged into it comes back: articles.mergedaddress)
                _log(
                    model_admin, request, new, f"从“{article}”第{index + 1}段拆回，恢复合并前的样子"
                )
                said = f"合并进来的“{new}”恢复原编号 #{new.pk}、网址和合并前的标题、记者，是{new.get_status_display()}。"
            model_admin.message_user(request, f"已从第{index + 1}段拆开：{said}", messages.SUCCESS)
            return HttpResponseRedirect(admin_url("article_change", new.pk))
    context = _context(
        model_admin,
        request,
        article,
        f"从这里拆开：{article}",
        plan=plan,
        form=form,
        choose_url=admin_url("article_split", article.pk),
    )
    return TemplateResponse(request, "admin/articles/article/split_confirm.html", context)


# The 请先核对 list's links --------------------------------------------------------------------


class flag_actions_for:
    """``with flag_actions_for(request): …`` around the rendering of a page's 请先核对 list:
    :func:`flag_actions` links its warnings for a user who may merge and split (the list is a
    read-only field of the page form, rendered without the request)."""

    def __init__(self, request):
        self.user = getattr(request, "user", None)

    def __enter__(self):
        self.token = _viewer.set(self.user)
        return self

    def __exit__(self, *exc):
        _viewer.reset(self.token)


def flag_actions(page, flags: list[dict]) -> list[dict]:
    """``flags`` (as the desk shows them) with ``action_url`` and ``action`` on each warning
    that asks for a merge (the story headed by its line) or a split (at the paragraph that
    opens with its line), when the user rendering the list may do it (:class:`flag_actions_for`).
    One query for the page's parts when there is such a warning."""
    user = _viewer.get()
    wanted = MERGE_KINDS | SPLIT_KINDS
    if user is None or not may_join(user) or not any(f.get("kind") in wanted for f in flags):
        return flags
    parts = list(ArticlePart.objects.filter(page=page).order_by("position"))
    shown = []
    for flag in flags:
        flag, line = dict(flag), flag.get("text") or ""
        for part in parts if line and not flag.get("done") else ():
            if flag.get("kind") in MERGE_KINDS and opens(part, line):
                flag["action_url"] = admin_url("article_merge", part.article_id)
                flag["action"] = "合并到上一篇…"
                break
            at = next(
                (i for i, b in enumerate(part.blocks) if i and starts_with_line(b["text"], line)),
                None,
            )
            if flag.get("kind") in SPLIT_KINDS and at is not None:
                flag["action_url"] = f"{admin_url('article_split', part.article_id)}?at={at}"
                flag["action"] = "从这里拆开…"
                break
        shown.append(flag)
    return shown


def rendered(response):
    """``response`` rendered now when it is a template's (inside :class:`flag_actions_for`)."""
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    return response
