"""Continuations: what a link does to published and signed-off stories.

A published story that joins a story not yet published publishes it (:func:`published_follow`:
readers never lose a text they could read). A story whose text a link or an unlink changed
(:func:`text_changed_follow`) is, when published, updated — longer (a continuation joined it)
or shorter (an editor unlinked its continuation, its continuation's page was undone): its
更新时间 and a history record with its whole text, so the sitemaps say so (not the feeds'
``<updated>`` nor ``dateModified``: a join is no 更正, :mod:`articles.corrections`) — and, when signed off, sent back to 待审 (``articles.signoff.signoff_end``: nobody signed
off its new text). Used by :meth:`articles.continuations.merging.MergeContext.flush` and after
a detach (:func:`articles.continuations.merging.part_detach`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.changes import content_changed
from articles.continuations.schedules import story_states
from articles.editing import history_baseline, snapshots_fill, story_snapshot
from articles.models import Article, ArticlePart, Status
from articles.signoff import SIGNOFF_FIELDS, signoff_end_reason

# The history reason of a story published because a published story joined it (a continuation
# readers could already read, linked to the head that came later).
MERGE_PUBLISH_REASON = "发布（并入了已发布的续文）"
# The history reason of a published story a link made longer (a late page's continuation, or an
# editor's link): its 更新时间 moves with it, so the sitemaps say so.
MERGE_WHOLE_REASON = "接上续文（读者看到的正文变长了）"
#: The history reasons of a story joined by a continuation an editor had edited by hand while it
#: stood alone (:mod:`articles.continuations.handedits`): first the continuation as its page's
#: import wrote it (the part's baseline: :mod:`articles.importing.pagetext`), then the editor's
#: text it brought, by that editor.
HAND_EDITED_JOIN_REASON = "接上续文（续文导入时的版本）"
HAND_EDITED_KEPT_REASON = "续文在接上之前由编辑修改，保留编辑的修改"
# The history reason of a published story an unlink made shorter (an editor unlinked its
# continuation, or undid the continuation's page): updated as when it got longer.
DETACH_WHOLE_REASON = "断开续文（读者看到的正文变短了）"
# Why a signed-off story's text changed when a link or an unlink did it (then 签发后修改，改回待审).
MERGE_SIGNOFF_WHY = "接上续文，正文变长了"
DETACH_SIGNOFF_WHY = "断开续文，正文变短了"


def published_follow(final: dict[int, int], rows: dict[int, tuple] | None = None) -> list[int]:
    """Publish each story a published story joined (``final``: {emptied story id: the story it
    ended up in}; ``rows``: their ``story_states``, read when not given) when that story is not
    published nor scheduled (``articles.continuations.schedules``) and its paper does not
    require sign-off, so the old URL leads to a public story (one history record each, reason
    :data:`MERGE_PUBLISH_REASON`), unless that story was published before and withdrawn (a
    history record says so): an import never publishes again what editors withdrew. Returns
    their ids. Two queries when nothing is published, as in every import of an issue not yet
    public."""
    rows = story_states({*final, *final.values()}) if rows is None else rows
    none = ("", None, None)
    wanted = {
        new
        for old, new in final.items()
        if rows.get(old, none)[0] == Status.PUBLISHED
        and rows.get(new, none)[0] != Status.PUBLISHED
        and rows.get(new, none)[1] is None
    }
    if not wanted:
        return []
    # A story published once and now a draft was withdrawn by its editors: an import never
    # publishes it again (its published continuation joins it and is withdrawn with it). The
    # rule of articles.publishing.withdrawn_ids, which imports this package.
    withdrawn = set(
        Article.history.filter(id__in=wanted, status=Status.PUBLISHED).values_list("id", flat=True)
    )
    articles = list(
        Article.objects.filter(pk__in=wanted - withdrawn, issue__publication__review_required=False)
    )
    if not articles:
        return []
    history_baseline(articles)
    for article in articles:
        article.status = Status.PUBLISHED
    bulk_update_with_history(
        articles, Article, ["status"], default_change_reason=MERGE_PUBLISH_REASON
    )
    content_changed(article_ids=[a.pk for a in articles])  # bulk_update sends no post_save
    return [a.pk for a in articles]


# The stories a :func:`follow_when_changed` block has seen change so far: (longer, shorter).
_DEFERRED: ContextVar[tuple[set[int], set[int]] | None] = ContextVar("deferred", default=None)


def _parts_of(article_ids: Iterable[int]) -> dict[int, list[int]]:
    """``{story id: its parts' ids in story order}``. One query."""
    parts: dict[int, list[int]] = {}
    rows = ArticlePart.objects.filter(article_id__in=set(article_ids) - {None})
    for article_id, part_id in rows.order_by("article_id", "sequence").values_list(
        "article_id", "pk"
    ):
        parts.setdefault(article_id, []).append(part_id)
    return parts


@contextmanager
def follow_when_changed(article_ids: Iterable[int]) -> Iterator[None]:
    """Inside the block, :func:`text_changed_follow` only notes the stories; at its end they are
    followed once, and those of ``article_ids`` whose parts are the same as before the block
    not at all: an editor's 交回自动处理 (``jump_reset``) that unlinks a continuation and links the
    same one again leaves a published story's 更新时间 and a signed-off story's sign-off as
    they were, instead of a 断开 record and a 接上 record. Blocks do not nest (the outer one
    collects)."""
    if _DEFERRED.get() is not None:
        yield
        return
    before = _parts_of(article_ids)
    seen: tuple[set[int], set[int]] = (set(), set())
    token = _DEFERRED.set(seen)
    try:
        yield
    finally:
        _DEFERRED.reset(token)
    longer, shorter = seen
    if before:
        after = _parts_of(before)
        same = {pk for pk, parts in before.items() if after.get(pk) == parts}
        longer, shorter = longer - same, shorter - same
    text_changed_follow(longer=longer, shorter=shorter)


def text_changed_follow(*, longer: Iterable[int] = (), shorter: Iterable[int] = ()) -> None:
    """Stories whose parts a link changed: ``longer`` (ids; a continuation joined them) or
    ``shorter`` (a continuation left them: unlinked, its page undone); one in both is longer.

    A published one is updated: its 更新时间 moves, so the sitemap's lastmod tells crawlers
    it changed (the feeds' updated and dateModified stay: no 更正), and one history
    record (reason :data:`MERGE_WHOLE_REASON` / :data:`DETACH_WHOLE_REASON`) keeps its whole
    text. A signed-off one goes back to 待审 (``articles.signoff.signoff_end``; reason
    ``接上续文，正文变长了：签发后修改，改回待审`` or the 断开 one), its 更新时间 moving too.
    Others are left alone. Written in bulk, without the save signals: the link itself already
    said what changed. One query when none is published or signed off."""
    longer = set(longer)
    shorter = set(shorter) - longer
    deferred = _DEFERRED.get()
    if deferred is not None:  # (inside follow_when_changed: followed at its end)
        deferred[0].update(longer)
        deferred[1].update(shorter)
        return
    articles = list(
        Article.objects.filter(
            pk__in=longer | shorter, status__in=[Status.PUBLISHED, Status.SIGNED_OFF]
        )
    )
    if not articles:
        return
    history_baseline(articles)
    now = timezone.now()
    by_reason: dict[str, list[Article]] = {}
    for article in articles:
        grew = article.pk in longer
        article.updated_at = now
        if article.status == Status.SIGNED_OFF:
            reason = signoff_end_reason(article, MERGE_SIGNOFF_WHY if grew else DETACH_SIGNOFF_WHY)
        else:
            reason = MERGE_WHOLE_REASON if grew else DETACH_WHOLE_REASON
        by_reason.setdefault(reason, []).append(article)
    for reason, rows in by_reason.items():
        bulk_update_with_history(
            rows, Article, ["updated_at", *SIGNOFF_FIELDS], default_change_reason=reason
        )
        snapshots_fill(
            Article.history.filter(
                id__in=[a.pk for a in rows], history_change_reason=reason, history_date__gte=now
            )
        )


#: How the history reasons :func:`text_changed_follow` writes start.
_FOLLOW_REASONS = (MERGE_WHOLE_REASON, DETACH_WHOLE_REASON, MERGE_SIGNOFF_WHY, DETACH_SIGNOFF_WHY)


def link_records_settle(article_ids: Iterable[int], since) -> None:
    """After a link's title lines followed it (``articles.continuations.headlines.titles_follow``
    took a continuation's repeated headline off its text), the newest record
    :func:`text_changed_follow` wrote since ``since`` (a datetime: when the link began) for
    each story of ``article_ids`` holds its parts as stored now. It was written a moment
    before, with the continuation as the parser read it (``千企联千村、共走振兴路据悉，…`` one
    paragraph), so the story's next version listed a ``A2版印刷标题行`` and that paragraph as
    changed although nobody changed them (a night editor's history). Two queries a record."""
    ids = set(article_ids)
    if not ids:
        return
    reasons = Q()
    for reason in _FOLLOW_REASONS:
        reasons |= Q(history_change_reason__startswith=reason)
    records = Article.history.filter(reasons, id__in=ids, history_date__gte=since)
    newest = {}
    for record in records.order_by("history_date", "history_id"):
        newest[record.id] = record
    for record in newest.values():
        record.story = story_snapshot(record.id)
        record.save(update_fields=["story"])
