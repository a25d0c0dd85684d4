"""Continuations, the editors' fixes: link by hand, unlink, hand back to the resolver.

An editor's link (``manual``) and unlink (``unlinked``) are decisions the resolver never undoes;
a reset makes the jump open again and resolves the issue. Each fix re-indexes the stories whose
parts it moved.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from articles.continuations.headlines import titles_follow
from articles.continuations.merging import (
    jump_link,
    jump_set_state,
    part_detach,
    publish_merge_refusal,
)
from articles.continuations.published import follow_when_changed
from articles.continuations.resolution import backward_jumps_sync, issue_jumps_resolve
from articles.models import ArticlePart, Jump, JumpDirection, JumpState


class JumpError(ValueError):
    """An editor's jump fix that cannot be done; the message says why."""


@transaction.atomic
def jump_link_manually(*, jump: Jump, part: ArticlePart) -> None:
    """An editor picks the continuation of ``jump``; the resolver never changes it afterwards."""
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
    if jump.to_part_id and jump.to_part_id != part.pk:
        part_detach(jump.to_part)
    for other in Jump.objects.filter(to_part=part).exclude(pk=jump.pk):
        jump_set_state(other, JumpState.PENDING)
    jump_link(jump, part, confidence=None, manual=True)
    _fixed(jump)


@transaction.atomic
def jump_unlink(*, jump: Jump) -> None:
    """An editor says the jump has no continuation here; the resolver leaves it alone."""
    if jump.to_part_id:
        part_detach(jump.to_part)
    jump.refresh_from_db()
    jump.state = JumpState.UNLINKED
    jump.to_part = None
    jump.confidence = None
    jump.resolved_at = timezone.now()
    jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    jump.candidates.clear()
    _fixed(jump)


@transaction.atomic
def jump_reset(*, jump: Jump) -> None:
    """Hand the jump back to the resolver. A story the resolver gives back the parts it had is
    not updated (:func:`follow_when_changed`)."""
    stories = [jump.part.article_id, jump.to_part.article_id if jump.to_part_id else None]
    with follow_when_changed(stories):
        if jump.to_part_id:
            part_detach(jump.to_part)
        jump.refresh_from_db()
        jump_set_state(jump, JumpState.PENDING)
        issue_jumps_resolve(jump.part.page.issue)
    _reindex(jump)


def _fixed(jump: Jump) -> None:
    """After an editor's link or unlink: the backward markers follow, the index follows."""
    backward_jumps_sync(jump.part.page.issue)
    titles_follow([jump.part.page.issue_id])
    _reindex(jump)


def _reindex(jump: Jump) -> None:
    """Re-index the stories of ``jump``'s issue whose parts the fix moved."""
    from articles.changes import content_changed

    content_changed(issue_id=jump.part.page.issue_id)
