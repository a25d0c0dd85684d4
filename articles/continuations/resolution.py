"""Continuations, the resolver: link every open jump of an issue that can be linked.

Resolution looks at the whole issue each time a page is imported, so the order pages arrive in
does not matter. It reads the issue's pages, jumps, candidate parts and stories (one statement
each for a whole import batch), asks :mod:`~articles.continuations.matching` (the scores) and
:mod:`~articles.continuations.assigning` (the links) what to link, and writes the answer
(:mod:`~articles.continuations.merging` moves the parts). A story an e-paper served whole on two
pages is made one first (:mod:`~articles.continuations.copies`). Editors' links
(``manual``) and unlinks (``unlinked``) are decisions it never undoes. Teasers (``见第三版``) are
linked to the story they announce in the same pass. A link that would make a published story
part of one that is not, on a paper that requires sign-off, is held (the jump stays open with
its one candidate, :func:`~articles.continuations.merging.jump_hold`) until that story is
published; on other papers the link publishes it (:mod:`~articles.continuations.merging`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.bulk import update_rows, update_values
from articles.changes import collecting, content_changed, issues_scope
from articles.continuations.assigning import EXACT_PARTS, Assignment, assignment_decide
from articles.continuations.copies import CopyEdit, copies_merge
from articles.continuations.headlines import titles_follow
from articles.continuations.issuereads import (
    heads_on_pages,
    issues_jumps,
    issues_pages,
    open_teasers,
    parts_on_pages,
    stories_parts,
)
from articles.continuations.lonetitles import lone_titles_follow
from articles.continuations.matching import (
    Candidate,
    candidates_of,
    page_find,
    pairs_score,
    teaser_target,
)
from articles.continuations.merging import (
    MergeContext,
    is_held,
    jump_hold,
    jump_set_state,
    jumps_link,
    part_detach,
    publish_merge_refusal,
)
from articles.continuations.misprints import (
    MISPRINT_CONFIDENCE,
    misprinted_links,
    misprints_to_reopen,
)
from articles.continuations.published import link_records_settle
from articles.continuations.seams import pairs_evidence
from articles.continuations.teasermarks import dropped
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Teaser,
)

SETTLED = (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED)


def issue_jumps_resolve(issue: Issue) -> None:
    """Link every open forward jump of ``issue`` that can be linked; mark the rest.

    Runs after every page import, so it does nothing it need not: settled jumps are left alone,
    and a jump still waiting for its page is not written again."""
    jumps_resolve([issue])


def jumps_resolve(
    issues: Iterable[Issue],
    *,
    fresh: Iterable[int] = (),
    served: Mapping[int, tuple[int, frozenset[str] | None]] | None = None,
) -> list[CopyEdit]:
    """:func:`issue_jumps_resolve` for several issues at once (an import batch): the same
    decisions, with the pages, jumps, candidate parts and stories of all of them read in one
    statement each. The stories links empty are removed together at the end; ``fresh``: stories
    created in this transaction (see :meth:`MergeContext.flush`); ``served``: the words next to
    the merged marker pairs of pages whose text a parsing worker read
    (:func:`~articles.continuations.mergedpairs.issues_served_merged`). Returns the whole copies it
    joined to their stories although printed with a small edit (for the import report:
    :func:`~articles.continuations.copies.copies_merge`).

    All or nothing, in one content change: in the caller's transaction when there is one (an
    import, publishing), else in a transaction of its own; its rows' changes are collected
    (:func:`~articles.changes.collecting`) and said with the caller's, so the transaction is
    counted and its cache tags bumped once (:func:`~articles.caching.bump_content_version`
    counts a change once per savepoint level, and a savepoint here, or Django's own block
    around a delete, made it a second level)."""
    issues = list(issues)
    if not issues:
        return []
    since = timezone.now()
    joined = transaction.get_connection().in_atomic_block
    with nullcontext() if joined else transaction.atomic(), collecting():
        merges = MergeContext(fresh=fresh)
        edits = _resolve_issues(issues, merges, served)
        merges.flush()
        moved = titles_follow(issue.pk for issue in issues)  # a repeated headline under 上接:
        moved += lone_titles_follow(issue.pk for issue in issues)  # title lines (…confirmed
        link_records_settle(moved, since)  # elsewhere); a join's record holds them so
    return edits


@dataclass
class _Group:
    """An issue's open markers pointing at one page, and what they may be linked to."""

    target_id: int
    jumps: list[Jump]
    backward: dict[int, Jump]  # part id → its backward marker, for the whole issue
    taken: set[int]  # parts a settled jump already continues into


def _resolve_issues(issues: list[Issue], merges: MergeContext, served=None) -> list[CopyEdit]:
    issue_ids = [issue.pk for issue in issues]
    edits = copies_merge(
        issue_ids, merges, served
    )  # a story served whole on two pages is one story
    pages_of: dict[int, dict[str, Page]] = {pk: {} for pk in issue_ids}
    for page in issues_pages(issue_ids):
        pages_of[page.issue_id][page.label] = page
    jumps = _jumps_of(issue_ids)
    if _misprints_reopen(jumps, pages_of, merges):
        jumps = _jumps_of(issue_ids)
    groups: list[_Group] = []
    for issue_id in issue_ids:
        of_issue = [j for j in jumps if j.part.page.issue_id == issue_id]
        groups.extend(_groups_of_issue(of_issue, pages_of[issue_id]))
    if groups:
        linked = _resolve(groups, merges)
        if merges.detached:  # other jumps were reopened in the database: read them again
            jumps = _jumps_of(issue_ids)
        detached, merges.detached = merges.detached, False
        linked |= _resolve_misprints(jumps, pages_of, merges)
        if linked:  # as each link's save said it (bulk writes send no post_save): the issues
            content_changed(issues=linked)
        if merges.detached:  # (a link to another page's continuation reopened some)
            jumps = _jumps_of(issue_ids)
        merges.detached = merges.detached or detached
    _sync_backward(jumps)
    _resolve_teasers(issue_ids, pages_of)
    return edits


def _groups_of_issue(of_issue: list[Jump], pages: dict[str, Page]) -> list[_Group]:
    """Group the issue's open forward jumps by the page they point at. Those whose page is not
    there are pending; with no continuation anywhere in the issue, unmatched."""
    forward = [j for j in of_issue if j.direction == JumpDirection.FORWARD]
    backward = {j.part_id: j for j in of_issue if j.direction == JumpDirection.BACKWARD}
    taken = {j.to_part_id for j in forward if j.state in SETTLED and j.to_part_id}
    open_forward = [
        j
        for j in forward
        if j.state not in SETTLED
        and not (j.state == JumpState.PENDING and page_find(pages, j.target_label) is None)
    ]
    if open_forward and not backward:
        for jump in open_forward:  # nothing on any page continues anything
            jump_set_state(jump, JumpState.UNMATCHED)
        return []
    by_target: dict[int, list[Jump]] = {}
    for jump in open_forward:
        target = page_find(pages, jump.target_label)
        if target is None:
            jump_set_state(jump, JumpState.PENDING)
            continue
        by_target.setdefault(target.pk, []).append(jump)
    return [_Group(pk, group, backward, taken) for pk, group in by_target.items()]


def _jumps_of(issue_ids: list[int]) -> list[Jump]:
    """Every jump of the issues, with its part, page and story. What a marker's part prints is
    never looked at here (its story's text comes from :func:`_stories`): not read."""
    return issues_jumps(issue_ids)


def _resolve(groups: list[_Group], merges: MergeContext) -> set[int]:
    """Match each group of open jumps (an issue's markers pointing at one page) to the parts on
    that page that continue something, group after group (a group may extend the stories a
    later one continues: A1→A2 before A2→A3). Returns the ids of the issues it linked jumps in."""
    parts_on: dict[int, list[ArticlePart]] = {}
    # Only parts with a backward marker can continue anything (candidates_of): the others of the
    # target pages (most of them, with their text) are not read.
    marked = {pk for g in groups for pk in g.backward}
    for part in parts_on_pages({g.target_id for g in groups}, marked):
        parts_on.setdefault(part.page_id, []).append(part)
    stories = stories_parts([j.part.article_id for g in groups for j in g.jumps])
    # The places of every part the groups' links may move, read once: plain links then change
    # them in memory, and their writes go together at the end (MergeContext.keep_places).
    merges.keep_places(
        {j.part.article_id for g in groups for j in g.jumps}
        | {part.article_id for parts in parts_on.values() for part in parts}
    )
    linked: set[int] = set()
    for group in groups:
        if _resolve_group(group, parts_on.get(group.target_id, []), stories, merges):
            linked.add(group.jumps[0].part.page.issue_id)
    merges.drop_places()  # what was held back is written before anything else reads parts
    return linked


def _resolve_group(
    group: _Group,
    parts: list[ArticlePart],
    stories: dict[int, tuple[Article, list[ArticlePart]]],
    merges: MergeContext,
) -> bool:
    """Decide and write one group's links and states; True when it linked any jump."""
    candidates = candidates_of(parts, group.backward, group.taken)
    if merges.detached or any(j.part.article_id in merges.touched for j in group.jumps):
        merges.write()  # the links held back, before their parts are read
        _reread_sources(group.jumps, stories)
    # A 下转 in a 导读 box leads to a story, not to a continuation: where markers outnumber the
    # continuations, it leaves the group (it stays open, 目标版面无对应) and the real pairs link.
    parts_of = {pk: c.part for pk, c in candidates.items()}
    teasers = dropped(group.jumps, parts_of, group.backward, stories) if candidates else set()
    scored = [j for j in group.jumps if j.pk not in teasers]
    pairs, loops, telling = pairs_score(scored, stories, candidates, group.backward)
    jumps = {j.pk: j for j in scored}
    linked = False
    if pairs:
        decision = _decide(pairs, telling, jumps, candidates, stories)
        linked = _assign(decision, jumps, candidates, merges)
    for jump in group.jumps:
        if jump.pk in teasers:  # (ambiguous, or held, in an earlier pass: open, no candidates)
            jump_set_state(jump, JumpState.UNMATCHED)
        elif jump.state not in SETTLED and jump.state != JumpState.AMBIGUOUS and not is_held(jump):
            jump_set_state(jump, JumpState.LOOP if jump.pk in loops else JumpState.UNMATCHED)
    return linked


def _misprints_reopen(
    jumps: list[Jump], pages_of: dict[int, dict[str, Page]], merges: MergeContext
) -> bool:
    """Reopen the links to another page's continuation the rule may no longer make
    (:func:`~articles.continuations.misprints.misprints_to_reopen`: a page imported since
    competes), so this resolution decides them again as if the pages had come in another order.
    True when it reopened any (read the jumps again)."""
    reopen = misprints_to_reopen(jumps, pages_of)
    for jump in reopen:
        part_detach(
            ArticlePart.objects.select_related("article").get(pk=jump.to_part_id), merges=merges
        )
    return bool(reopen)


def _resolve_misprints(
    jumps: list[Jump], pages_of: dict[int, dict[str, Page]], merges: MergeContext
) -> set[int]:
    """Link the 下转 whose printed page has no continuation for them to the one continuation
    elsewhere that answers them (:func:`~articles.continuations.misprints.misprinted_links`),
    marked ``page_misprinted``, as the groups' links are written (a link held apart is held
    the same way). Returns the ids of the issues it linked jumps in."""
    found = misprinted_links(jumps, pages_of)
    linked: set[int] = set()
    for jump, part in found:  # (one at a time: each may move the parts the next one reads)
        stories = stories_parts([jump.part.article_id])
        _reread_sources([jump], stories)
        decision = Assignment(links=[(jump.pk, part.pk, MISPRINT_CONFIDENCE)])
        candidates = {part.pk: Candidate(part, [], [])}
        if _assign(decision, {jump.pk: jump}, candidates, merges, misprinted=True):
            linked.add(jump.part.page.issue_id)
    return linked


def _reread_sources(
    jumps: list[Jump], stories: dict[int, tuple[Article, list[ArticlePart]]]
) -> None:
    """An earlier group moved these parts into another story: read where they are now."""
    now = {
        pk: (article_id, sequence)
        for pk, article_id, sequence in ArticlePart.objects.filter(
            pk__in=[j.part_id for j in jumps]
        ).values_list("pk", "article_id", "sequence")
    }
    for jump in jumps:
        jump.part.article_id, jump.part.sequence = now[jump.part_id]
        jump.part._state.fields_cache.pop("article", None)
    stories.update(stories_parts([j.part.article_id for j in jumps]))


def _decide(pairs, telling, jumps: dict[int, Jump], candidates, stories) -> Assignment:
    """What :func:`~articles.continuations.assigning.assignment_decide` decides for one group
    (``telling``: the pairs' telling scores; the markers and parts in print order, by page and
    place; the print's other evidence, :func:`~articles.continuations.seams.pairs_evidence`,
    for a group of up to :data:`EXACT_PARTS` markers and parts: first its seams and clashes
    alone, and the words only the halves share too when that leaves a marker open, so a group
    its text settles costs no more)."""
    printed = (
        sorted(jumps, key=lambda pk: (jumps[pk].part.page.sequence, jumps[pk].part.position)),
        sorted(candidates, key=lambda pk: candidates[pk].part.position),
    )
    if len(pairs) == 1 or max(len(jumps), len(candidates)) > EXACT_PARTS:
        return assignment_decide(pairs, telling=telling, printed=printed)
    parts_of = {pk: c.part for pk, c in candidates.items()}
    telling_of = {pk: c.telling for pk, c in candidates.items()}
    evidence = pairs_evidence(pairs, jumps, stories, parts_of, telling_of, words=False)
    decision = assignment_decide(pairs, telling=telling, printed=printed, evidence=evidence)
    if len(decision.links) < min(len({j for j, _ in pairs}), len({p for _, p in pairs})):
        evidence = pairs_evidence(pairs, jumps, stories, parts_of, telling_of)
        decision = assignment_decide(pairs, telling=telling, printed=printed, evidence=evidence)
    return decision


def _assign(
    decision: Assignment,
    jumps: dict[int, Jump],
    candidates,
    merges: MergeContext,
    *,
    misprinted: bool = False,
) -> bool:
    """Write ``decision`` (:func:`_decide`) for one group: the ambiguous markers with their
    candidates, then the links (True when any); ``misprinted``: links to a continuation on
    another page than the markers print (:func:`_resolve_misprints`)."""
    for jump_id, near, confidence in decision.ambiguous:
        jump_set_state(jumps[jump_id], JumpState.AMBIGUOUS, confidence=confidence)
        jumps[jump_id].candidates.set([candidates[p].part for p in near])
    links = []
    for j, p, score in decision.links:
        jump, part = jumps[j], candidates[p].part
        jump.by_print_order = j in decision.by_print_order  # (written with the link)
        jump.page_misprinted = misprinted
        if publish_merge_refusal(jump, part):
            jump_hold(jump, part, confidence=score)  # until the jumping story is published
        else:
            if is_held(jump):  # held before; its story is published now
                jump_set_state(jump, JumpState.PENDING)
            links.append((jump, part, score))
    if not links:
        return False  # (the places kept stay kept for the next groups)
    jumps_link(links, merges=merges)
    return True


def held_jumps_resolve(
    article_ids: Iterable[int] = (), *, publication_id: int | None = None
) -> None:
    """After the stories ``article_ids`` were published or withdrawn, or a paper
    (``publication_id``) stopped requiring sign-off: resolve again the issues where a link held
    apart (:func:`~articles.continuations.merging.jump_hold`) is from or to one of them, or on
    that paper, so what held it is decided anew: published, the continuation joins its story
    now (its old address leads to the whole story); a withdrawn continuation, no longer
    published, joins its story as drafts do. One query when none was held."""
    ids = list(article_ids)
    held = Jump.objects.filter(
        direction=JumpDirection.FORWARD, state=JumpState.PENDING, confidence__isnull=False
    )
    which = Q(part__article_id__in=ids) | Q(candidates__article_id__in=ids)
    if publication_id is not None:
        which |= Q(part__page__issue__publication_id=publication_id)
    issues = set(held.filter(which).values_list("part__page__issue_id", flat=True))
    if issues:
        jumps_resolve(Issue.objects.filter(pk__in=issues))


def review_turned_off_follow(sender, publication, **kwargs) -> None:
    """The receiver of :data:`~articles.models.content.review_turned_off` (a paper's save
    turned 发布须经签发 off, however it was saved — the desk's paper form, a shell's
    ``paper.save()``, any service or command): the links held for it are decided again, in the
    transaction that saved it (:func:`held_jumps_resolve`: one query when none was held; a
    published continuation waiting for its head's sign-off joins it, which is published with
    it). ``QuerySet.update()`` saves nothing: it leaves them held until the issue's next import
    or a publication."""
    held_jumps_resolve(publication_id=publication.pk)


def backward_jumps_sync(issue: Issue) -> None:
    """:func:`_sync_backward` for every jump of ``issue`` (after an editor's fix)."""
    _sync_backward(_jumps_of([issue.pk]))


def _sync_backward(jumps: list[Jump]) -> None:
    """Mirror forward links on the backward markers, so orphans are easy to list."""
    linked = {
        j.to_part_id: j
        for j in jumps
        if j.direction == JumpDirection.FORWARD and j.state in (JumpState.LINKED, JumpState.MANUAL)
    }
    changed: list[Jump] = []
    for jump in jumps:
        if jump.direction != JumpDirection.BACKWARD:
            continue
        forward = linked.get(jump.part_id)
        state = (
            (JumpState.MANUAL if forward.state == JumpState.MANUAL else JumpState.LINKED)
            if forward
            else (JumpState.UNLINKED if jump.state == JumpState.UNLINKED else JumpState.PENDING)
        )
        to_part = forward.part_id if forward else None
        if jump.state != state or jump.to_part_id != to_part:
            jump.state = state
            jump.to_part_id = to_part
            jump.confidence = forward.confidence if forward else None
            changed.append(jump)
    update_rows(changed, ["state", "to_part", "confidence"])


def _resolve_teasers(issue_ids: list[int], pages_of: dict[int, dict[str, Page]]) -> None:
    """Link each open teaser to the story it announces on its target page (by headline)."""
    teasers = []
    for pk, issue_id, label, section, title_lines in open_teasers(issue_ids):
        target = page_find(pages_of[issue_id], label)
        if target is not None:
            teasers.append((pk, section, title_lines, target))
    if not teasers:
        return
    heads_by_page: dict[int, list[ArticlePart]] = {}
    for part in heads_on_pages({target.pk for *_, target in teasers}):
        heads_by_page.setdefault(part.page_id, []).append(part)
    named: dict[int, Page] = {}
    linked: list[list[int]] = []  # (the story a teaser announces, the teaser)
    for pk, section, title_lines, target in teasers:
        if section and not target.section:
            target.section = section
            named[target.pk] = target
        article_id = teaser_target(title_lines, heads_by_page.get(target.pk, []))
        if article_id is not None:
            linked.append([article_id, pk])
    if named:
        _sections_name(list(named.values()))
    update_values(Teaser, ["target_article"], linked)


def _sections_name(pages: list[Page]) -> None:
    """Write the 版名 teasers gave ``pages`` and say what that changes, as a page's save would
    (``update_rows`` sends no ``post_save``): a page's section decides which section pages list
    its stories — the old name's (``""``: 头版 on a front page) and the new one's — and the
    issue's frame and the paper's list of sections name it (:func:`~articles.changes.
    issues_scope`, read before the change and again after it)."""
    issues = {page.issue_id for page in pages}
    before = issues_scope(issues)
    update_rows(pages, ["section"])
    content_changed(issues=issues, tags=before)
