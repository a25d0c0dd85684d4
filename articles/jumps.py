"""Continuations: stitch ``（下转A2版）`` / ``（上接A1版）`` across pages into one story.

A forward jump on page X that points to page Y is linked to a part on Y that starts with a
matching backward marker (``上接X``; ``上接第一版`` matches page ``1`` and ``A1``). When several
stories jump from X to Y at once, each is matched by what it says: the continuation's repeated
(or shortened) headline against the story's deck, and its opening words against the story's text
(jieba word overlap). A match is taken only when it is clear (a margin over every rival);
otherwise the jump is left *ambiguous* with its candidates for an editor to pick.

Linking moves the continuation's parts into the story (after the part that jumped) and removes
the placeholder story the continuation had while it was alone. Resolution looks at the whole
issue each time a page is imported, so the order pages arrive in does not matter. Editors' links
(``manual``) and unlinks (``unlinked``) are decisions the resolver never undoes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from articles.bulk import update_rows
from articles.labels import LabelError, label_number, label_parts
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Photo,
    Teaser,
)
from articles.text import content_words, normalize_for_matching, overlap

# A link is taken when its score beats every rival for the same marker or part by this much.
MARGIN = 0.15
# ... and is at least this good (unless it is the only pairing left, which is itself evidence).
MIN_SCORE = 0.2
TEASER_MIN_SCORE = 0.4
_SEQUENCE_OFFSET = 10_000

SETTLED = (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED)


class JumpError(ValueError):
    """An editor's jump fix that cannot be done; the message says why."""


def find_page(pages: dict[str, Page], label: str) -> Page | None:
    """The page a printed label means: exact, or by number alone (``2`` finds ``A2`` if unique)."""
    if label in pages:
        return pages[label]
    try:
        letters, number = label_parts(label)
    except LabelError:
        return None
    if letters:
        return None
    same_number = [p for lbl, p in pages.items() if label_parts(lbl)[1] == number]
    return same_number[0] if len(same_number) == 1 else None


def backward_matches(backward_label: str, page_label: str) -> bool:
    """Does ``上接<backward_label>`` point at ``page_label``? ``上接第一版`` points at 1 and A1."""
    if backward_label == page_label:
        return True
    try:
        letters, number = label_parts(backward_label)
        return not letters and label_number(page_label) == number
    except LabelError:
        return False


@dataclass
class _Candidate:
    part: ArticlePart
    title_words: list[str]
    lead_words: list[str]


def _title_text(article: Article, head: ArticlePart) -> str:
    return normalize_for_matching(
        " ".join([*head.title_lines, article.kicker, article.headline, article.subheadline])
    )


def _weighted_overlap(words: list[str], text: str, spread: dict[str, int]) -> float:
    """Like :func:`overlap`, but a word the rival candidates share counts less (1/how many have
    it): ``提速增效`` in every continuation's headline says nothing about which story it ends."""
    total = sum(len(w) / spread.get(w, 1) for w in words)
    if not total:
        return 0.0
    return sum(len(w) / spread.get(w, 1) for w in words if w in text) / total


def _spread(word_lists: list[list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for words in word_lists:
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _score(story_title: str, story_text: str, candidate: _Candidate, spreads) -> float:
    title_spread, lead_spread = spreads
    lead = _weighted_overlap(candidate.lead_words, story_text, lead_spread)
    if not candidate.title_words:
        return lead
    return 0.6 * _weighted_overlap(candidate.title_words, story_title, title_spread) + 0.4 * lead


@transaction.atomic
def resolve_issue_jumps(issue: Issue) -> None:
    """Link every open forward jump of ``issue`` that can be linked; mark the rest.

    Runs after every page import, so it does nothing it need not: settled jumps are left alone,
    and a jump still waiting for its page is not written again."""
    resolve_jumps([issue])


@transaction.atomic
def resolve_jumps(issues: Iterable[Issue]) -> None:
    """:func:`resolve_issue_jumps` for several issues at once (an import batch): the same
    decisions, with the pages, jumps, candidate parts and stories of all of them read in one
    statement each."""
    issues = list(issues)
    if not issues:
        return
    with merges_deferred():
        try:
            _resolve_issues(issues)
        finally:
            _local.touched = None


def _resolve_issues(issues: list[Issue]) -> None:
    issue_ids = [issue.pk for issue in issues]
    pages_of: dict[int, dict[str, Page]] = {pk: {} for pk in issue_ids}
    for page in Page.objects.filter(issue_id__in=issue_ids).defer("raw_text"):
        pages_of[page.issue_id][page.label] = page
    jumps = _jumps_of(issue_ids)
    _local.detached = False
    _local.touched = set()
    work = []
    for issue_id in issue_ids:
        pages = pages_of[issue_id]
        of_issue = [j for j in jumps if j.part.page.issue_id == issue_id]
        forward = [j for j in of_issue if j.direction == JumpDirection.FORWARD]
        backward = {j.part_id: j for j in of_issue if j.direction == JumpDirection.BACKWARD}
        taken = {j.to_part_id for j in forward if j.state in SETTLED and j.to_part_id}
        open_forward = [
            j
            for j in forward
            if j.state not in SETTLED
            and not (j.state == JumpState.PENDING and find_page(pages, j.target_label) is None)
        ]
        if open_forward and backward:
            work.append((open_forward, backward, pages, taken))
        elif open_forward:
            for jump in open_forward:  # nothing on any page continues anything
                _set_state(jump, JumpState.UNMATCHED)
    if work:
        _resolve(work)
        if _local.detached:  # other jumps were reopened in the database: read them again
            jumps = _jumps_of(issue_ids)
    _sync_backward(jumps)
    _resolve_teasers(issue_ids, pages_of)


def _jumps_of(issue_ids: list[int]) -> list[Jump]:
    return list(
        Jump.objects.filter(part__page__issue_id__in=issue_ids)
        .select_related("part__page", "part__article")
        .defer("part__page__raw_text")
        .order_by("part__page__issue_id", "part__page__sequence", "part__position", "direction")
    )


def _issue_jumps(issue: Issue) -> list[Jump]:
    return _jumps_of([issue.pk])


def _resolve(work) -> None:
    """Match each group of open jumps (an issue's markers pointing at one page) to the parts on
    that page that continue something, group after group (a group may extend the stories a
    later one continues: A1→A2 before A2→A3)."""
    groups: list[tuple[int, list[Jump], dict[int, Jump], set[int]]] = []
    for open_forward, backward, pages, taken in work:
        by_target: dict[int, list[Jump]] = {}
        for jump in open_forward:
            target = find_page(pages, jump.target_label)
            if target is None:
                _set_state(jump, JumpState.PENDING)
                continue
            by_target.setdefault(target.pk, []).append(jump)
        groups.extend((pk, group, backward, taken) for pk, group in by_target.items())
    if not groups:
        return
    parts_on: dict[int, list[ArticlePart]] = {}
    for part in (
        ArticlePart.objects.filter(page_id__in={pk for pk, _, _, _ in groups})
        .select_related("page", "article")
        .defer("page__raw_text")
        .order_by("position")
    ):
        parts_on.setdefault(part.page_id, []).append(part)
    stories = _stories([j.part.article_id for _, group, _, _ in groups for j in group])

    for target_id, group, backward, taken in groups:
        candidate_parts = [
            part
            for part in parts_on.get(target_id, [])
            if part.pk in backward and part.pk not in taken and part.sequence == 0
        ]
        candidates = {
            part.pk: _Candidate(
                part,
                content_words(" ".join(part.title_lines)),
                content_words(_lead(part)),
            )
            for part in candidate_parts
        }
        spreads = (
            _spread([c.title_words for c in candidates.values()]),
            _spread([c.lead_words for c in candidates.values()]),
        )
        if _local.detached or any(j.part.article_id in _local.touched for j in group):
            # An earlier group moved these parts into another story: read where they are now.
            now = {
                pk: (article_id, sequence)
                for pk, article_id, sequence in ArticlePart.objects.filter(
                    pk__in=[j.part_id for j in group]
                ).values_list("pk", "article_id", "sequence")
            }
            for jump in group:
                jump.part.article_id, jump.part.sequence = now[jump.part_id]
                jump.part._state.fields_cache.pop("article", None)
            stories.update(_stories([j.part.article_id for j in group]))
        pairs: dict[tuple[int, int], float] = {}
        loops: set[int] = set()
        for jump in group:
            article, parts = stories[jump.part.article_id]
            head = parts[0]
            title = _title_text(article, head)
            text = normalize_for_matching(_edges("\n".join(p.text() for p in parts)))
            for pk, candidate in candidates.items():
                if backward_matches(backward[pk].target_label, jump.part.page.label):
                    if candidate.part.article_id == jump.part.article_id:
                        loops.add(jump.pk)  # it would continue into its own beginning
                        continue
                    pairs[(jump.pk, pk)] = _score(title, text, candidate, spreads)
        by_id = {j.pk: j for j in group}
        if pairs:
            _assign(pairs, by_id, candidates)
        for jump in group:
            if jump.state not in SETTLED and jump.state != JumpState.AMBIGUOUS:
                _set_state(jump, JumpState.LOOP if jump.pk in loops else JumpState.UNMATCHED)


# A continuation's words are looked for in this many characters at each end of the story it may
# continue (its headline speaks of the beginning, its first words carry on from the end), so that
# scoring a pair costs the same for a long story as for a short one.
STORY_CONTEXT = 3000


def _edges(text: str) -> str:
    if len(text) <= 2 * STORY_CONTEXT:
        return text
    return text[:STORY_CONTEXT] + "\n" + text[-STORY_CONTEXT:]


def _lead(part: ArticlePart) -> str:
    for block in part.blocks:
        if block.get("kind") == "paragraph":
            return block.get("text", "")[:160]
    return ""


def _stories(article_ids: list[int]) -> dict[int, tuple[Article, list[ArticlePart]]]:
    articles = Article.objects.filter(pk__in=set(article_ids)).prefetch_related(
        Prefetch("parts", queryset=ArticlePart.objects.order_by("sequence"))
    )
    return {a.pk: (a, list(a.parts.all())) for a in articles}


def _assign(pairs: dict[tuple[int, int], float], jumps: dict[int, Jump], candidates) -> None:
    """Link the clear matches of one group (markers from page X to parts on page Y); never guess.

    Up to :data:`EXACT_PARTS` candidate parts (a printed page has a handful of jumps), the best
    assignment (highest total score, each part continuing at most one marker) is found exactly; a
    pair of it is linked only when every assignment without that pair scores at least ``MARGIN``
    less. Otherwise the marker is left ambiguous with the parts it could take in a near-best
    assignment, for an editor to pick. Larger groups (hundreds of markers on one page: a pasted
    archive, not a printed page) are matched by :func:`_clear_pairs`, whose work grows with the
    number of pairs, not exponentially.
    """
    if len(pairs) == 1:  # one marker, one continuation: the markers themselves are the evidence
        [((jump_id, part_id), score)] = pairs.items()
        link(jumps[jump_id], candidates[part_id].part, confidence=score)
        return
    links: list[tuple[Jump, ArticlePart, float]] = []
    allowed = {pair: score for pair, score in pairs.items() if score >= MIN_SCORE}
    if len({p for _, p in allowed}) > EXACT_PARTS or len({j for j, _ in allowed}) > EXACT_PARTS:
        chosen_of, near_of = _clear_pairs(allowed)
    else:
        matcher = _Matcher(allowed)
        best_total, best_pairs = matcher.best()
        chosen_of = dict(best_pairs)
        near_of = {}
        for (jump_id, part_id), _ in allowed.items():
            if matcher.best_with(jump_id, part_id) >= best_total - MARGIN + 1e-9:
                near_of.setdefault(jump_id, []).append(part_id)
    for jump_id in sorted({j for j, _ in pairs}):
        chosen = chosen_of.get(jump_id)
        near = near_of.get(jump_id, [])
        if chosen is not None and near == [chosen]:
            links.append((jumps[jump_id], candidates[chosen].part, allowed[(jump_id, chosen)]))
        elif near:
            parts = [candidates[p].part for p in sorted(near, key=lambda p: -allowed[(jump_id, p)])]
            _set_state(
                jumps[jump_id],
                JumpState.AMBIGUOUS,
                confidence=max(allowed[(jump_id, p)] for p in near),
            )
            jumps[jump_id].candidates.set(parts)
    link_all(links)


# Groups with more markers or candidate parts than this are matched by clear mutual preference instead of
# an exact search over assignments (which costs about 2**parts steps per pair).
EXACT_PARTS = 8


def _clear_pairs(
    allowed: dict[tuple[int, int], float],
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """For a large group: ({marker: part linked}, {marker: parts it could take}).

    A marker takes a part when each is the other's best by at least ``MARGIN`` (no assignment
    that pairs either of them otherwise can come within ``MARGIN`` of one that pairs them); its
    near parts are those scoring within ``MARGIN`` of its best. Linear in the number of pairs."""
    by_jump: dict[int, list[tuple[float, int]]] = {}
    by_part: dict[int, list[tuple[float, int]]] = {}
    for (jump_id, part_id), score in allowed.items():
        by_jump.setdefault(jump_id, []).append((score, part_id))
        by_part.setdefault(part_id, []).append((score, jump_id))

    def top_two(options: list[tuple[float, int]]) -> tuple[tuple[float, int], float]:
        best = max(options)
        rest = [score for score, other in options if other != best[1]]
        return best, max(rest, default=0.0)

    best_jump_of_part = {}
    for part_id, options in by_part.items():
        (score, jump_id), runner_up = top_two(options)
        if score - runner_up >= MARGIN - 1e-9:
            best_jump_of_part[part_id] = jump_id
    chosen: dict[int, int] = {}
    near: dict[int, list[int]] = {}
    for jump_id, options in by_jump.items():
        (score, part_id), runner_up = top_two(options)
        near[jump_id] = [p for s, p in options if s >= score - MARGIN + 1e-9]
        if score - runner_up >= MARGIN - 1e-9 and best_jump_of_part.get(part_id) == jump_id:
            chosen[jump_id] = part_id
            near[jump_id] = [part_id]
    return chosen, near


class _Matcher:
    """Exact best assignment of markers to parts by dynamic programming over the used parts
    (for groups of at most :data:`EXACT_PARTS` parts)."""

    def __init__(self, scores: dict[tuple[int, int], float]):
        self.scores = scores
        self.jump_ids = sorted({j for j, _ in scores})
        self.part_ids = sorted({p for _, p in scores})
        self.bit = {p: 1 << i for i, p in enumerate(self.part_ids)}
        self.options = {
            j: sorted(((s, p) for (jj, p), s in scores.items() if jj == j), reverse=True)
            for j in self.jump_ids
        }

    def _solve(self, jump_ids: list[int], used: int) -> tuple[float, list[tuple[int, int]]]:
        memo: dict[tuple[int, int], tuple[float, list]] = {}

        def go(i: int, mask: int) -> tuple[float, list]:
            if i == len(jump_ids):
                return 0.0, []
            key = (i, mask)
            if key in memo:
                return memo[key]
            best = go(i + 1, mask)  # this marker takes nothing
            for score, part in self.options[jump_ids[i]]:
                if mask & self.bit[part]:
                    continue
                total, chosen = go(i + 1, mask | self.bit[part])
                if total + score > best[0] + 1e-12:
                    best = (total + score, [(jump_ids[i], part), *chosen])
            memo[key] = best
            return best

        return go(0, used)

    def best(self) -> tuple[float, list[tuple[int, int]]]:
        return self._solve(self.jump_ids, 0)

    def best_with(self, jump_id: int, part_id: int) -> float:
        """The best total when ``jump_id`` is made to take ``part_id``."""
        others = [j for j in self.jump_ids if j != jump_id]
        total, _ = self._solve(others, self.bit[part_id])
        return total + self.scores[(jump_id, part_id)]


def _set_state(jump: Jump, state: str, *, confidence: float | None = None) -> None:
    was_ambiguous = jump.state == JumpState.AMBIGUOUS
    changed = jump.state != state or jump.to_part_id is not None or jump.confidence != confidence
    if changed:
        jump.state = state
        jump.to_part = None
        jump.confidence = confidence
        jump.resolved_at = timezone.now()
        jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    if state != JumpState.AMBIGUOUS and was_ambiguous:
        jump.candidates.clear()


def link(jump: Jump, part: ArticlePart, *, confidence: float | None, manual: bool = False) -> None:
    """Make ``part`` (and what follows it in its story) the continuation of ``jump``'s story."""
    source = jump.part
    if part.article_id == source.article_id:
        _set_state(jump, JumpState.LOOP)
        return
    if part.sequence != 0:
        detach(part)
        part.refresh_from_db()
    target_article = source.article
    moved_article = part.article
    _touch(target_article.pk, moved_article.pk)
    following = target_article.parts.filter(sequence=source.sequence + 1).first()
    if following is not None:
        # Whatever followed the jumping part before is no longer its continuation.
        detach(following)
    moved_parts = list(moved_article.parts.order_by("sequence").values_list("pk", flat=True))
    # The target story has parts 0..source.sequence now; the moved ones follow, in their order.
    for offset, moved in enumerate(moved_parts, start=source.sequence + 1):
        ArticlePart.objects.filter(pk=moved).update(article=target_article, sequence=offset)
    # The emptied story goes (with its photos, teasers and URL handed on) at the end of the
    # resolution, together with the others it emptied.
    merges = getattr(_local, "merges", None)
    if merges is not None:
        merges.add(moved_article.pk, target_article.pk)
    else:
        _Merges({moved_article.pk: target_article.pk}).flush()
    was_ambiguous = jump.state == JumpState.AMBIGUOUS
    jump.state = JumpState.MANUAL if manual else JumpState.LINKED
    jump.to_part = part
    jump.confidence = confidence
    jump.resolved_at = timezone.now()
    jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    if was_ambiguous:
        jump.candidates.clear()


def link_all(links: list[tuple[Jump, ArticlePart, float | None]]) -> None:
    """:func:`link` for several jumps at once, in a few bulk statements when they are the plain
    case (each continuation starts a story of its own, nothing follows the jumping parts, no
    story involved twice); otherwise one by one."""
    sources = {jump.part.article_id for jump, _, _ in links}
    moved = [part.article_id for _, part, _ in links]
    plain = (
        len(links) > 1
        and all(part.sequence == 0 for _, part, _ in links)
        and len(set(moved)) == len(moved)
        and not sources & set(moved)
        and not ArticlePart.objects.filter(
            Q(pk__in=[])
            | Q(
                *[
                    Q(article_id=jump.part.article_id, sequence=jump.part.sequence + 1)
                    for jump, _, _ in links
                ],
                _connector=Q.OR,
            )
        ).exists()
    )
    if not plain:
        for jump, part, confidence in links:
            link(jump, part, confidence=confidence)
        return
    parts_of: dict[int, list[ArticlePart]] = {}
    for part in ArticlePart.objects.filter(article_id__in=moved).order_by("sequence"):
        parts_of.setdefault(part.article_id, []).append(part)
    changed_parts: list[ArticlePart] = []
    merges = getattr(_local, "merges", None) or _Merges()
    now = timezone.now()
    for jump, part, confidence in links:
        source = jump.part
        _touch(source.article_id, part.article_id)
        for offset, moved_part in enumerate(
            parts_of.get(part.article_id, []), start=source.sequence + 1
        ):
            moved_part.article_id = source.article_id
            moved_part.sequence = offset
            changed_parts.append(moved_part)
        merges.add(part.article_id, source.article_id)
        if jump.state == JumpState.AMBIGUOUS:
            jump.candidates.clear()
        jump.state = JumpState.LINKED
        jump.to_part = part
        jump.confidence = confidence
        jump.resolved_at = now
    update_rows(changed_parts, ["article", "sequence"])
    update_rows([jump for jump, _, _ in links], ["state", "to_part", "confidence", "resolved_at"])
    if getattr(_local, "merges", None) is None:
        merges.flush()


class _Merges:
    """Stories emptied by links, each with the story its parts joined; removed in one go."""

    def __init__(self, into: dict[int, int] | None = None, fresh: Iterable[int] = ()):
        self.into: dict[int, int] = dict(into or {})
        self.fresh: set[int] = set(fresh)

    def add(self, moved_id: int, target_id: int) -> None:
        self.into[moved_id] = target_id

    def flush(self) -> None:
        """Hand each emptied story's photos, teasers and URL (old ones too) to the story it ended
        up in (A3 joined A2 which joined A1: A1), then delete the emptied stories.

        Stories created in this same transaction (``fresh``: the import that made them is still
        running) were never seen by anyone and have no history; they are deleted without
        writing a deletion into it. Anything still pointing at one then fails the transaction."""
        if not self.into:
            return
        final: dict[int, int] = {}
        for old, new in self.into.items():
            seen = {old}
            while new in self.into and new not in seen:
                seen.add(new)
                new = self.into[new]
            final[old] = new
        self.into = {}
        for model, field in (
            (Photo, "article"),
            (Teaser, "target_article"),
            (ArticleRedirect, "article"),
        ):
            column = f"{field}_id"
            rows = list(model.objects.filter(**{f"{column}__in": final}).only("pk", column))
            for row in rows:
                setattr(row, column, final[getattr(row, column)])
            update_rows(rows, [field])
        # Its URL may have been read or linked to: it now leads to the whole story.
        ArticleRedirect.objects.bulk_create(
            [ArticleRedirect(old_id=o, article_id=n) for o, n in sorted(final.items())]
        )
        fresh = [pk for pk in final if pk in self.fresh]
        if fresh:
            Byline.objects.filter(article_id__in=fresh).delete()
            Article.objects.filter(pk__in=fresh)._raw_delete(Article.objects.db)
        others = [pk for pk in final if pk not in self.fresh]
        if others:
            Article.objects.filter(pk__in=others).delete()


_local = threading.local()


def _touch(*article_ids: int) -> None:
    """Note stories whose parts a resolution changed (later groups re-read them)."""
    touched = getattr(_local, "touched", None)
    if touched is not None:
        touched.update(article_ids)


@contextmanager
def merges_deferred(*, fresh: Iterable[int] = ()):
    """Inside the block, stories emptied by links are removed together when it ends (one bulk
    delete instead of one per link). Nested blocks flush with the outermost. ``fresh``: stories
    created in this transaction (see :meth:`_Merges.flush`)."""
    if getattr(_local, "merges", None) is not None:
        _local.merges.fresh.update(fresh)
        yield
        return
    _local.merges = _Merges(fresh=fresh)
    try:
        yield
        _local.merges.flush()
    finally:
        _local.merges = None


def _renumber(parts: list[ArticlePart], *, article: Article) -> None:
    """Give ``parts`` to ``article`` as its parts 0, 1, 2… (via free numbers: (article, sequence)
    is unique at every statement)."""
    for i, p in enumerate(parts):
        ArticlePart.objects.filter(pk=p.pk).update(article=article, sequence=_SEQUENCE_OFFSET + i)
    for i, p in enumerate(parts):
        ArticlePart.objects.filter(pk=p.pk).update(sequence=i)


def detach(part: ArticlePart) -> Article:
    """Split ``part`` and what follows it off its story into a story of its own."""
    article = part.article
    following = list(article.parts.filter(sequence__gte=part.sequence).order_by("sequence"))
    if part.sequence == 0:
        return article
    _local.detached = True
    Jump.objects.filter(to_part=part, state__in=[JumpState.LINKED, JumpState.MANUAL]).update(
        state=JumpState.PENDING, to_part=None, confidence=None
    )
    title = " ".join(part.title_lines)
    new = Article.objects.create(
        issue_id=article.issue_id,
        page_id=part.page_id,
        position=part.position,
        headline=title[:300],
        status=article.status,
    )
    _renumber(following, article=new)
    return new


def release_part(part: ArticlePart) -> None:
    """Before a part is deleted: reopen links to it, and let what followed it stand alone."""
    Jump.objects.filter(to_part=part).update(state=JumpState.PENDING, to_part=None, confidence=None)
    after = part.article.parts.filter(sequence=part.sequence + 1).first()
    if after is not None:
        detach(after)


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
    for teaser in (
        Teaser.objects.filter(page__issue_id__in=issue_ids, target_article__isnull=True)
        .select_related("page")
        .defer("page__raw_text")
    ):
        target = find_page(pages_of[teaser.page.issue_id], teaser.target_label)
        if target is not None:
            teasers.append((teaser, target))
    if not teasers:
        return
    heads_by_page: dict[int, list[ArticlePart]] = {}
    for part in ArticlePart.objects.filter(
        page_id__in={target.pk for _, target in teasers}, sequence=0
    ).select_related("article"):
        heads_by_page.setdefault(part.page_id, []).append(part)
    named: dict[int, Page] = {}
    linked: list[Teaser] = []
    for teaser, target in teasers:
        if teaser.target_section and not target.section:
            target.section = teaser.target_section
            named[target.pk] = target
        words = content_words(" ".join(teaser.title_lines))
        scored = sorted(
            (
                (
                    overlap(
                        words,
                        normalize_for_matching(
                            " ".join(p.title_lines) + " " + p.article.title + " " + _lead(p)
                        ),
                    ),
                    p.article_id,
                )
                for p in heads_by_page.get(target.pk, [])
            ),
            reverse=True,
        )
        best = scored[0] if scored else (0.0, None)
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best[0] >= TEASER_MIN_SCORE and best[0] - runner_up >= MARGIN:
            teaser.target_article_id = best[1]
            linked.append(teaser)
    update_rows(list(named.values()), ["section"])
    update_rows(linked, ["target_article"])


# Editors' fixes -------------------------------------------------------------------------------


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
    if jump.to_part_id and jump.to_part_id != part.pk:
        detach(jump.to_part)
    for other in Jump.objects.filter(to_part=part).exclude(pk=jump.pk):
        _set_state(other, JumpState.PENDING)
    link(jump, part, confidence=None, manual=True)
    _sync_backward(_issue_jumps(jump.part.page.issue))
    # Search index (search app): re-index the stories whose parts this changed.
    from search.indexing import index_issue_changes

    index_issue_changes(jump.part.page.issue_id)


@transaction.atomic
def jump_unlink(*, jump: Jump) -> None:
    """An editor says the jump has no continuation here; the resolver leaves it alone."""
    if jump.to_part_id:
        detach(jump.to_part)
    jump.refresh_from_db()
    jump.state = JumpState.UNLINKED
    jump.to_part = None
    jump.confidence = None
    jump.resolved_at = timezone.now()
    jump.save(update_fields=["state", "to_part", "confidence", "resolved_at"])
    jump.candidates.clear()
    _sync_backward(_issue_jumps(jump.part.page.issue))
    # Search index (search app): re-index the stories whose parts this changed.
    from search.indexing import index_issue_changes

    index_issue_changes(jump.part.page.issue_id)


@transaction.atomic
def jump_reset(*, jump: Jump) -> None:
    """Hand the jump back to the resolver."""
    if jump.to_part_id:
        detach(jump.to_part)
    jump.refresh_from_db()
    _set_state(jump, JumpState.PENDING)
    resolve_issue_jumps(jump.part.page.issue)
    # Search index (search app): re-index the stories whose parts this changed.
    from search.indexing import index_issue_changes

    index_issue_changes(jump.part.page.issue_id)


# Broken chains ------------------------------------------------------------------------------


@dataclass(frozen=True)
class JumpProblem:
    issue: str
    page: str
    position: int
    title: str
    marker: str
    kind: str  # missing-page | unmatched | ambiguous | loop | orphan
    message: str
    jump_id: int
    candidates: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        return f"{self.issue} {self.page} #{self.position} “{self.title}” {self.marker}: {self.message}"


def _part_ref(part: ArticlePart) -> str:
    return f"{part.page.label} #{part.position} “{part.article.title}”"


def jump_problems(issues) -> list[JumpProblem]:
    """Every broken chain in ``issues``, in print order. Empty means every jump is whole."""
    problems: list[JumpProblem] = []
    issues = list(issues)
    pages_by_issue: dict[int, dict[str, Page]] = {}
    for page in Page.objects.filter(issue__in=issues).defer("raw_text"):
        pages_by_issue.setdefault(page.issue_id, {})[page.label] = page
    jumps = (
        Jump.objects.filter(part__page__issue__in=issues)
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED])
        .select_related("part__page__issue__publication", "part__article")
        .defer("part__page__raw_text")
        .prefetch_related(
            Prefetch(
                "candidates",
                queryset=ArticlePart.objects.select_related("page", "article")
                .defer("page__raw_text")
                .order_by("page__sequence", "position"),
            )
        )
        .order_by("part__page__issue__date", "part__page__sequence", "part__position", "direction")
    )
    for jump in jumps:
        part = jump.part
        issue = part.page.issue
        pages = pages_by_issue.get(issue.pk, {})
        target_missing = find_page(pages, jump.target_label) is None
        candidates: tuple[str, ...] = ()
        if jump.direction == JumpDirection.FORWARD:
            if target_missing:
                kind, message = "missing-page", f"page {jump.target_label} was never imported"
            elif jump.state == JumpState.AMBIGUOUS:
                candidates = tuple(_part_ref(c) for c in jump.candidates.all())
                kind = "ambiguous"
                message = "ambiguous between " + ", ".join(candidates) + "; pick one in the admin"
            elif jump.state == JumpState.LOOP:
                kind, message = (
                    "loop",
                    "the continuation it matches is part of the same story (a loop)",
                )
            else:
                kind = "unmatched"
                message = (
                    f"nothing on page {jump.target_label} continues it "
                    f"(no part there starts with 上接{part.page.label}版 and fits)"
                )
        else:
            if target_missing:
                kind, message = (
                    "missing-page",
                    f"continues page {jump.target_label}, which was never imported",
                )
            else:
                kind = "orphan"
                message = f"a continuation with no forward marker on page {jump.target_label} that leads to it"
        problems.append(
            JumpProblem(
                issue=f"{issue.publication.name} {issue.date.isoformat()}",
                page=part.page.label,
                position=part.position,
                title=part.article.title,
                marker=jump.marker,
                kind=kind,
                message=message,
                jump_id=jump.pk,
                candidates=candidates,
            )
        )
    return problems
