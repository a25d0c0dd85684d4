"""Continuations, the editors' fixes: link by hand, unlink, confirm a weak link, hand back to the
resolver.

An editor's link (``manual``) and unlink (``unlinked``) are decisions the resolver never undoes;
so is a weak link the editor checked and confirmed (:func:`jump_confirm`: it becomes theirs);
a reset makes the jump open again. After a link, an unlink or a reset the resolver runs again
over the issue (:func:`~articles.continuations.resolution.issue_jumps_resolve`), so what the
fix settles is settled at once, not at the next import: two 下转 ambiguous between the same two
continuations, one linked by hand, leave the other only one (README: Continuations). Each fix
returns the other 下转 the resolver linked since (:func:`_settled_since`, for the desk's
message) and re-indexes the stories whose parts it moved.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from articles.continuations.headlines import titles_follow
from articles.continuations.lonetitles import lone_titles_follow
from articles.continuations.merging import (
    jump_link,
    jump_set_state,
    part_detach,
    publish_merge_refusal,
)
from articles.continuations.published import follow_when_changed, link_records_settle
from articles.continuations.resolution import backward_jumps_sync, issue_jumps_resolve
from articles.models import Article, ArticlePart, Jump, JumpDirection, JumpState, Status
from articles.storynames import quoted


class JumpError(ValueError):
    """An editor's jump fix that cannot be done; the message says why."""


class StoryWouldGo(JumpError):
    """The link would remove ``story``, a titled story of its own (:func:`story_taken_whole`),
    and the editor did not confirm giving it up (``give_up``); nothing was changed."""

    def __init__(self, message: str, *, story: Article):
        super().__init__(message)
        self.story = story


def story_taken_whole(part: ArticlePart) -> Article | None:
    """The story a link to ``part`` would remove as a story of its own, or None: ``part``
    starts its story (the link moves the whole story and deletes its row), prints no backward
    marker (``上接…``: a continuation waiting for its head is no story of its own) and the
    story has a title (its headline, deck, or the part's title lines). Such a story has its own
    address, may be published and edited: linking it needs the editor's word."""
    if part.sequence != 0 or part.continued_from or part.whole_copy:
        return None
    story = part.article
    return story if (story.title or part.title_lines) else None


def story_loss_warning(story: Article, *, where: str) -> str:
    """What the fix page says of linking ``story`` (``where``: ``2版 第2篇``): it is a story
    of its own, published or not, edited or not, and what readers and editors lose."""
    said = [f"{where}{quoted(story.title or story.name_for_editors())}是一篇有自己标题的独立稿件"]
    if story.status == Status.PUBLISHED:
        said.append("已经发布")
    if story.edited_at:
        said.append(f"编辑改过（{timezone.localtime(story.edited_at):%Y-%m-%d %H:%M}）")
    return (
        "，".join(said) + "。接续后它并入本篇、不再单独成篇：读者打开它原来的页面会转到本篇，"
        "它的标题和改动不再单独显示（断开或交还自动匹配时按原编号、改动和修改记录恢复）"
    )


@transaction.atomic
def jump_link_manually(*, jump: Jump, part: ArticlePart, give_up: int | None = None) -> list[Jump]:
    """An editor picks the continuation of ``jump``; the resolver never changes it afterwards.
    Returns the other 下转 of the issue the resolver linked since (:func:`_settled_since`).

    Raises :class:`JumpError`; :class:`StoryWouldGo` when ``part`` starts a titled story of its
    own (:func:`story_taken_whole`) and ``give_up`` is not that story's id (the editor's tick:
    a published story is never swallowed by one click)."""
    since, before = timezone.now(), _forward_links(jump)
    if jump.direction != JumpDirection.FORWARD:
        raise JumpError("pick the continuation on the forward marker (下转), not the backward one")
    if part.page.issue_id != jump.part.page.issue_id:
        raise JumpError("the continuation must be in the same issue as the marker")
    if part.pk == jump.part_id or (
        part.article_id == jump.part.article_id and part.sequence <= jump.part.sequence
    ):
        raise JumpError("a story cannot continue into itself")
    if refusal := publish_merge_refusal(jump, part):
        raise JumpError(refusal)
    story = story_taken_whole(part)
    if story is not None and story.pk != give_up:
        where = f"{part.page.label}版"
        raise StoryWouldGo(
            f"{story_loss_warning(story, where=where)}。本次什么都没有改。确实是这篇的续文，"
            "请勾选下面的“确认并入这篇稿件”，再点“接续到所选分段”。",
            story=story,
        )
    if jump.to_part_id and jump.to_part_id != part.pk:
        part_detach(jump.to_part)
    for other in Jump.objects.filter(to_part=part).exclude(pk=jump.pk):
        jump_set_state(other, JumpState.PENDING)
    jump_link(jump, part, confidence=None, manual=True)
    return _fixed(jump, since, before)


def confirm_label(jump: Jump) -> str:
    """What the fix page's button for confirming ``jump``'s link says (``核对无误：确认接续在A2版``),
    or ``""`` when its link is none the desk asks to check: one to another page than the marker
    prints (:attr:`Jump.linked_to_other_page`) or made by the order of print alone
    (:attr:`Jump.linked_by_print_order`). Reads the continuation's page."""
    if not (jump.linked_to_other_page or jump.linked_by_print_order):
        return ""
    return f"核对无误：确认接续在{jump.to_part.page.label}版"


@transaction.atomic
def jump_confirm(*, jump: Jump) -> None:
    """An editor checked ``jump``'s weak link (:func:`confirm_label`) and confirms it: the link
    stays, made the editor's (``manual``: the resolver and a re-import never change it, as an
    editor's pick), so no desk list, count or ``check_jumps`` line asks to check it again. Who
    and when: the desk's log of the marker (the caller). Raises :class:`JumpError` when the
    jump has no such link (another editor changed it meanwhile)."""
    jump = Jump.objects.select_for_update().get(pk=jump.pk)  # (no outer join: PostgreSQL)
    if not confirm_label(jump):
        raise JumpError("它现在没有待核对的接续（可能已被别人处理），请看过它现在的状态再处理")
    jump.state = JumpState.MANUAL
    jump.page_misprinted = jump.by_print_order = False
    jump.resolved_at = timezone.now()
    jump.save(update_fields=["state", "page_misprinted", "by_print_order", "resolved_at"])
    backward_jumps_sync(jump.part.page.issue)


@transaction.atomic
def jump_unlink(*, jump: Jump) -> list[Jump]:
    """An editor says the jump has no continuation here; the resolver leaves it alone. Returns
    the other 下转 of the issue the resolver linked since (the part it gave up may be theirs:
    :func:`_settled_since`)."""
    since, before = timezone.now(), _forward_links(jump)
    if jump.to_part_id:
        part_detach(jump.to_part)
    jump.refresh_from_db()
    jump.state = JumpState.UNLINKED
    jump.to_part = None
    jump.confidence = None
    jump.resolved_at = timezone.now()
    jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    jump.candidates.clear()
    return _fixed(jump, since, before)


@transaction.atomic
def jump_reset(*, jump: Jump) -> list[Jump]:
    """Hand the jump back to the resolver. A story the resolver gives back the parts it had is
    not updated (:func:`follow_when_changed`). Returns the other 下转 of the issue the resolver
    linked since (:func:`_settled_since`)."""
    before = _forward_links(jump)
    stories = [jump.part.article_id, jump.to_part.article_id if jump.to_part_id else None]
    with follow_when_changed(stories):
        if jump.to_part_id:
            part_detach(jump.to_part)
        jump.refresh_from_db()
        jump_set_state(jump, JumpState.PENDING)
        issue_jumps_resolve(jump.part.page.issue)
    _reindex(jump)
    return _settled_since(jump, before)


def _fixed(jump: Jump, since, before: dict[int, tuple[str, int | None]]) -> list[Jump]:
    """After an editor's link or unlink (begun at ``since``, the issue's 下转 as
    :func:`_forward_links` read them then: ``before``): the resolver decides again what the fix
    may have settled (the open 下转 of the issue: one ambiguous between the part the editor
    took and one other now has only that other), the backward markers follow, the title lines
    follow (and the link's history record with them), the index follows. Returns
    :func:`_settled_since`."""
    issue_jumps_resolve(jump.part.page.issue)
    backward_jumps_sync(jump.part.page.issue)
    moved = titles_follow([jump.part.page.issue_id])
    moved += lone_titles_follow([jump.part.page.issue_id])  # (a 上接 its 下转 confirmed elsewhere)
    link_records_settle(moved, since)
    _reindex(jump)
    return _settled_since(jump, before)


def _forward_links(jump: Jump) -> dict[int, tuple[str, int | None]]:
    """{下转 id: (state, the part it continues into)} for every 下转 of ``jump``'s issue. One
    query."""
    rows = Jump.objects.filter(
        part__page__issue_id=jump.part.page.issue_id, direction=JumpDirection.FORWARD
    ).values_list("pk", "state", "to_part_id")
    return {pk: (state, to_part) for pk, state, to_part in rows}


def _settled_since(jump: Jump, before: dict[int, tuple[str, int | None]]) -> list[Jump]:
    """The 下转 of ``jump``'s issue other than ``jump`` that the resolver linked since
    ``before`` (:func:`_forward_links`): linked now, and not to the part they were linked to
    then; in print order, with their parts, pages and stories (the desk's message names them).
    One query."""
    changed = [
        pk
        for pk, (state, to_part) in _forward_links(jump).items()
        if pk != jump.pk and state == JumpState.LINKED and before.get(pk) != (state, to_part)
    ]
    return list(
        Jump.objects.filter(pk__in=changed)
        .select_related("part__page", "part__article", "to_part__page")
        .order_by("part__page__sequence", "part__position")
    )


def _reindex(jump: Jump) -> None:
    """Re-index the stories of ``jump``'s issue whose parts the fix moved."""
    from articles.changes import content_changed

    content_changed(issue_id=jump.part.page.issue_id)
