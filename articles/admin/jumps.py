"""Continuation markers: their states, and the editor's fixes (pick, unlink, hand back)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html

from articles.admin.base import (
    DeskGuards,
    NamesStories,
    Tool,
    admin_url,
    answers_bad_input,
    parse_id,
)
from articles.admin.filters import BrokenJumpFilter, IssueFilter
from articles.continuations import (
    JumpError,
    confirm_label,
    jump_reset,
    jumps_mark_held,
    page_find,
    story_loss_warning,
    story_taken_whole,
)
from articles.forms import JumpFixForm
from articles.forms.jumps import taken_by
from articles.models import MISPRINTED_PAGE_NOTE, ArticlePart, Jump, JumpDirection, JumpState
from articles.signoff import published_edit_refusal
from articles.storynames import quoted, story_label


@admin.register(Jump)
class JumpAdmin(NamesStories, DeskGuards, admin.ModelAdmin):
    """Markers are written by the importer and the resolver; editors decide the unclear ones
    on the fix page (``…/jump/<id>/fix/``), which the resolver then never overrides."""

    list_display = [
        "where",
        "story",
        "marker",
        "direction",
        "target_label",
        "state_shown",
        "linked_to",
        "fix",
    ]
    list_filter = [BrokenJumpFilter, "state", "direction", IssueFilter]
    list_select_related = ["part__page__issue__publication", "part__article", "to_part__page"]
    story_path = "part__article"
    search_fields = ["marker", "part__article__headline"]
    fields = [
        "where",
        "story",
        "marker",
        "direction",
        "target_label",
        "state",
        "linked_to",
        "confidence",
        "candidate_list",
        "resolved_at",
        "fix",
    ]
    readonly_fields = fields
    actions = ["reset_selected"]
    change_form_template = "admin/articles/change_form.html"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # a printed marker goes when its page is re-imported without it

    def get_changelist_instance(self, request):
        """The list, with each shown jump's state as the desk says it (:func:`jumps_mark_held`:
        a link held for sign-off is not 待目标版面); one query for the page of rows."""
        changelist = super().get_changelist_instance(request)
        jumps_mark_held(changelist.result_list)
        return changelist

    @admin.display(description="状态", ordering="state")
    def state_shown(self, jump):
        return getattr(jump, "state_shown", None) or jump.plain_state_label()

    @admin.display(description="位置", ordering="part__page__sequence")
    def where(self, jump):
        return f"{jump.part.page.issue} {jump.part.page.label}版 第{jump.part.position}篇"

    @admin.display(description="稿件")
    def story(self, jump):
        return format_html(
            '<a href="{}">{}</a>',
            admin_url("article_change", jump.part.article_id),
            jump.part.article,
        )

    @admin.display(description="接续分段")
    def linked_to(self, jump):
        if not jump.to_part_id:
            return "—"
        return f"{jump.to_part.page.label}版 第{jump.to_part.position}篇"

    @admin.display(description="候选")
    def candidate_list(self, jump):
        parts = jump.candidates.select_related("page", "article")
        return "；".join(f"{p.page.label}版 第{p.position}篇“{p.article}”" for p in parts) or "—"

    @admin.display(description="处理")
    def fix(self, jump):
        label = "选定接续" if jump.state == JumpState.AMBIGUOUS else "处理"
        return format_html('<a href="{}">{}</a>', admin_url("jump_fix", jump.pk), label)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        tools = [Tool(admin_url("jump_fix", object_id), "处理此转版")]
        return super().change_view(
            request, object_id, form_url, {**(extra_context or {}), "desk_tools": tools}
        )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/fix/",
                self.admin_site.admin_view(self.fix_view),
                name="articles_jump_fix",
            ),
            *super().get_urls(),
        ]

    @answers_bad_input
    def fix_view(self, request, object_id):
        """Show the marker, its story's end and the candidates' openings; apply the choice."""
        jump = get_object_or_404(
            Jump.objects.select_related(
                "part__page__issue__publication", "part__article", "to_part__page"
            ),
            pk=parse_id(object_id, what="转版"),
        )
        if not self.has_view_permission(request, jump):
            raise PermissionDenied
        can_change = self.has_change_permission(request, jump)
        shown = request.session.get(JUMP_FIX_SESSION_KEY, {})
        form = JumpFixForm(
            request.POST if request.method == "POST" else None,
            jump=jump,
            shown=shown.get(str(jump.pk), ""),
        )
        if request.method == "POST":
            if not can_change:
                raise PermissionDenied
            if done := self._fix_apply(request, form, jump):
                return done
        version = form.current_version()  # what this page shows, carried by its form
        _shown_remember(request, jump, version)
        candidates = set(jump.candidates.values_list("pk", flat=True))
        jumps_mark_held([jump])  # its state as the desk says it, and why a held link waits
        part = jump.part
        parts = list(form.fields["part"].queryset)
        linked = _linked_elsewhere(jump, parts)
        pages = {part.page_id, *(p.page_id for p in parts)}
        pages |= {jump.to_part.page_id} if jump.to_part_id else set()
        numbers = ArticlePart.objects.story_numbers(pages)
        ending = next(
            (b["text"] for b in reversed(part.blocks) if b.get("kind") == "paragraph"), ""
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            # The paper and the date too: two papers print an A2 on the same day.
            "title": f"处理转版：{part.page} 第{numbers[part.pk]}篇 {jump.marker}",
            "jump": jump,
            "number": numbers[part.pk],
            "current_number": numbers.get(jump.to_part_id),
            "form": form,
            "version": version,
            "can_change": can_change,
            "is_forward": jump.direction == JumpDirection.FORWARD,
            "print_order_note": PRINT_ORDER_NOTE if jump.linked_by_print_order else "",
            "misprint_note": jump.misprint_note() and MISPRINT_NOTE.format(jump.misprint_note()),
            "confirm_label": confirm_label(jump),
            "story_end": ending[-120:],
            "choices": [
                {
                    "part": p,
                    "number": numbers[p.pk],
                    "is_candidate": p.pk in candidates,
                    "is_current": p.pk == jump.to_part_id,
                    "linked_from": linked.get(p.pk, ("", None))[0],
                    "taken_by": linked.get(p.pk, ("", None))[1],
                    "is_selected": str(p.pk) == str(form.data.get("part", "")),
                    "title": _choice_title(p),
                    "lead": _lead(p)[:160],
                    "whole_story": _whole_story(p, numbers[p.pk], jump),
                    "elsewhere": _elsewhere_note(p, jump),
                }
                for p in parts
            ],
            "needs_take": form.needs_take and taken_by(form.needs_take, numbers),
            "needs_take_id": form.needs_take.pk if form.needs_take else None,
        }
        context["has_elsewhere"] = any(c["elsewhere"] for c in context["choices"])
        return TemplateResponse(request, "admin/articles/jump/fix.html", context)

    def _fix_apply(self, request, form: JumpFixForm, jump: Jump) -> HttpResponseRedirect | None:
        """Apply the editor's decision (a POST of the fix page): the redirect to the story
        when done, else None with the refusal on ``form``. What was done (a link, an unlink, a
        reset, a confirmed weak link: ``form.logged``) is logged on the marker (who and when: its
        历史 and 编辑部最近的操作; an unlink's names who unlinked it where its continuation's
        上接 is said, :mod:`articles.continuations.unlinkedmarks`)."""
        if form.is_valid() and (refusal := _published_link_refusal(form, request.user)):
            form.add_error(None, refusal)
        elif form.is_valid():
            try:
                message = form.save()
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                if form.logged:
                    self.log_change(request, jump, form.logged)
                self.message_user(request, message, messages.SUCCESS)
                jump.refresh_from_db()
                return HttpResponseRedirect(admin_url("article_change", jump.part.article_id))
        return None

    @admin.action(description="交还自动匹配", permissions=["change"])
    def reset_selected(self, request, queryset):
        for jump in queryset:
            try:
                jump_reset(jump=jump)
            except JumpError as exc:
                self.message_user(request, f"{jump}：{exc}", messages.ERROR)
            else:
                self.log_change(request, jump, "交还自动匹配")
        self.message_user(request, "已交还自动匹配。", messages.SUCCESS)


def _published_link_refusal(form: JumpFixForm, user) -> str:
    """Why ``user`` may not apply ``form``'s decision (a valid POST of 处理转版), or ``""``: a
    link, an unlink or a reset changes the text of the marker's story, of the story chosen and
    of the one linked now; on a paper that requires sign-off a published one is the chief
    editor's (:func:`articles.signoff.published_edit_refusal`). A reviewer's editor linked a
    published A1 story to a late page's continuation and readers read its text, signed off by
    nobody (and the late page with it). Confirming a weak link (核对无误) changes no text: never
    refused so."""
    if form.cleaned_data.get("action") == form.CONFIRM:
        return ""
    jump, chosen = form.jump, form.cleaned_data.get("part")
    parts = [jump.part, chosen, jump.to_part if jump.to_part_id else None]
    for part in (p for p in parts if p is not None):
        if refusal := published_edit_refusal(part.article, user):
            return f"{part.page.label}版的{quoted(part.article.name_for_editors(part))}：{refusal}"
    return ""


#: What the fix page says of a link the resolver made by the order of print alone.
PRINT_ORDER_NOTE = (
    "这处转版是按版面顺序接上的：本版第几个“下转”就接目标版第几个“上接”。续文没有重复标题，"
    "与本篇也没有足够的相同词语或断句可据，是较弱的一种接法。请读一读下面的开头核对；"
    "接对了就点“核对无误”，接错了就选定正确的分段，或“断开：这里没有接续”。"
)


#: What the fix page says of a link the resolver made to another page than the marker prints.
MISPRINT_NOTE = (
    "{}。本版没有接这处转版的续文，别的版上只有这一段续文用“上接”回应它并重复了标题，"
    "所以接在了那里。请核对版次；接对了就点“核对无误”，接错了就选定正确的分段，或“断开：这里没有接续”。"
)


def _elsewhere_note(part: ArticlePart, jump: Jump) -> str:
    """``印的是A3版，接续在A2版：转版版次可能印错`` beside a choice on another page than the
    forward ``jump`` prints (:func:`~articles.continuations.misprints.answering_parts`), else
    ``""``."""
    if jump.direction != JumpDirection.FORWARD or page_find(
        {part.page.label: part.page}, jump.target_label
    ):
        return ""
    return MISPRINTED_PAGE_NOTE.format(printed=jump.target_label, found=part.page.label)


# The session's record of the version each jump's fix page last showed the editor, for a POST
# without the form's hidden ``loaded_version`` (a page rendered before it had one).
JUMP_FIX_SESSION_KEY = "articles:jump-fix-shown"
_SHOWN_KEPT = 50


def _shown_remember(request, jump: Jump, version: str) -> None:
    """Remember that ``jump``'s fix page showed ``version`` to this editor (the last
    :data:`_SHOWN_KEPT` pages opened)."""
    shown = dict(request.session.get(JUMP_FIX_SESSION_KEY, {}))
    shown.pop(str(jump.pk), None)
    shown[str(jump.pk)] = version
    request.session[JUMP_FIX_SESSION_KEY] = dict(list(shown.items())[-_SHOWN_KEPT:])


def _linked_elsewhere(jump: Jump, parts) -> dict[int, str]:
    """``{part id: where}`` for the parts another forward marker already continues into: what
    the fix page must say before an editor takes one away from it."""
    others = (
        Jump.objects.filter(to_part__in=parts, direction=JumpDirection.FORWARD)
        .exclude(pk=jump.pk)
        .select_related("part__page", "part__article")
    )
    numbers = ArticlePart.objects.story_numbers({other.part.page_id for other in others})
    return {other.to_part_id: (taken_by(other, numbers), other.pk) for other in others}


def _whole_story(part: ArticlePart, number: int, jump: Jump) -> dict | None:
    """``{"id", "warning"}`` when linking ``jump`` to ``part`` would swallow a titled story of
    its own (:func:`story_taken_whole`): the page says so beside it and offers the tick the
    link needs; else None."""
    story = story_taken_whole(part) if jump.direction == JumpDirection.FORWARD else None
    if story is None:
        return None
    where = f"{part.page.label}版 第{number}篇"
    return {"id": story.pk, "warning": story_loss_warning(story, where=where)}


def _lead(part: ArticlePart) -> str:
    return next((b["text"] for b in part.blocks if b.get("kind") == "paragraph"), "")


def _choice_title(part: ArticlePart) -> str:
    """What the fix page calls a part: its title lines, its story's title, else (a headless
    continuation) its opening words (:func:`articles.storynames.story_label`)."""
    title = " ".join(part.title_lines) or part.article.title
    return story_label(title, opening=_lead(part), dateline=part.article.dateline)
