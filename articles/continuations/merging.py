"""Continuations, the merge: a continuation's parts join the story that jumped to it.

Linking moves the continuation's parts into the story (after the part that jumped) and removes
the placeholder story the continuation had while it was alone: its photos, teasers, reporters
and URL go to the story it joined. Detaching does the reverse: a part and what follows it
become a story of their own again.

Readers never lose a published text to a link: when a published story (a continuation read on
its own, 上接A1版, published before its page A1 came) joins a story that is not published, the
whole story is published with it (:meth:`MergeContext.flush`; history reason
:data:`MERGE_PUBLISH_REASON`), and the old URL redirects to it. The editors already published that
story; the link only adds its head, printed on the page that came late — as a late page's
continuation of a published story is public at once. On a paper that requires sign-off that
head is not published unsigned: the resolver holds such a link instead
(``articles.continuations.resolution``, :func:`jump_hold`) and the editors' link refuses it.

A :class:`MergeContext` is passed along one resolution (or one editor's fix): the emptied stories
to remove together at its end, the stories whose parts changed, and whether a detach reopened
links (later steps of the resolution then read those rows again). A resolution may also have it
keep the places of the parts it may move (:meth:`MergeContext.keep_places`): plain links then
read and change those in memory and their writes wait for :meth:`MergeContext.write`, so a batch
of groups costs a few statements instead of three per group.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

from articles.bulk import insert_returning, update_rows, update_values
from articles.continuations.handedits import hand_edited_joins_record
from articles.continuations.issuereads import parts_places
from articles.continuations.joinedbylines import printed_byline_give_back, printed_bylines_keep
from articles.continuations.published import (  # noqa: F401 (MERGE_PUBLISH_REASON: said here too)
    MERGE_PUBLISH_REASON,
    published_follow,
    text_changed_follow,
)
from articles.continuations.repeatedphotos import repeated_photos_follow
from articles.continuations.restoring import (
    brought_follow,
    bylines_give_back,
    detached_story_create,
    redirects_follow,
    swallowed_story_restore,
)
from articles.continuations.schedules import (
    is_scheduled,
    schedule_merge_refusal,
    schedules_follow,
    story_states,
)
from articles.editing import story_snapshot_refresh
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Jump,
    JumpState,
    Status,
)

_SEQUENCE_OFFSET = 10_000
# The states of a story whose text a link changes that something follows (text_changed_follow).
_FOLLOWED = (Status.PUBLISHED, Status.SIGNED_OFF)


class MergeContext:
    """What one resolution carries from step to step.

    ``into``: stories emptied by links, each with the story its parts joined; removed in one go
    by :meth:`flush`. ``fresh``: stories created in this same transaction (see :meth:`flush`).
    ``touched``: stories whose parts a link changed (later groups re-read them). ``detached``:
    a detach reopened links in the database (the resolver reads its jumps again). ``places``:
    {story id: its parts in order, their places only} as the database has them once the held
    back writes are written (None: not kept; see :meth:`keep_places`)."""

    def __init__(self, into: dict[int, int] | None = None, fresh: Iterable[int] = ()):
        self.into: dict[int, int] = dict(into or {})
        self.fresh: set[int] = set(fresh)
        self.touched: set[int] = set()
        self.detached = False
        self.shorter: set[int] = set()  # stories a detach took parts from (see flush)
        self.places: dict[int, list[ArticlePart]] | None = None
        self.held: dict[int, list[int]] = {}  # emptied story → the part ids it gave (flush)
        self._part_rows: list[tuple] = []  # (story id, sequence, part id), in link order
        # (state, to_part id, confidence, resolved_at, by_print_order, page_misprinted, jump id)
        self._jump_rows: list[tuple] = []

    def keep_places(self, article_ids: Iterable[int]) -> None:
        """Read the places (id, story, sequence) of these stories' parts in one statement, for
        :func:`jumps_link` to look at and change in memory; its writes are held back until
        :meth:`write`. Anything else that reads or writes parts must call :meth:`write` first;
        anything else that moves parts must also :meth:`drop_places`."""
        places: dict[int, list[ArticlePart]] = {pk: [] for pk in set(article_ids)}
        for part in parts_places(places):  # (a statement built once: issuereads)
            places[part.article_id].append(part)
        self.places = places

    def drop_places(self) -> None:
        """Write what was held back and stop keeping places (parts moved some other way)."""
        self.write()
        self.places = None

    def write(self) -> None:
        """Write the links held back (parts' places, then the jumps), in the order they were
        made, as :func:`jumps_link` would have written them one call at a time."""
        update_values(ArticlePart, ["article", "sequence"], self._part_rows)
        update_values(Jump, _LINK_FIELDS, self._jump_rows)
        self._part_rows, self._jump_rows = [], []

    def add(self, moved_id: int, target_id: int, parts: Iterable[int] = ()) -> None:
        """``moved_id`` emptied into ``target_id``, giving it ``parts`` (ids: ``held``)."""
        self.into[moved_id] = target_id
        if parts:
            self.held[moved_id] = list(parts)

    def touch(self, *article_ids: int) -> None:
        """Note stories whose parts a resolution changed (later groups re-read them)."""
        self.touched.update(article_ids)

    def flush(self) -> None:
        """Hand each emptied story's photos, teasers, reporters (:func:`brought_follow`) and URL
        (old ones too) to the story it ended up in (A3 joined A2 which joined A1: A1), then
        delete the emptied stories.

        Stories created in this same transaction (``fresh``: the import that made them is still
        running) were never seen by anyone and have no history; they are deleted without
        writing a deletion into it. Anything still pointing at one then fails the transaction."""
        shorter, self.shorter = self.shorter, set()
        if not self.into:
            self._text_changed((), shorter)
            return
        final = self._final_targets()
        self.into = {}
        hand_edited_joins_record(final)  # (before a published join's record: the part's baseline)
        rows = story_states({*final, *final.values()})
        schedules_follow(final, rows)  # before the emptied stories (and their times) go
        published_follow(final, rows)
        self._text_changed(
            {new for new in final.values() if rows.get(new, ("",))[0] in _FOLLOWED},
            shorter - set(final),
        )
        held = {pk: {"parts": self.held.pop(pk, [])} for pk in final}
        printed_bylines_keep(final, held)  # (a part's 署名 printed apart: the story shows it)
        brought_follow(final, held)  # (its parts in place: _text_changed wrote them)
        repeated_photos_follow(final, held)  # (a photo printed again beside the continuation)
        # Its URL may have been read or linked to: it now leads to the whole story.
        insert_returning(  # (bulk_create's rows, without a model object a row)
            ArticleRedirect,
            [{"old_id": o, "article_id": n, "held": held[o]} for o, n in sorted(final.items())],
        )
        fresh = [pk for pk in final if pk in self.fresh]
        if fresh:
            Byline.objects.filter(article_id__in=fresh).delete()
            Article.objects.filter(pk__in=fresh)._raw_delete(Article.objects.db)
        others = [pk for pk in final if pk not in self.fresh]
        if others:
            Article.objects.filter(pk__in=others).delete()

    def _text_changed(self, longer, shorter) -> None:
        """Published stories a link made longer or an unlink shorter are updated, signed-off ones
        sent back to 待审 (:func:`text_changed_follow`; one query when any may be)."""
        self.write()  # its parts in place first: a history record keeps the whole text
        if longer or shorter:
            text_changed_follow(longer=longer, shorter=shorter)

    def _final_targets(self) -> dict[int, int]:
        """Each emptied story with the story it ended up in, following chains of merges."""
        final: dict[int, int] = {}
        for old, new in self.into.items():
            seen = {old}
            while new in self.into and new not in seen:
                seen.add(new)
                new = self.into[new]
            final[old] = new
        return final


def publish_merge_refusal(jump: Jump, part: ArticlePart) -> str:
    """Why ``part``'s story may not join ``jump``'s story now, or ``""``: it is published, the
    jumping story is not, and their paper requires sign-off — the merged story would be a
    draft (readers lose the published text: its URL would lead to a story they may not see)
    or be published with a head nobody signed off. A chief editor signs off and publishes the
    jumping story first; publishing it makes the link
    (:func:`~articles.continuations.resolution.held_jumps_resolve`). On any paper, the same when
    the jumping story was published and withdrawn (:func:`withdrawn_refusal`): readers would
    lose the continuation silently. First, one published and one scheduled (``schedules``)."""
    moved = part.article
    if moved.status != Status.PUBLISHED and not is_scheduled(moved):
        return ""  # (the jumping story is read only then)
    source = jump.part.article
    if refusal := schedule_merge_refusal(
        source, moved, home=jump.part.page.label, label=part.page.label
    ):
        return refusal
    if moved.status != Status.PUBLISHED:
        return ""
    if source.status == Status.PUBLISHED:
        return ""
    if not source.issue.publication.review_required:
        if not _was_published(source.pk):
            return ""
        return withdrawn_refusal(jump.part.page.label, part.page.label)
    return (
        f"{part.page.label}版的续文已经发布，而{jump.part.page.label}版的这篇稿件还没有发布："
        "本报须经签发，合并后要么读者打不开已发布的续文，要么未签发的稿件随之上线。"
        "请总编辑先签发并发布这篇稿件，发布后自动接上"
    )


def withdrawn_refusal(home: str, label: str) -> str:
    """Why a published continuation on page ``label`` does not join the story of page ``home``
    that its editors withdrew (published once, now not): merged, readers would lose the
    published text with it (an import never publishes again what editors withdrew)."""
    return (
        f"{home}版的这篇稿件发布后已撤回，暂不与{label}版已发布的续文合并"
        "（读者仍能读到那段续文）；要接上，请先重新发布这篇稿件，发布后自动接上"
    )


def _was_published(article_id: int) -> bool:
    """Whether a history record says the story was published (it is not now: withdrawn by its
    editors; the rule of ``articles.publishing.withdrawn_ids``, which imports this package)."""
    return Article.history.filter(id=article_id, status=Status.PUBLISHED).exists()


def jump_hold(jump: Jump, part: ArticlePart, *, confidence: float | None) -> None:
    """Leave ``jump`` open instead of linking it to ``part`` (:func:`publish_merge_refusal`):
    ``pending`` with ``part`` as its one candidate and the match's ``confidence`` (a pending
    jump otherwise has none: that is how a held one is told apart, by the resolver, the
    report and ``check_jumps``). Written only when something changes."""
    confidence = 0.0 if confidence is None else confidence
    if jump.state != JumpState.PENDING or jump.to_part_id or jump.confidence != confidence:
        jump.state = JumpState.PENDING
        jump.to_part = None
        jump.confidence = confidence
        jump.resolved_at = timezone.now()
        jump.save(update_fields=_LINK_FIELDS)
    jump.candidates.set([part])


def is_held(jump: Jump) -> bool:
    """Whether ``jump`` is held by :func:`jump_hold` (its candidates name the part; the rule
    is :attr:`Jump.is_held`)."""
    return jump.is_held


_LINK_FIELDS = ["state", "to_part", "confidence", "resolved_at"]
_LINK_FIELDS += ["by_print_order", "page_misprinted"]  # (the resolver's marks: _assign)
_LINK_VALUES = [f"{f}_id" if f == "to_part" else f for f in _LINK_FIELDS]  # (MergeContext.write)


def jump_set_state(jump: Jump, state: str, *, confidence: float | None = None) -> None:
    """Give ``jump`` a state without a continuation (written only when something changes)."""
    was_ambiguous = jump.state == JumpState.AMBIGUOUS or is_held(jump)
    changed = jump.state != state or jump.to_part_id is not None or jump.confidence != confidence
    if changed:
        jump.state = state
        jump.to_part = None
        jump.confidence = confidence
        jump.resolved_at = timezone.now()
        jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    if state != JumpState.AMBIGUOUS and was_ambiguous:
        jump.candidates.clear()


def jump_link(
    jump: Jump,
    part: ArticlePart,
    *,
    confidence: float | None,
    manual: bool = False,
    merges: MergeContext | None = None,
) -> None:
    """Make ``part`` (and what follows it in its story) the continuation of ``jump``'s story.

    Without ``merges`` (an editor's fix) the emptied story is removed at once; with it, at the
    end of the resolution, together with the others it emptied."""
    source = jump.part
    if part.article_id == source.article_id:
        jump_set_state(jump, JumpState.LOOP)
        return
    if part.sequence != 0:
        part_detach(part, merges=merges)
        part.refresh_from_db()
    target_article = source.article
    moved_article = part.article
    if merges is not None:
        merges.touch(target_article.pk, moved_article.pk)
    following = target_article.parts.filter(sequence=source.sequence + 1).first()
    if following is not None:
        # Whatever followed the jumping part before is no longer its continuation.
        part_detach(following, merges=merges)
    moved_parts = list(moved_article.parts.order_by("sequence").values_list("pk", flat=True))
    # The target story has parts 0..source.sequence now; the moved ones follow, in their order.
    for offset, moved in enumerate(moved_parts, start=source.sequence + 1):
        ArticlePart.objects.filter(pk=moved).update(article=target_article, sequence=offset)
    # The emptied story goes (with its photos, teasers and URL handed on).
    context = merges if merges is not None else MergeContext()
    context.add(moved_article.pk, target_article.pk, moved_parts)
    if merges is None:
        context.flush()
    was_ambiguous = jump.state == JumpState.AMBIGUOUS or is_held(jump)
    jump.state = JumpState.MANUAL if manual else JumpState.LINKED
    jump.to_part = part
    jump.confidence = confidence
    jump.resolved_at = timezone.now()
    if manual:  # (the resolver's marks: _assign)
        jump.by_print_order = jump.page_misprinted = False
    jump.save(update_fields=_LINK_FIELDS)
    if was_ambiguous:
        jump.candidates.clear()


def jumps_link(
    links: list[tuple[Jump, ArticlePart, float | None]], *, merges: MergeContext | None = None
) -> None:
    """:func:`jump_link` for several jumps at once (or one), in a few bulk statements when they
    are the plain case (each continuation starts a story of its own, nothing follows the jumping
    parts, no story involved twice); otherwise one by one. The plain case saves no row one at a
    time, so no ``post_save`` says what changed: the caller says it (the resolver:
    ``content_changed`` over the issues it linked in)."""
    parts_of = _plain_parts(links, merges)
    if parts_of is None:
        if merges is not None:
            merges.drop_places()  # jump_link reads and moves parts itself
        for jump, part, confidence in links:
            jump_link(jump, part, confidence=confidence, merges=merges)
        return
    changed_parts: list[ArticlePart] = []
    context = merges if merges is not None else MergeContext()
    now = timezone.now()
    for jump, part, confidence in links:
        source = jump.part
        context.touch(source.article_id, part.article_id)
        for offset, moved_part in enumerate(
            parts_of.get(part.article_id, []), start=source.sequence + 1
        ):
            moved_part.article_id = source.article_id
            moved_part.sequence = offset
            changed_parts.append(moved_part)
        context.add(
            part.article_id, source.article_id, [p.pk for p in parts_of.get(part.article_id, [])]
        )
        if jump.state == JumpState.AMBIGUOUS or is_held(jump):
            jump.candidates.clear()
        jump.state = JumpState.LINKED
        jump.to_part = part
        jump.confidence = confidence
        jump.resolved_at = now
    if context.places is None:
        update_rows(changed_parts, ["article", "sequence"])
        update_rows([jump for jump, _, _ in links], _LINK_FIELDS)
    else:  # held back until context.write(); the kept places follow the links
        _places_follow(context.places, links)
        context._part_rows.extend((p.article_id, p.sequence, p.pk) for p in changed_parts)
        context._jump_rows.extend((*(getattr(j, f) for f in _LINK_VALUES), j.pk) for j, *_ in links)
    if merges is None:
        context.flush()


def _places_follow(places: dict[int, list[ArticlePart]], links) -> None:
    """Kept places after plain ``links``: each moved story's parts are now its jumping story's."""
    for jump, part, _ in links:
        source = places[jump.part.article_id]
        source.extend(places[part.article_id])
        source.sort(key=lambda p: p.sequence)
        places[part.article_id] = []


def _plain_parts(
    links: list[tuple[Jump, ArticlePart, float | None]], merges: MergeContext | None = None
) -> dict[int, list[ArticlePart]] | None:
    """The parts of the stories ``links`` move ({story id: its parts in order, their places
    only}) when they can be written in bulk (see :func:`jumps_link`); None when they cannot.
    One query, for the parts of the jumping stories and of the moved ones together (none when
    ``merges`` keeps the places of all of them): a jumping part followed by another part of its
    story is not the plain case."""
    sources = {jump.part.article_id for jump, _, _ in links}
    moved = [part.article_id for _, part, _ in links]
    if not (
        links
        and all(part.sequence == 0 for _, part, _ in links)
        and len(set(moved)) == len(moved)
        and not sources & set(moved)
    ):
        return None
    parts_of: dict[int, list[ArticlePart]] = {}
    kept = merges.places if merges is not None else None
    if kept is not None and all(pk in kept for pk in sources | set(moved)):
        parts_of = {pk: kept[pk] for pk in sources | set(moved) if kept[pk]}
    else:
        if merges is not None:
            merges.drop_places()  # read here: the kept ones would no longer follow
        rows = ArticlePart.objects.filter(article_id__in=sources | set(moved))
        # Only their places are looked at and written (never their text).
        for part in rows.only("pk", "article_id", "sequence").order_by("sequence"):
            parts_of.setdefault(part.article_id, []).append(part)
    for jump, _, _ in links:
        after = jump.part.sequence + 1
        if any(p.sequence == after for p in parts_of.get(jump.part.article_id, ())):
            return None
    return parts_of


def parts_renumber(parts: list[ArticlePart], *, article_id: int) -> None:
    """Give ``parts`` to the story ``article_id`` as its parts 0, 1, 2… (via free numbers:
    (article, sequence) is unique at every statement). Two statements a part."""
    for i, p in enumerate(parts):
        ArticlePart.objects.filter(pk=p.pk).update(
            article_id=article_id, sequence=_SEQUENCE_OFFSET + i
        )
    for i, p in enumerate(parts):
        ArticlePart.objects.filter(pk=p.pk).update(sequence=i)


def part_detach(part: ArticlePart, *, merges: MergeContext | None = None) -> Article:
    """Split ``part`` and what follows it off its story into a story of its own: the story a
    link removed when that text joined (same id, fields, edits, history:
    :mod:`articles.continuations.restoring`), else a new one; the redirects follow the text."""
    article = part.article
    following = list(article.parts.filter(sequence__gte=part.sequence).order_by("sequence"))
    if part.sequence == 0:
        return article
    context = merges if merges is not None else MergeContext()
    context.detached = True
    context.shorter.add(article.pk)
    Jump.objects.filter(to_part=part, state__in=[JumpState.LINKED, JumpState.MANUAL]).update(
        state=JumpState.PENDING, to_part=None, confidence=None
    )
    restored = swallowed_story_restore(article, following)
    new = restored or detached_story_create(article, part)
    parts_renumber(following, article_id=new.pk)
    if restored is None:  # (the reporters it brought, when it joined as it was made)
        bylines_give_back(article, new, following)
        printed_byline_give_back(article, new, following)
    else:
        story_snapshot_refresh(restored)  # (its record holds its text back in it)
    redirects_follow(article, new, following)
    if merges is None:
        context.flush()  # the story lost that text: updated, or its sign-off ended
    return new


def part_release(part: ArticlePart, *, merges: MergeContext | None = None) -> None:
    """Before a part is deleted: reopen links to it, and let what followed it stand alone.

    A whole copy (``whole_copy``) is only a mention of the story on its page: nothing follows
    from it. When the part holding a story's text goes, the whole copy after it gets the text
    (the same, by what made it a copy). When that part is where the story starts, the story
    stays the same row and starts on the copy's page now (:func:`_home_to_copy`): that page
    printed all of it, so its headline, deck, dateline, reporters, status, address and history
    stay; the caller then deletes ``part`` alone, never the story. ``merges``: as for
    :func:`part_detach` (its story, shorter once ``part`` goes, is followed up at its flush)."""
    Jump.objects.filter(to_part=part).update(state=JumpState.PENDING, to_part=None, confidence=None)
    if part.whole_copy:
        return
    after = part.article.parts.filter(sequence=part.sequence + 1).first()
    if after is None:
        return
    if after.whole_copy:
        ArticlePart.objects.filter(pk=after.pk).update(blocks=part.blocks, whole_copy=False)
        if part.sequence == 0:
            _home_to_copy(part, after)
            return
    part_detach(after, merges=merges)


def copy_takes_over(part: ArticlePart) -> ArticlePart | None:
    """The whole copy that keeps ``part``'s story when ``part`` goes (:func:`part_release`):
    the part after it, when ``part`` starts the story and holds its text; else None (one
    query)."""
    if part.sequence != 0 or part.whole_copy:
        return None
    return (
        ArticlePart.objects.filter(article_id=part.article_id, sequence=1, whole_copy=True)
        .select_related("page")
        .first()
    )


def _home_to_copy(part: ArticlePart, copy: ArticlePart) -> None:
    """The story of ``part`` (its first part, about to be deleted) starts at ``copy`` now: the
    other parts are renumbered from 0 (``part`` out of the way at a free number) and the story's
    page and position are the copy's, which names no page it continues from any more."""
    rest = list(part.article.parts.exclude(pk=part.pk).order_by("sequence"))
    ArticlePart.objects.filter(pk=part.pk).update(sequence=2 * _SEQUENCE_OFFSET)
    parts_renumber(rest, article_id=part.article_id)
    ArticlePart.objects.filter(pk=copy.pk).update(continued_from="")
    Article.objects.filter(pk=part.article_id).update(page_id=copy.page_id, position=copy.position)
