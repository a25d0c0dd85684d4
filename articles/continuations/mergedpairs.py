"""Continuations, merged marker pairs: a forward marker directly followed by a backward one
(``（下转第二版）（上接第一版）``), printed where an e-paper served a jumped story already merged
(:mod:`articles.continuations.copies`), and the words printed next to them.

A page's pairs are a function of its raw text alone, so an import's parsing worker works out
the words next to each new page's pairs (:func:`served_words`, sent in
:class:`~articles.importing.preparing.PageAhead`) and the importing process reads only the other
pages' text for them (:func:`issues_served_merged`, ``bench/import_bench.py``: it read and
searched again the text of every page of the batch that prints a forward and a backward verb).
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterator, Mapping

from django.db.models import Q

from articles.continuations.quoting import comparable
from articles.models import Page
from articles.parsing import MARKER_VERBS, Marker, find_markers, printed_text
from articles.queries import Prepared
from articles.text import folding_to

# Characters of printed text on each side of a merged marker pair that place it in a story.
CONTEXT = 8
# Of those, the fewest that make a story the home of copies (issues_served_merged).
_SERVED_WORDS = 4


def merged_pairs(raw: str) -> Iterator[tuple[int, Marker, int, Marker]]:
    """Each forward marker of ``raw`` directly followed by a backward one (nothing but
    whitespace between), as (forward's end, forward, backward's end, backward)."""
    markers = find_markers(raw)
    for (_, f_end, forward), (b_start, b_end, backward) in itertools.pairwise(markers):
        if (
            forward.direction == "forward"
            and backward.direction == "backward"
            and not raw[f_end:b_start].strip()
        ):
            yield f_end, forward, b_end, backward


def pair_context(raw: str, start: int, end: int) -> tuple[str, str]:
    """The printed words just before ``start`` and just after ``end`` (same line), comparable."""
    before = comparable(raw[:start].rsplit("\n", 1)[-1])[-CONTEXT:]
    after = comparable(raw[end:].split("\n", 1)[0])[:CONTEXT]
    return before, after


def served_words(raw_text: str) -> frozenset[str] | None:
    """The words printed next to the merged marker pairs of a page whose raw text (as stored:
    ``Page.raw_text``) is ``raw_text``, each at least four characters (:func:`pair_context`,
    its HTML remnants read as the parser read them); None for a page that prints no pair (one
    whose pairs have no such words: empty, and its issue's stories may still be served merged)."""
    raw = printed_text(raw_text)
    words: set[str] | None = None
    for f_end, forward, b_end, _ in merged_pairs(raw):
        context = pair_context(raw, f_end - len(forward.text), b_end)
        words = words if words is not None else set()
        words.update(w for w in context if len(w) >= _SERVED_WORDS)
    return None if words is None else frozenset(words)


def _printing(characters: list[str]) -> Q:
    return functools.reduce(operator.or_, (Q(raw_text__contains=c) for c in characters))


# A page can print a merged pair only if its text has both a forward and a backward marker, and
# :func:`~articles.parsing.find_markers` finds those only in a text whose matching copy holds a
# forward verb (转, 见, …) and a backward one (接, 续, …): MARKER_VERBS.
_BOTH_DIRECTIONS = _printing(
    [c for verb in MARKER_VERBS["forward"] for c in folding_to(verb)]
) & _printing([c for verb in MARKER_VERBS["backward"] for c in folding_to(verb)])


_BOTH_DIRECTIONS_PAGES = Prepared(  # (every batch of an import: built once)
    Page,
    (list, list),
    lambda ids, known: (
        Page.objects.filter(_BOTH_DIRECTIONS, issue_id__in=ids)
        .exclude(pk__in=known)
        .values_list("issue_id", "raw_text")
    ),
    primary=True,
)


def issues_served_merged(
    issue_ids: list[int], made: Mapping[int, tuple[int, frozenset[str] | None]] | None = None
) -> dict[int, set[str]]:
    """The issues among ``issue_ids`` with a page that prints a merged marker pair (see
    :func:`merged_pairs`), each with the words printed next to its pairs
    (:func:`served_words`): the stories of no other issue can be served merged, and only a
    story whose text holds some of those words can be the home of copies. ``made``: pages whose
    words are known already, by id, with their issue's id (a parsing worker's, of the raw text
    the page has now); the others' raw text is read, in one query (the pages that print a
    forward and a backward verb)."""
    made = made or {}
    wanted = set(issue_ids)
    served: dict[int, set[str]] = {}
    for issue_id, words in made.values():
        if words is not None and issue_id in wanted:
            served.setdefault(issue_id, set()).update(words)
    for issue_id, raw in _BOTH_DIRECTIONS_PAGES.rows(issue_ids, list(made))[1]:
        words = served_words(raw)
        if words is not None:
            served.setdefault(issue_id, set()).update(words)
    return served
