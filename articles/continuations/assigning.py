"""Continuations, the assignment: which of a group's markers takes which part, from the pairs'
scores (:func:`~articles.continuations.matching.pairs_score`). Pure: ids and numbers in, ids out.

A pair is linked when it is clear: by its text (a margin over every rival), by the markers
themselves (one marker and one continuation; the last pair of a group the text settled), or by
the order of print (as many markers as continuations, set in the same order, the text preferring
no other way). Otherwise a marker is left ambiguous with the parts it may take, for an editor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from articles.continuations.matcher import Matcher as _Matcher

# A link is taken when its score beats every rival for the same marker or part by this much.
MARGIN = 0.15
# ... and is at least this good (unless it is the only pairing left, which is itself evidence).
MIN_SCORE = 0.2

# Groups with more markers or candidate parts than this are matched by clear mutual preference instead of
# an exact search over assignments (which costs about 2**parts steps per pair).
EXACT_PARTS = 8

# Signs a pair needs to be linked by the print's other evidence where the markers cannot pair
# (:func:`_by_evidence`): the seam and a telling word only the two share, or two such words.
SIGNS_TO_LINK = 2

Pair = tuple[int, int]  # (jump id, part id)


@dataclass(frozen=True)
class Evidence:
    """What the print says of one (marker, continuation) pair besides its score.

    ``seam``: the story's text before its 下转 ends mid-sentence and the continuation goes on it;
    ``clash``: the story's text ends a sentence and the continuation opens with a mark that goes
    on one (the pair cannot be); ``words``: the telling words the continuation shares with this
    story and with no rival story, sorted; ``read_words``: False when words were not looked
    for (the seams and clashes alone), so none against a pair is no evidence for it."""

    seam: bool = False
    clash: bool = False
    words: tuple[str, ...] = ()
    read_words: bool = True

    @property
    def signs(self) -> int:
        """How many signs point at the pair: each shared telling word, and the seam."""
        return len(self.words) + int(self.seam)


@dataclass
class Assignment:
    """What to do with one group: the pairs to link, the markers left ambiguous."""

    # (jump id, part id, score), in jump id order
    links: list[tuple[int, int, float]] = field(default_factory=list)
    # (jump id, its near parts best first, the best of their scores), in jump id order
    ambiguous: list[tuple[int, list[int], float]] = field(default_factory=list)
    by_print_order: set[int] = field(default_factory=set)  # jumps linked by print order alone


def assignment_decide(
    pairs: dict[Pair, float],
    *,
    telling: dict[Pair, float] | None = None,
    printed: tuple[list[int], list[int]] | None = None,
    evidence: dict[Pair, Evidence] | None = None,
) -> Assignment:
    """The clear matches of one group (markers from page X to parts on page Y); never guess.

    Up to :data:`EXACT_PARTS` candidate parts (a printed page has a handful of jumps), the best
    assignment (highest total score, each part continuing at most one marker) is found exactly; a
    pair of it is linked only when every assignment without that pair scores at least ``MARGIN``
    less. Otherwise the marker is left ambiguous with the parts it could take in a near-best
    assignment, for an editor to pick. Larger groups (hundreds of markers on one page: a pasted
    archive, not a printed page) are matched by :func:`_clear_pairs`, whose work grows with the
    number of pairs, not exponentially.

    ``telling``: each pair's score counting only the words it shares that are no everyday words
    (:func:`~articles.continuations.matching.pairs_score`). Where the markers cannot pair (more
    markers than continuations that may take them, or fewer: four ``下转A2版`` and one
    ``上接A1版``) only the text can tell which story a continuation ends, and a pair is linked by
    it only when that score reaches :data:`MIN_SCORE`: words such as 建设, 服务, 项目 shared with
    an unrelated story link nothing (:func:`_told_apart`). ``printed``: the group's jump ids and
    part ids in print order; where the markers pair (:func:`_in_print_order`), a marker the text
    leaves open takes the continuation printed in its place.

    ``evidence``: what the print says of each pair besides its score
    (:func:`~articles.continuations.seams.pairs_evidence`). A pair that clashes (a story ending
    its sentence, a continuation opening with ``，``) is never linked by the text, the order of
    print or the evidence; where the markers cannot pair, a pair with :data:`SIGNS_TO_LINK`
    signs (the seam, names only the two
    share) and no sign for any rival is linked when it keeps the order of print
    (:func:`_by_evidence`); where they pair and the text prefers another way by less than
    ``MARGIN``, the order of print links them when that evidence agrees with it
    (:func:`_in_print_order_by_evidence`).
    """
    if len(pairs) == 1:  # one marker, one continuation: the markers themselves are the evidence
        [((jump_id, part_id), score)] = pairs.items()
        return Assignment(links=[(jump_id, part_id, score)])
    evidence = evidence or {}
    clashes = {pair for pair, said in evidence.items() if said.clash}
    allowed = {
        pair: score for pair, score in pairs.items() if score >= MIN_SCORE and pair not in clashes
    }
    if telling is not None:
        allowed = _told_apart(pairs, allowed, telling)
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
    result = _last_pair_by_elimination(pairs, result)
    if printed is not None:
        result = _in_print_order(pairs, result, printed, clashes)
        result = _by_evidence(pairs, result, evidence, printed)
        result = _in_print_order_by_evidence(pairs, result, evidence, printed)
    return _weak_left_ambiguous(pairs, result, clashes)


def _components(pairs: dict[Pair, float]) -> list[tuple[set[int], set[int]]]:
    """The markers and parts of a group that may pair with each other, each set apart from the
    rest: (jump ids, part ids) for each connected part of the pairs (page 1's 下转2版 with the
    上接1版 of page 2; page 3's 下转2版 with its 上接3版), in the order of their first pair."""
    of_jump: dict[int, int] = {}
    of_part: dict[int, int] = {}
    found: list[tuple[set[int], set[int]]] = []
    for jump_id, part_id in sorted(pairs):
        known = {i for i in (of_jump.get(jump_id), of_part.get(part_id)) if i is not None}
        if not known:
            found.append((set(), set()))
            at = len(found) - 1
        else:
            at = min(known)
            for other in known - {at}:  # two components meet: one from now on
                found[at][0].update(found[other][0])
                found[at][1].update(found[other][1])
                of_jump.update(dict.fromkeys(found[other][0], at))
                of_part.update(dict.fromkeys(found[other][1], at))
                found[other] = (set(), set())
        found[at][0].add(jump_id)
        found[at][1].add(part_id)
        of_jump[jump_id] = of_part[part_id] = at
    return [component for component in found if component[0]]


def _told_apart(
    pairs: dict[Pair, float], allowed: dict[Pair, float], telling: dict[Pair, float]
) -> dict[Pair, float]:
    """``allowed`` without the pairs of a component whose markers and parts are not as many
    (:func:`_components`) whose telling score (the words beyond everyday ones) stays under
    :data:`MIN_SCORE`: there the markers say only that a continuation ends one of the stories,
    and everyday words do not say which (a continuation about a bridge sharing 困难, 服务, 提供
    with a story on a volunteer service)."""
    uneven = {
        jump_id
        for jumps, parts in _components(pairs)
        if len(jumps) != len(parts)
        for jump_id in jumps
    }
    return {
        pair: score
        for pair, score in allowed.items()
        if pair[0] not in uneven or telling.get(pair, 0.0) >= MIN_SCORE
    }


def _in_print_order(
    pairs: dict[Pair, float],
    result: Assignment,
    printed: tuple[list[int], list[int]],
    clashes: set[Pair] = frozenset(),
) -> Assignment:
    """Papers set the continuations of one page's jumps on the next page in the order the
    stories jump: the k-th 下转 of the page takes the k-th 上接 there. A component of up to
    :data:`EXACT_PARTS` markers (:func:`_components`) with as many parts, each of which may
    continue each marker, is linked so when that order is a best assignment by the text (the
    text prefers no other way, though it may not be clear enough alone: two plain 上接1版 under
    two 下转2版; :func:`_printed_order`). Where the text prefers another assignment, even by less
    than ``MARGIN``, or where a pair of that order clashes (``clashes``: a story ending its
    sentence, its continuation opening with ``，``), the markers stay as they are (ambiguous: an
    editor picks). ``printed``: (jump ids, part ids), each in print order."""
    ranks = (
        {j: i for i, j in enumerate(printed[0])},
        {p: i for i, p in enumerate(printed[1])},
    )
    linked = {(j, p) for j, p, _ in result.links}
    added: list[Pair] = []
    for jumps, parts in _components(pairs):
        order = _printed_order(pairs, jumps, parts, ranks)
        if order is not None and clashes.intersection(order):
            continue
        if order is not None and all(pair in order for pair in linked if pair[0] in jumps):
            added.extend(pair for pair in order if pair not in linked)
    if not added:
        return result
    settled = {j for j, _ in added}
    result.links = sorted([*result.links, *((j, p, pairs[(j, p)]) for j, p in added)])
    result.ambiguous = [a for a in result.ambiguous if a[0] not in settled]
    result.by_print_order |= settled
    return result


def _by_evidence(
    pairs: dict[Pair, float],
    result: Assignment,
    evidence: dict[Pair, Evidence],
    printed: tuple[list[int], list[int]],
) -> Assignment:
    """Where the markers cannot pair (a component, :func:`_components`, of up to
    :data:`EXACT_PARTS` markers and parts, not as many of each: four 下转A2版 and two 上接A1版),
    link each open pair the print's other evidence settles (:func:`_clear_by_evidence`), when
    the component's links then keep the order of print (the later a continuation is printed,
    the later the marker it continues) and the continuations left can still each take a marker
    in that order (:func:`_order_allows`); otherwise nothing changes: the markers stay
    ambiguous, for an editor. ``printed``: (jump ids, part ids), each in print order."""
    if not evidence:
        return result
    ranks = ({j: i for i, j in enumerate(printed[0])}, {p: i for i, p in enumerate(printed[1])})
    linked = {(j, p) for j, p, _ in result.links}
    added: list[Pair] = []
    for jumps, parts in _components(pairs):
        if len(jumps) == len(parts) or max(len(jumps), len(parts)) > EXACT_PARTS:
            continue
        if not (jumps <= ranks[0].keys() and parts <= ranks[1].keys()):
            continue
        done = {pair for pair in linked if pair[0] in jumps}
        clear = _clear_by_evidence(pairs, evidence, (jumps, parts), done)
        if clear and _order_allows(pairs, evidence, (jumps, parts), done | clear, ranks):
            added.extend(sorted(clear))
    if not added:
        return result
    taken = {p for _, p in added}
    result.links = sorted([*result.links, *((j, p, pairs[(j, p)]) for j, p in added)])
    result.ambiguous = _without(pairs, result.ambiguous, {j for j, _ in added}, taken)
    return result


def _clear_by_evidence(
    pairs: dict[Pair, float],
    evidence: dict[Pair, Evidence],
    component: tuple[set[int], set[int]],
    done: set[Pair],
) -> set[Pair]:
    """The component's open pairs (neither marker nor part in ``done``) with
    :data:`SIGNS_TO_LINK` signs or more, no clash, and not one sign for any other open pair of
    their marker or of their continuation."""
    open_jumps = component[0] - {j for j, _ in done}
    open_parts = component[1] - {p for _, p in done}
    signed = set()
    for pair in pairs:
        said = evidence.get(pair)
        if pair[0] in open_jumps and pair[1] in open_parts and said and said.signs:
            signed.add(pair)
    return {
        (j, p)
        for j, p in signed
        if not evidence[(j, p)].clash
        and evidence[(j, p)].signs >= SIGNS_TO_LINK
        and not any((jj == j) != (pp == p) for jj, pp in signed)
    }


def _without(
    pairs: dict[Pair, float],
    ambiguous: list[tuple[int, list[int], float]],
    settled: set[int],
    taken: set[int],
) -> list[tuple[int, list[int], float]]:
    """``ambiguous`` without the markers ``settled`` and the parts ``taken``."""
    left = []
    for jump_id, near, _best in ambiguous:
        near = [p for p in near if p not in taken]
        if jump_id not in settled and near:
            left.append((jump_id, near, max(pairs[(jump_id, p)] for p in near)))
    return left


def _order_allows(
    pairs: dict[Pair, float],
    evidence: dict[Pair, Evidence],
    component: tuple[set[int], set[int]],
    chosen: set[Pair],
    ranks: tuple[dict[int, int], dict[int, int]],
) -> bool:
    """Is there a way to pair the component's markers and continuations (as many pairs as the
    fewer of them, each a pair the markers allow, none clashing) in the order of print that
    holds every pair of ``chosen``?"""
    jumps = sorted(component[0], key=ranks[0].__getitem__)
    parts = sorted(component[1], key=ranks[1].__getitem__)
    size = min(len(jumps), len(parts))
    for some_jumps in itertools.combinations(jumps, size):
        for some_parts in itertools.combinations(parts, size):
            order = set(zip(some_jumps, some_parts, strict=True))
            if chosen <= order and all(
                pair in pairs and not (pair in evidence and evidence[pair].clash) for pair in order
            ):
                return True
    return False


def _printed_order(
    pairs: dict[Pair, float],
    jumps: set[int],
    parts: set[int],
    ranks: tuple[dict[int, int], dict[int, int]],
    slack: float = 0.0,
) -> list[Pair] | None:
    """The pairs of one component taken in print order (``ranks``: each jump's and each part's
    place in print), or None when print order does not pair it: not as many markers as parts
    (or more than :data:`EXACT_PARTS`), a part that may not continue every marker (two pages'
    markers), or an assignment the text prefers to the order of print by more than ``slack``
    (0: by any amount). (Its caller also gives it up when the text linked a pair out of order:
    the page is not set in order.)"""
    jump_rank, part_rank = ranks
    if len(jumps) != len(parts) or len(jumps) > EXACT_PARTS:
        return None
    if not (jumps <= jump_rank.keys() and parts <= part_rank.keys()):
        return None
    if any((j, p) not in pairs for j in jumps for p in parts):
        return None
    in_print = (sorted(jumps, key=jump_rank.__getitem__), sorted(parts, key=part_rank.__getitem__))
    order = list(zip(*in_print, strict=True))
    best, _ = _Matcher({(j, p): pairs[(j, p)] for j in jumps for p in parts}).best()
    if sum(pairs[pair] for pair in order) < best - slack - 1e-9:
        return None
    return order


def _in_print_order_by_evidence(
    pairs: dict[Pair, float],
    result: Assignment,
    evidence: dict[Pair, Evidence],
    printed: tuple[list[int], list[int]],
) -> Assignment:
    """As many markers as continuations (a component, :func:`_components`, of up to
    :data:`EXACT_PARTS`) left open because the text prefers another pairing, by less than
    ``MARGIN`` (too little to link by, enough to keep :func:`_in_print_order` from pairing them
    in print order): the order of print links them when the print's other evidence agrees with
    it: an open pair of that order has a sign (the seam, a telling word only the two halves
    share), no open pair out of that order has one, none of it clashes, and every pair already
    linked is of it (``BRIDGE`` cut at ``…车程缩`` going on ``短到十五分钟`` under the first 上接,
    a stray shared word pointing the other way). Otherwise nothing changes: the markers stay
    ambiguous, for an editor. ``printed``: (jump ids, part ids), each in print order."""
    if not evidence:
        return result
    ranks = ({j: i for i, j in enumerate(printed[0])}, {p: i for i, p in enumerate(printed[1])})
    linked = {(j, p) for j, p, _ in result.links}
    added: list[Pair] = []
    for jumps, parts in _components(pairs):
        order = _printed_order(pairs, jumps, parts, ranks, slack=MARGIN)
        if order is not None:
            added.extend(_order_left(order, {p for p in linked if p[0] in jumps}, evidence))
    if not added:
        return result
    settled = {j for j, _ in added}
    result.links = sorted([*result.links, *((j, p, pairs[(j, p)]) for j, p in added)])
    result.ambiguous = [a for a in result.ambiguous if a[0] not in settled]
    result.by_print_order |= {j for j, p in added if not getattr(evidence.get((j, p)), "signs", 0)}
    return result


def _order_left(order: list[Pair], done: set[Pair], evidence: dict[Pair, Evidence]) -> list[Pair]:
    """The pairs of a component's print ``order`` not linked yet, when the evidence agrees with
    that order (:func:`_in_print_order_by_evidence`: a sign for one of them, none for an open
    pair out of it, no clash in it, every pair of ``done`` in it, the words looked for); else
    none."""
    if any(pair in evidence and evidence[pair].clash for pair in order):
        return []
    if not all(said.read_words for said in evidence.values()):
        return []  # (a telling word against the order may not have been looked for)
    left = [pair for pair in order if pair not in done]
    if not left or not done <= set(order):
        return []
    open_jumps, open_parts = {j for j, _ in left}, {p for _, p in left}
    signed = {
        pair
        for pair, said in evidence.items()
        if pair[0] in open_jumps and pair[1] in open_parts and said.signs
    }
    return left if signed and signed <= set(left) else []


def _weak_left_ambiguous(
    pairs: dict[Pair, float], result: Assignment, clashes: set[Pair] = frozenset()
) -> Assignment:
    """The markers of a small group (up to :data:`EXACT_PARTS` markers and parts) that neither
    link nor are ambiguous because every part they could take scores under :data:`MIN_SCORE`
    (continuations without a repeated headline share few words with the story they end: two
    下转第二版 and two 上接第一版 of plain text set out of print order; four 下转A2版 and one 上接A1版
    sharing only everyday words) are left ambiguous with the parts not linked, best first, for
    an editor to pick: never linked by a guess, and never reported as having no marker to
    answer them. A part that clashes with the marker (``clashes``) is none of its candidates."""
    jumps = {j for j, _ in pairs}
    if len(jumps) > EXACT_PARTS or len({p for _, p in pairs}) > EXACT_PARTS:
        return result
    settled = {j for j, _, _ in result.links} | {j for j, _, _ in result.ambiguous}
    taken = {p for _, p, _ in result.links}
    for jump_id in sorted(jumps - settled):
        near = sorted(
            (p for j, p in pairs if j == jump_id and p not in taken and (j, p) not in clashes),
            key=lambda p: -pairs[(jump_id, p)],
        )
        if near:
            result.ambiguous.append((jump_id, near, pairs[(jump_id, near[0])]))
    result.ambiguous.sort()
    return result


def _last_pair_by_elimination(pairs: dict[Pair, float], result: Assignment) -> Assignment:
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
    allowed: dict[Pair, float],
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """For a small group: ({marker: its part in the best assignment, when no other marker takes
    that part in an assignment within ``MARGIN`` of the best}, {marker: parts it takes in an
    assignment within ``MARGIN`` of the best})."""
    matcher = _Matcher(allowed)
    best_total, best_pairs = matcher.best()
    near_of: dict[int, list[int]] = {}
    for (jump_id, part_id), _ in allowed.items():
        if matcher.best_with(jump_id, part_id) >= best_total - MARGIN + 1e-9:
            near_of.setdefault(jump_id, []).append(part_id)
    # A part another marker may take in a near-best assignment is not clear for either: the
    # assignment giving it to the other one is within MARGIN (two 下转 scoring 0.27 and 0.23
    # for one 上接).
    rivals = {p: [j for j, parts in near_of.items() if p in parts] for p in {p for _, p in allowed}}
    chosen = {j: p for j, p in best_pairs if rivals.get(p) == [j]}
    return chosen, near_of


def _clear_pairs(
    allowed: dict[Pair, float],
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
