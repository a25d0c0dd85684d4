"""Matched words marked in titles and in a snippet of the body, computed in Python.

PostgreSQL's ``ts_headline`` re-parses the text with its own parser, which does not segment
Chinese (a whole clause is one "word"), so the marks come from jieba instead: the text is
normalised character by character (so every normalised offset maps back to the printed text),
segmented in search mode with offsets (``jieba.tokenize``), and the tokens that are query terms are
marked. When no token matches (the story was found by the substring fallback), the query's parts
are marked where they occur. Only the snippet's neighbourhood is segmented, not the whole story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.engine import Query
from search.text import normalize, tokenize_spans

SNIPPET_LENGTH = 110
_CONTEXT_BEFORE = 24
# jieba segments each run between punctuation on its own: segmenting from such a boundary gives
# the same tokens as the index.
_BOUNDARY = re.compile(r"[\s,.!?;:，。！？；：、\"“”‘’()（）《》「」【】\[\]]")


class _CharacterForms(dict):
    """Each character's matching form (:func:`search.text.normalize` of it alone), by code point,
    worked out the first time the character is met: a ``str.translate`` table. Normalising is
    per character so that every normalised offset maps back to a printed one; a character's
    form never changes (NFKC, the OpenCC character table, lower case), so it is kept for the
    process (one entry per distinct character read, a few thousand)."""

    def __init__(self):
        super().__init__()
        #: The characters whose form is not exactly one character (ＡＢ is not: Ａ → a; ﬁ → fi
        #: is; a format character → "" is).
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        form = normalize(chr(code))
        if len(form) != 1:
            self.uneven.add(chr(code))
        self[code] = form
        return form


_FORMS = _CharacterForms()


def _normalised_with_map(text: str) -> tuple[str, Sequence[int]]:
    """The matching form of ``text`` (each character normalised on its own) and, for each of its
    characters, the printed offset."""
    norm = text.translate(_FORMS)
    if _FORMS.uneven.isdisjoint(text):  # one character for one: offsets are the same
        return norm, range(len(text))
    origin: list[int] = []
    for index, ch in enumerate(text):
        origin.extend([index] * len(_FORMS[ord(ch)]))
    return norm, origin


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _term_spans(norm: str, start: int, end: int, terms: set[str]) -> list[tuple[int, int]]:
    """Spans of query terms among the search-mode tokens of ``norm[start:end]``."""
    if not terms or start >= end:
        return []
    return [
        (start + s, start + e) for word, s, e in tokenize_spans(norm[start:end]) if word in terms
    ]


def _part_spans(norm: str, start: int, end: int, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for part in parts:
        at = norm.find(part, start)
        while at != -1 and at + len(part) <= end:
            spans.append((at, at + len(part)))
            at = norm.find(part, at + len(part))
    return spans


def _render(text: str, origin: Sequence[int], spans, start: int, end: int) -> str:
    """``text`` from normalised offset ``start`` to ``end``, escaped, spans wrapped in <mark>."""
    if start >= end:
        return ""
    first = origin[start]
    last = origin[end - 1] + 1
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


def _spans(norm: str, start: int, end: int, query: Query) -> list[tuple[int, int]]:
    spans = _term_spans(norm, start, end, set(query.terms))
    if not spans:
        spans = _part_spans(norm, start, end, query.parts)
    return _merge(spans)


def highlight(text: str, query: Query) -> SafeString:
    """The whole of ``text`` (a title line), escaped, with the query's words marked."""
    if not text:
        return mark_safe("")
    norm, origin = _normalised_with_map(text)
    spans = _spans(norm, 0, len(norm), query)
    return mark_safe(_render(text, origin, spans, 0, len(norm)))  # escaped in _render


def _best_window(norm: str, query: Query, length: int) -> int:
    """Where the snippet starts: the window holding the most different query words."""
    needles = [*query.terms, *query.parts]
    hits: list[tuple[int, str]] = []
    for needle in needles:
        at = norm.find(needle)
        count = 0
        while at != -1 and count < 20:
            hits.append((at, needle))
            at = norm.find(needle, at + 1)
            count += 1
    if not hits:
        return 0
    hits.sort()
    best_start, best_score = hits[0][0], -1
    for at, _ in hits:
        window_start = max(0, at - _CONTEXT_BEFORE)
        window_end = window_start + length
        score = len({n for pos, n in hits if window_start <= pos < window_end})
        if score > best_score:
            best_start, best_score = window_start, score
    return best_start


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
    start = _best_window(norm, query, length)
    # Shift the start back to the beginning of its clause when that is close (reads better).
    start = _boundary_before(norm, start, 12)
    end = min(len(norm), start + length)
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
