"""Matched words marked in titles and in a snippet of the body, computed in Python.

PostgreSQL's ``ts_headline`` re-parses the text with its own parser, which does not segment
Chinese (a whole clause is one "word"), so the marks come from jieba instead: the text is
normalised character by character (so every normalised offset maps back to the printed text;
the spaces of a letter-spaced run, 李 白, then dropped as the index drops them),
segmented in search mode with offsets (``jieba.tokenize``), and the tokens that are query terms are
marked. Only the snippet's neighbourhood is segmented, not the whole story.

What is marked, and where the snippet is taken, follow how the search matched (:mod:`search.engine`:
each part of the query as printed, its terms from the index):

* A part of several terms (``5月19日``, ``党建品牌``) is marked where it occurs whole; a word
  term (two characters or more, not a number: ``党建``, ``徐惠民``) wherever it is a token.
* A *slight* piece — one character, or a number (``5``, ``月``, ``19``) — is marked only inside
  such a whole part, unless the query has nothing else (``2024``): ``5月19日`` does not
  mark 5, 月 and 日 in 5月15日. A part of one Han character (``报``, ``大桥 报``) is marked
  wherever it is printed, as it is matched (inside 报告 too).
* When nothing of that is in the text (the story was found by the substring fallback), the parts
  are marked where they occur.
* The snippet is taken around the stretch holding the most of the query: its parts found whole
  first (each weighs twice its length), then its terms (the words found apart: their length), a
  slight piece least. That stretch is always inside the snippet, whatever its start is moved
  back to (a clause's beginning).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape  # (what django.utils.html.escape is, without its lazy-text wrapper)
from itertools import compress

from django.utils.safestring import SafeString, mark_safe

from search.engine import Query
from search.spaced import phrase_spans, spaced_spans
from search.text import letter_spaced_gaps, normalize, query_terms, tokenize_spans

SNIPPET_LENGTH = 110
_CONTEXT_BEFORE = 24
# How far the snippet's start may move back to the beginning of its clause.
_CLAUSE_BACK = 12
# Occurrences of each part or term looked at when choosing the snippet's place.
_HITS_PER_WORD = 50
# jieba segments each run between punctuation on its own: segmenting from such a boundary gives
# the same tokens as the index.
_BOUNDARY = re.compile(r"[\s,.!?;:，。！？；：、\"“”‘’()（）《》「」【】\[\]]")
# Where jieba's accurate mode always cuts (none of these is in its pattern of word characters,
# jieba.re_han_default; ``.`` is, as in 3.5, so it is not here): each run between them is
# segmented on its own, whatever surrounds it.
_RUN = re.compile(r"[^\s,!?;:()\[\]\"'，。！？；：、“”‘’（）《》「」【】]+")


class _Forms:
    """Each character's matching form (:func:`search.text.normalize` of it alone): normalising
    is per character so that every normalised offset maps back to a printed one. A character's
    form never changes (NFKC, the OpenCC character table, lower case), so the forms of the Basic
    Multilingual Plane are worked out once per process, the first time a text is marked (about
    0.15 s), as a ``str.translate`` table indexed by code point (a tuple: about twice as fast
    as a dict, which was a snippet's largest cost), with a pattern of the characters whose
    form is not one character (ﬁ → fi, ㍿ → 株式会社, an invisible format character → "": a mark
    over 投入\u200b使用 covers it, as printed) and of those beyond
    the plane. A text without such a character is translated at once, its offsets unchanged;
    any other goes character by character."""

    def __init__(self):
        self._lock = threading.Lock()
        self._table: tuple | None = None
        self._uneven: re.Pattern | None = None
        self._others: dict[int, str] = {}  # beyond the plane, as met

    def _build(self) -> None:
        with self._lock:
            if self._table is not None:
                return
            table, uneven = [], []
            for code in range(0x10000):
                form = normalize(chr(code))
                table.append(ord(form) if len(form) == 1 else form)
                if len(form) != 1:
                    uneven.append(re.escape(chr(code)))
            self._uneven = re.compile(f"[{''.join(uneven)}\U00010000-\U0010ffff]")
            self._table = tuple(table)

    def of(self, ch: str) -> str:
        """The matching form of the character ``ch``."""
        if ord(ch) < 0x10000:
            form = self._table[ord(ch)]
            return chr(form) if isinstance(form, int) else form
        form = self._others.get(ord(ch))
        if form is None:
            form = self._others[ord(ch)] = normalize(ch)
        return form

    def with_map(self, text: str) -> tuple[str, Sequence[int]]:
        """See :func:`_normalised_with_map`."""
        if self._table is None:
            self._build()
        if self._uneven.search(text) is None:  # one character for one: the same offsets
            return text.translate(self._table), range(len(text))
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(text):
            form = self.of(ch)
            chars.append(form)
            origin.extend([index] * len(form))
        return "".join(chars), origin


_FORMS = _Forms()


def _normalised_with_map(text: str) -> tuple[str, Sequence[int]]:
    """The index's form of ``text`` (each character normalised on its own, then the spaces of
    letter-spaced runs dropped, :func:`search.text.index_form`) and, for each of its characters,
    the printed offset (a mark over 李白 in ``李 白`` covers the space, as printed)."""
    norm, origin = _FORMS.with_map(text)
    gaps = letter_spaced_gaps(norm)
    if not gaps:
        return norm, origin
    keep = [True] * len(norm)
    for at in gaps:
        keep[at] = False
    return "".join(compress(norm, keep)), list(compress(origin, keep))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _term_spans(norm: str, start: int, end: int, terms: set[str]) -> list[tuple[int, int]]:
    """Spans of query terms among the search-mode tokens of ``norm[start:end]``.

    Only the runs of :data:`_RUN` (between the characters it excludes) that hold a term are
    segmented: jieba cuts each such run on its own (none of those characters is in its word
    pattern), so a run's tokens are the region's tokens there, and a token, being a piece of
    its run, can be a term only where the term occurs. (Checked: the tokens of every line of the project's fixture
    pages, 27,791 lines, are the same cut whole or run by run.)"""
    if not terms or start >= end:
        return []
    region = norm[start:end]
    if not any(term in region for term in terms):
        return []  # a token is a piece of the text: none can be a term (and jieba is spared)
    spans: list[tuple[int, int]] = []
    for run in _RUN.finditer(region):
        text = run.group()
        if any(term in text for term in terms):
            at = start + run.start()
            spans.extend((at + s, at + e) for word, s, e in tokenize_spans(text) if word in terms)
    return spans


def _part_spans(norm: str, start: int, end: int, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for part in parts:
        at = norm.find(part, start)
        while at != -1 and at + len(part) <= end:
            spans.append((at, at + len(part)))
            at = norm.find(part, at + len(part))
    return spans


def _render(text: str, origin: Sequence[int], spans, start: int, end: int) -> str:
    """``text`` from normalised offset ``start`` to ``end``, escaped, spans wrapped in <mark>.

    From the beginning (``start`` 0) or to the end (``end`` the normalised length), the printed
    text's own beginning or end: characters the normalised text does not have (an invisible
    format character, :data:`articles.text.INVISIBLE`: a byte-order mark before a paragraph) are
    kept as printed, outside the marks."""
    whole_start, whole_end = start <= 0, end >= len(origin)
    if start >= end:
        return escape(text) if whole_start and whole_end else ""
    first = 0 if whole_start else origin[start]
    last = len(text) if whole_end else origin[end - 1] + 1
    pieces: list[str] = []
    cursor = first
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        a, b = origin[s], origin[e - 1] + 1
        if a < cursor:
            continue
        pieces.append(escape(text[cursor:a]))
        pieces.append(f"<mark>{escape(text[a:b])}</mark>")
        cursor = b
    pieces.append(escape(text[cursor:last]))
    return "".join(pieces)


_NUMBER = re.compile(r"[0-9]+(?:[.,:][0-9]+)*")


def _slight(piece: str) -> bool:
    """One character, or a number (``5``, ``19``, ``3.5``): a piece of a query that most texts
    hold somewhere, so it says where the query matched only as part of a longer one."""
    return len(piece) <= 1 or _NUMBER.fullmatch(piece) is not None


@dataclass(frozen=True)
class _Marking:
    """What of a query is marked (see the module's notes): ``phrases``, parts marked where they
    occur whole; ``words``, terms marked where they are a token; ``fallback``, parts marked
    where they occur when neither is in the text. ``needles``: what the snippet's place is
    chosen by (:func:`_focus`), each text once with its weight."""

    phrases: tuple[str, ...]
    words: frozenset[str]
    fallback: tuple[str, ...]
    needles: tuple[tuple[str, float], ...]


def _weight(piece: str) -> float:
    """How much finding ``piece`` says where the query matched: its length, a slight piece
    least."""
    return 0.5 if _slight(piece) else float(len(piece))


def _query_marking(query: Query) -> _Marking:
    """:func:`_marking` of ``query``."""
    return _marking(query.parts, query.terms, query.phrases)


@lru_cache(maxsize=256)
def _marking(
    parts: tuple[str, ...], terms: tuple[str, ...], quoted: tuple[str, ...] = ()
) -> _Marking:
    """:class:`_Marking` of the query of ``parts`` and ``terms`` (worked out once per query: a
    page marks each line's titles and snippet with the same one). A part found whole weighs
    twice its length, a term its length (a text both a part and a term, both). ``quoted``: the
    parts written between quotes (:attr:`search.queries.Query.phrases`), found only with their
    characters together: their terms are neither marked nor looked for apart (``"大桥通车"``
    marks no 大桥 in 大桥工程), unless an unquoted part has them too."""
    if quoted:
        apart = {t for p in parts if p not in quoted for t in query_terms(p)}
        terms = tuple(t for t in terms if t in apart or t in quoted)
    needles: dict[str, float] = {}
    for times, pieces in ((2.0, parts), (1.0, terms)):
        for piece in pieces:
            needles[piece] = needles.get(piece, 0.0) + times * _weight(piece)
    words = frozenset(term for term in terms if not _slight(term))
    # A part that is not one of its terms holds several (or none the index keeps), or is one Han
    # character, matched as a substring wherever it is printed (:mod:`search.engine`).
    phrases = tuple(p for p in parts if p not in terms and (len(p) == 1 or not _slight(p)))
    if not words and not phrases:  # slight pieces are all the query has
        return _Marking((), frozenset(terms), parts, tuple(needles.items()))
    fallback = tuple(p for p in parts if not _slight(p))
    return _Marking(phrases, words, fallback, tuple(needles.items()))


def _spans(norm: str, start: int, end: int, query: Query) -> list[tuple[int, int]]:
    """The merged spans of ``norm[start:end]`` to mark for ``query`` (:class:`_Marking`)."""
    marking = _query_marking(query)
    spans = _term_spans(norm, start, end, marking.words)
    if marking.phrases:
        spans += _part_spans(norm, start, end, marking.phrases)
    spans += spaced_spans(norm, start, end, query)  # ("南通 港" as printed: 南通　港)
    if not spans:
        spans = _part_spans(norm, start, end, marking.fallback)
    return _merge(spans)


def highlight(text: str, query: Query) -> SafeString:
    """The whole of ``text`` (a title line), escaped, with the query's words marked."""
    if not text:
        return mark_safe("")
    norm, origin = _normalised_with_map(text)
    spans = _spans(norm, 0, len(norm), query)
    return mark_safe(_render(text, origin, spans, 0, len(norm)))  # escaped in _render


def _hits(norm: str, query: Query) -> list[tuple[int, int, float, str]]:
    """``(start, end, weight, needle)`` of the first :data:`_HITS_PER_WORD` occurrences in
    ``norm`` of each of the query's needles (:class:`_Marking`), in text order."""
    hits = []
    for needle, weight in _query_marking(query).needles:
        at = norm.find(needle)
        count = 0
        while at != -1 and count < _HITS_PER_WORD:
            hits.append((at, at + len(needle), weight, needle))
            at = norm.find(needle, at + 1)
            count += 1
    for part, words in query.spaced:  # (as printed: 南通　港)
        hits += [(s, e, 2.0 * len(part), part) for s, e in phrase_spans(norm, 0, len(norm), words)]
    hits.sort()
    return hits


def _focus(norm: str, query: Query, width: int) -> tuple[int, int] | None:
    """The stretch ``(start, end)`` of ``norm`` the snippet must show: at most ``width``
    characters (or one hit, if longer), beginning at a hit (:func:`_hits`), that hold the
    greatest weight of different parts and terms whole; the first such. None when the text
    holds none of them (the story matched by its title)."""
    hits = _hits(norm, query)
    if len(hits) < 2:
        return hits[0][:2] if hits else None
    starts = [hit[0] for hit in hits]
    best, best_score = None, -1.0
    for first, (at, end, _, _) in enumerate(hits):
        limit = at + width if end - at <= width else end
        seen: dict[str, float] = {}
        last = end
        for _, hit_end, weight, needle in hits[first : bisect_left(starts, limit)]:
            if hit_end <= limit:
                seen[needle] = weight
                if hit_end > last:
                    last = hit_end
        score = sum(seen.values())
        if score > best_score:
            best, best_score = (at, last), score
    return best


def _boundary_before(norm: str, index: int, limit: int) -> int:
    floor = max(0, index - limit)
    for i in range(index, floor, -1):
        if _BOUNDARY.match(norm, i - 1):
            return i
    return floor if floor == 0 else index


def _boundary_after(norm: str, index: int, limit: int) -> int:
    ceiling = min(len(norm), index + limit)
    for i in range(index, ceiling):
        if _BOUNDARY.match(norm, i):
            return i
    return ceiling if ceiling == len(norm) else index


def snippet(text: str, query: Query, *, length: int = SNIPPET_LENGTH) -> SafeString:
    """About ``length`` characters of ``text`` around the query's words, marked, with … where cut."""
    if not text:
        return mark_safe("")
    text = re.sub(r"\s*\n\s*", " ", text)
    norm, origin = _normalised_with_map(text)
    # What the snippet shows whole: at most what is left of its length once the context before
    # and a move back to a clause's beginning are taken off (or the one hit, if longer).
    focus = _focus(norm, query, length - _CONTEXT_BEFORE - _CLAUSE_BACK)
    start = max(0, focus[0] - _CONTEXT_BEFORE) if focus else 0
    # Shift the start back to the beginning of its clause when that is close (reads better).
    start = _boundary_before(norm, start, _CLAUSE_BACK)
    end = min(len(norm), max(start + length, focus[1] if focus else 0))
    # Segment from clause boundaries around the window, so the tokens are the index's tokens.
    seg_start = _boundary_before(norm, start, 40)
    seg_end = _boundary_after(norm, end, 40)
    spans = [
        (s, e)
        for s, e in _spans(norm, seg_start, seg_end, query)
        if e > start and s < end  # marks cut by the window edge are widened to the whole word
    ]
    if spans:
        start = min(start, spans[0][0])
        end = max(end, spans[-1][1])
    html = _render(text, origin, spans, start, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(norm) else ""
    return mark_safe(prefix + html + suffix)  # escaped in _render
