"""Continuations, the decisions: which part on page Y continues which marker on page X.

Pure functions over rows the resolver has already read (no database): what a printed page label
means, how well a continuation fits a story (its repeated or shortened headline against the
story's deck, its opening words against the story's text, jieba word overlap in which a word the
rivals share counts less), and which markers take which parts. A pair is taken only when it is
clear (a margin over every rival); otherwise the marker is ambiguous between its near-best parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from articles.labels import LabelError, label_number, label_parts
from articles.text import content_words, normalize_for_matching, overlap
from search.text import cut

if TYPE_CHECKING:
    from articles.models import Article, ArticlePart, Jump, Page

# A link is taken when its score beats every rival for the same marker or part by this much.
MARGIN = 0.15
# ... and is at least this good (unless it is the only pairing left, which is itself evidence).
MIN_SCORE = 0.2
TEASER_MIN_SCORE = 0.4

# A continuation's words are looked for in this many characters at each end of the story it may
# continue (its headline speaks of the beginning, its first words carry on from the end), so that
# scoring a pair costs the same for a long story as for a short one.
STORY_CONTEXT = 3000

# Groups with more markers or candidate parts than this are matched by clear mutual preference instead of
# an exact search over assignments (which costs about 2**parts steps per pair).
EXACT_PARTS = 8


def page_find(pages: dict[str, Page], label: str) -> Page | None:
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


# Scoring ---------------------------------------------------------------------------------------


@dataclass
class Candidate:
    """A part that may continue a marker, with the words it is recognised by."""

    part: ArticlePart
    title_words: list[str]
    lead_words: list[str]


def candidates_of(
    parts: list[ArticlePart], backward: dict[int, Jump], taken: set[int]
) -> dict[int, Candidate]:
    """The parts on a target page that may continue a marker: each starts a story, carries a
    backward marker, and no settled jump has it already."""
    return {
        part.pk: Candidate(
            part,
            content_words(" ".join(part.title_lines), cut=cut),
            content_words(_lead(part), cut=cut),
        )
        for part in parts
        if part.pk in backward and part.pk not in taken and part.sequence == 0
    }


def _title_text(article: Article, head: ArticlePart) -> str:
    return normalize_for_matching(
        " ".join([*head.title_lines, article.kicker, article.headline, article.subheadline])
    )


def _edges(text: str) -> str:
    if len(text) <= 2 * STORY_CONTEXT:
        return text
    return text[:STORY_CONTEXT] + "\n" + text[-STORY_CONTEXT:]


def _lead(part: ArticlePart) -> str:
    for block in part.blocks:
        if block.get("kind") == "paragraph":
            return block.get("text", "")[:160]
    return ""


def _weighted_overlap(
    words: list[str], text: str, spread: dict[str, int], total: float | None = None
) -> float:
    """Like :func:`overlap`, but a word the rival candidates share counts less (1/how many have
    it): ``提速增效`` in every continuation's headline says nothing about which story it ends.
    ``total``: :func:`_weight_total` of ``words``, when the caller has it already."""
    if total is None:
        total = _weight_total(words, spread)
    if not total:
        return 0.0
    return sum(len(w) / spread.get(w, 1) for w in words if w in text) / total


def _weight_total(words: list[str], spread: dict[str, int]) -> float:
    """The weight of all of ``words`` (the denominator of :func:`_weighted_overlap`)."""
    return sum(len(w) / spread.get(w, 1) for w in words)


def _spread(word_lists: list[list[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for words in word_lists:
        for word in set(words):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _score(
    story_title: str, story_text: str, candidate: Candidate, spreads, totals=(None, None)
) -> float:
    """How well ``candidate`` continues the story; ``totals``: its words' (title, lead)
    :func:`_weight_total`, worked out once per group."""
    title_spread, lead_spread = spreads
    lead = _weighted_overlap(candidate.lead_words, story_text, lead_spread, totals[1])
    if not candidate.title_words:
        return lead
    title = _weighted_overlap(candidate.title_words, story_title, title_spread, totals[0])
    return 0.6 * title + 0.4 * lead


def pairs_score(
    group: list[Jump],
    stories: dict[int, tuple[Article, list[ArticlePart]]],
    candidates: dict[int, Candidate],
    backward: dict[int, Jump],
) -> tuple[dict[tuple[int, int], float], set[int]]:
    """Score every (marker, part) pair of one group whose backward marker points at the marker's
    page: ({(jump id, part id): score}, ids of markers that would continue into their own
    beginning)."""
    spreads = (
        _spread([c.title_words for c in candidates.values()]),
        _spread([c.lead_words for c in candidates.values()]),
    )
    totals = {
        pk: (_weight_total(c.title_words, spreads[0]), _weight_total(c.lead_words, spreads[1]))
        for pk, c in candidates.items()
    }
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
                pairs[(jump.pk, pk)] = _score(title, text, candidate, spreads, totals[pk])
    return pairs, loops


def teaser_target(title_lines: list[str], heads: list[ArticlePart]) -> int | None:
    """The story a teaser announces among the stories starting on its target page (``heads``,
    with their articles loaded): the clear best by headline, or None."""
    words = content_words(" ".join(title_lines), cut=cut)
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
            for p in heads
        ),
        reverse=True,
    )
    best = scored[0] if scored else (0.0, None)
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best[0] >= TEASER_MIN_SCORE and best[0] - runner_up >= MARGIN:
        return best[1]
    return None


# Assignment ------------------------------------------------------------------------------------


@dataclass
class Assignment:
    """What to do with one group: the pairs to link, the markers left ambiguous."""

    # (jump id, part id, score), in jump id order
    links: list[tuple[int, int, float]] = field(default_factory=list)
    # (jump id, its near parts best first, the best of their scores), in jump id order
    ambiguous: list[tuple[int, list[int], float]] = field(default_factory=list)


def assignment_decide(pairs: dict[tuple[int, int], float]) -> Assignment:
    """The clear matches of one group (markers from page X to parts on page Y); never guess.

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
        return Assignment(links=[(jump_id, part_id, score)])
    allowed = {pair: score for pair, score in pairs.items() if score >= MIN_SCORE}
    if len({p for _, p in allowed}) > EXACT_PARTS or len({j for j, _ in allowed}) > EXACT_PARTS:
        chosen_of, near_of = _clear_pairs(allowed)
    else:
        chosen_of, near_of = _exact_pairs(allowed)
    result = Assignment()
    for jump_id in sorted({j for j, _ in pairs}):
        chosen = chosen_of.get(jump_id)
        near = near_of.get(jump_id, [])
        if chosen is not None and near == [chosen]:
            result.links.append((jump_id, chosen, allowed[(jump_id, chosen)]))
        elif near:
            result.ambiguous.append(
                (
                    jump_id,
                    sorted(near, key=lambda p: -allowed[(jump_id, p)]),
                    max(allowed[(jump_id, p)] for p in near),
                )
            )
    return _weak_left_ambiguous(pairs, _last_pair_by_elimination(pairs, result))


def _weak_left_ambiguous(pairs: dict[tuple[int, int], float], result: Assignment) -> Assignment:
    """The markers of a small group (up to :data:`EXACT_PARTS` markers and parts) that neither
    link nor are ambiguous because every part they could take scores under :data:`MIN_SCORE`
    (continuations without a repeated headline share few words with the story they end: two
    下转第二版 and two 上接第一版 of plain text) are left ambiguous with the parts not linked, best
    first, for an editor to pick: never linked by a guess, and never reported as having no
    marker to answer them."""
    jumps = {j for j, _ in pairs}
    if len(jumps) > EXACT_PARTS or len({p for _, p in pairs}) > EXACT_PARTS:
        return result
    settled = {j for j, _, _ in result.links} | {j for j, _, _ in result.ambiguous}
    taken = {p for _, p, _ in result.links}
    for jump_id in sorted(jumps - settled):
        near = sorted(
            (p for j, p in pairs if j == jump_id and p not in taken),
            key=lambda p: -pairs[(jump_id, p)],
        )
        if near:
            result.ambiguous.append((jump_id, near, pairs[(jump_id, near[0])]))
    result.ambiguous.sort()
    return result


def _last_pair_by_elimination(
    pairs: dict[tuple[int, int], float], result: Assignment
) -> Assignment:
    """When the clear links leave exactly one marker and one continuation of the group, and the
    continuation points back at the marker's page, they belong together however few words they
    share (two 下转第二版 and two 上接第一版, one of them settled by its headline: the other pair is
    the markers' own evidence, like a group of one)."""
    linked_jumps = {j for j, _, _ in result.links}
    linked_parts = {p for _, p, _ in result.links}
    if not linked_jumps or len({j for j, _ in pairs}) > EXACT_PARTS:
        return result
    jumps_left = {j for j, _ in pairs} - linked_jumps
    parts_left = {p for _, p in pairs} - linked_parts
    if len(jumps_left) != 1 or len(parts_left) != 1:
        return result
    pair = (next(iter(jumps_left)), next(iter(parts_left)))
    if pair not in pairs:
        return result
    result.ambiguous = [a for a in result.ambiguous if a[0] != pair[0]]
    result.links.append((*pair, pairs[pair]))
    result.links.sort()
    return result


def _exact_pairs(
    allowed: dict[tuple[int, int], float],
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """For a small group: ({marker: part in the best assignment}, {marker: parts it takes in an
    assignment within ``MARGIN`` of the best})."""
    matcher = _Matcher(allowed)
    best_total, best_pairs = matcher.best()
    near_of: dict[int, list[int]] = {}
    for (jump_id, part_id), _ in allowed.items():
        if matcher.best_with(jump_id, part_id) >= best_total - MARGIN + 1e-9:
            near_of.setdefault(jump_id, []).append(part_id)
    return dict(best_pairs), near_of


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
