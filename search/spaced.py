"""A quoted phrase typed with a space (``"南通 港"``, ``"Anna Lee"``): found as printed, with or
without spaces between its words (南通港, 南通 港, 南通　港), without a second reading in the
index (a two-reading index slowed segmentation 15–25 %, and was refused).

The query side does it all: the index is asked for the phrase's words, AND-ed
(:attr:`search.queries.Query.spaced`: their terms stand for the phrase's), the candidates are
checked for each word as a substring, and then, in the same statement, for the phrase's pattern
(:func:`search.queries.spaced_pattern`: a regular expression over the stored normalised text,
Python's ``re`` on SQLite, ``~`` on PostgreSQL) allowing any run of spaces between its words.
When the index finds none, the same checks run as a substring scan. Highlights mark what was
printed (:func:`spaced_spans`). Counted and listed as :func:`search.engine.search` does, from
the stories (the public index entries' prepared statements know no patterns).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from django.db.models import Q, QuerySet

from search.engine import (
    Query,
    SearchResult,
    _contains_parts,
    _newest,
    _title_first,
    filter_articles,
    index_filter_any,
    parse_query,
    window_result,
    without_excluded,
)
from search.lookups import among, printed_phrase
from search.queries import spaced_pattern


def spaced_condition(q: Query) -> Q:
    """Stories whose normalised title or body matches the pattern of each of ``q``'s phrases
    typed with spaces."""
    condition = Q()
    for _, words in q.spaced:
        condition &= printed_phrase(words)
    return condition


def words_query(q: Query) -> Query:
    """``q`` with each phrase typed with spaces as its words (parts a story holds, each as a
    substring): what the index and the substring check are asked before the patterns."""
    spaced = dict(q.spaced)
    parts = tuple(dict.fromkeys(w for part in q.parts for w in spaced.get(part, (part,))))
    return replace(q, parts=parts)


def spaced_search(queryset: QuerySet, q: Query) -> SearchResult:
    """:func:`search.engine.search` of a query with a phrase typed with spaces over the stories
    ``queryset``: the index's matches for its words, checked for its words and its phrases'
    patterns, newest :data:`search.engine.RANK_WINDOW` ranked; else the same checks as a
    substring scan, a title holding the words first. Two or three queries, as the engine's."""
    queryset = without_excluded(queryset, q) if q.excluded else queryset
    words = words_query(q)
    matched = queryset.filter(spaced_condition(q))
    if words.terms:
        ids, total, capped = _newest(index_filter_any(matched, [words]))
        if ids:
            return window_result(queryset, q, ids, total, capped)
    ids, total, capped = _newest(matched.filter(_contains_parts(words.parts)))
    found = _title_first(among(queryset, "pk", ids), words) if ids else queryset.none()
    return SearchResult(q, found, total, True, len(ids), capped)


def stories_filter(queryset: QuerySet, text: str) -> QuerySet:
    """The desk's search box (the stories list, unranked: the list keeps its own order): the
    stories of ``queryset`` matching ``text``, all of them, as
    :func:`search.engine.filter_articles` finds them; a phrase typed with spaces as the public
    search finds it (:func:`spaced_search`: its words, then its pattern, as printed)."""
    q = parse_query(text)
    if not q.spaced:
        return filter_articles(queryset, q, rank=False)
    queryset = without_excluded(queryset, q)
    words = words_query(q)
    matched = queryset.filter(spaced_condition(q))
    if words.terms:
        found = index_filter_any(matched, [words])
        if found.exists():
            return found
    return matched.filter(_contains_parts(words.parts))


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(spaced_pattern(words))


def spaced_spans(norm: str, start: int, end: int, q: Query) -> list[tuple[int, int]]:
    """Where ``norm[start:end]`` (a normalised text) prints each of ``q``'s phrases typed with
    spaces, as printed (南通　港 whole): ``(start, end)`` offsets, for the highlight."""
    return [span for _, words in q.spaced for span in phrase_spans(norm, start, end, words)]


def phrase_spans(norm: str, start: int, end: int, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where ``norm[start:end]`` prints the phrase of ``words`` (:func:`spaced_pattern`)."""
    return [(m.start(), m.end()) for m in _pattern(words).finditer(norm, start, end)]
