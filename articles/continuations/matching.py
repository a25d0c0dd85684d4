"""Continuations, the decisions: which part on page Y continues which marker on page X.

Pure functions over rows the resolver has already read (no database): what a printed page label
means, how well a continuation fits a story (its repeated or shortened headline against the
story's deck, its opening words against the story's text, jieba word overlap in which a word the
rivals share counts less; and counting only the words that are no everyday words, for groups
whose markers cannot pair alone); which markers take which parts is
:mod:`~articles.continuations.assigning`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from articles.continuations.assigning import (  # noqa: F401 (imported from here too)
    EXACT_PARTS,
    MARGIN,
    MIN_SCORE,
    Assignment,
    assignment_decide,
)
from articles.labels import LabelError, label_number, label_parts
from articles.tablecache import word_key
from articles.text import content_words, normalize_for_matching, overlap
from search.text import cut, idf_table

if TYPE_CHECKING:
    from articles.models import Article, ArticlePart, Jump, Page

TEASER_MIN_SCORE = 0.4

# A continuation's words are looked for in this many characters at each end of the story it may
# continue (its headline speaks of the beginning, its first words carry on from the end), so that
# scoring a pair costs the same for a long story as for a short one.
STORY_CONTEXT = 3000

# A word this common in writing of every kind (its IDF in jieba's table under this: 建设 4.9,
# 项目 4.9, 服务 5.3, 改造 6.6; 大桥 8.0, 合龙 12.3, 党支部 8.9, and a word the table does not
# know, at its median 12.0, above it) says nothing of what a continuation is about: shared with a
# story, it does not tell that story from another (:func:`pairs_score`'s telling scores).
EVERYDAY_IDF = 7.0


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
    # Those of its words that are no everyday words (:data:`EVERYDAY_IDF`).
    telling: frozenset[str] = frozenset()


def candidates_of(
    parts: list[ArticlePart], backward: dict[int, Jump], taken: set[int]
) -> dict[int, Candidate]:
    """The parts on a target page that may continue a marker: each starts a story, carries a
    backward marker, and no settled jump has it already."""
    found = {}
    for part in parts:
        if part.pk in backward and part.pk not in taken and part.sequence == 0:
            title = content_words(" ".join(part.title_lines), cut=cut)
            lead = content_words(_lead(part), cut=cut)
            found[part.pk] = Candidate(part, title, lead, telling_words(title + lead))
    return found


def telling_words(words: list[str]) -> frozenset[str]:
    """Those of ``words`` that are no everyday words: jieba's IDF (the search index's table,
    :func:`search.text.idf_table`; a word it does not know at its median) at least
    :data:`EVERYDAY_IDF`."""
    idf, median = idf_table()
    return frozenset(w for w in set(words) if idf.get(word_key(w), median) >= EVERYDAY_IDF)


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
    words: list[str],
    text: str,
    spread: dict[str, int],
    total: float | None = None,
    only: frozenset[str] | None = None,
) -> float:
    """Like :func:`overlap`, but a word the rival candidates share counts less (1/how many have
    it): ``提速增效`` in every continuation's headline says nothing about which story it ends.
    ``total``: :func:`_weight_total` of ``words``, when the caller has it already; ``only``: the
    words found in ``text`` that count (the others weigh in the total all the same)."""
    if total is None:
        total = _weight_total(words, spread)
    if not total:
        return 0.0
    found = (w for w in words if w in text and (only is None or w in only))
    return sum(len(w) / spread.get(w, 1) for w in found) / total


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
    story_title: str,
    story_text: str,
    candidate: Candidate,
    spreads,
    totals=(None, None),
    only: frozenset[str] | None = None,
) -> float:
    """How well ``candidate`` continues the story; ``totals``: its words' (title, lead)
    :func:`_weight_total`, worked out once per group; ``only``: the shared words that count
    (:func:`_weighted_overlap`)."""
    title_spread, lead_spread = spreads
    lead = _weighted_overlap(candidate.lead_words, story_text, lead_spread, totals[1], only)
    if not candidate.title_words:
        return lead
    title = _weighted_overlap(candidate.title_words, story_title, title_spread, totals[0], only)
    return 0.6 * title + 0.4 * lead


def pairs_score(
    group: list[Jump],
    stories: dict[int, tuple[Article, list[ArticlePart]]],
    candidates: dict[int, Candidate],
    backward: dict[int, Jump],
) -> tuple[dict[tuple[int, int], float], set[int], dict[tuple[int, int], float]]:
    """Score every (marker, part) pair of one group whose backward marker points at the marker's
    page: ({(jump id, part id): score}, ids of markers that would continue into their own
    beginning, {(jump id, part id): its telling score}). A pair's telling score is its score
    counting only the shared words that are no everyday words (:data:`EVERYDAY_IDF`), in the
    same total: :func:`~articles.continuations.assigning.assignment_decide` links by it where
    the markers cannot pair alone."""
    spreads = (
        _spread([c.title_words for c in candidates.values()]),
        _spread([c.lead_words for c in candidates.values()]),
    )
    totals = {
        pk: (_weight_total(c.title_words, spreads[0]), _weight_total(c.lead_words, spreads[1]))
        for pk, c in candidates.items()
    }
    pairs: dict[tuple[int, int], float] = {}
    telling: dict[tuple[int, int], float] = {}
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
                telling[(jump.pk, pk)] = _score(
                    title, text, candidate, spreads, totals[pk], candidate.telling
                )
    return pairs, loops, telling


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
