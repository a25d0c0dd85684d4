"""A paragraph's short wrapped tail under heading lines (used by :mod:`~articles.parsing.reader`).

Short lines without sentence punctuation are read as heading lines; but text cut into short
lines (a narrow column, a PDF text layer) or a paragraph whose last word or two wrap onto the
next line (``…让市民出门五百米就能见到`` / ``绿地。``) gives such lines too. A heading does not
end mid-sentence, and a story's or a section's text does not open with a scrap that only ends a
sentence: heading lines right over such a scrap are the paragraph it ends (INPUT.md, "Encoding
and layout": "a short line is not a headline because it is short").
"""

from __future__ import annotations

from statistics import median

from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import (
    BARE_NUMERAL_RE,
    CLOSING_MARKS,
    NUMBERED_HEAD_RE,
)
from articles.parsing.units import Heading, Para

_TAIL_MAX = 6  # characters before the closing punctuation: a word or two (了。, 绿地。)
_TAIL_END = "。！？!?…"  # what ends the sentence the tail finishes
# A wrapped line is full: at least this share of the usual line of the last few paragraphs
# (a justified column's lines are all about as long; a paragraph's indent or a ragged edge
# shortens one a little).
_FULL_SHARE = 2 / 3
_USUAL_PARAS = 3
_USUAL_SCAN = 64  # units looked back for them at most
_INSIDE_MARKS = set("，,、；;：:。！？!?…“”‘’\"'（）()《》【】 \u3000\t")


def _tail_words(text: str) -> str | None:
    """What ``text`` holds before the punctuation ending its sentence (``绿地。`` → ``绿地``,
    ``了。”`` and ``建设”。`` → ``了``, ``建设``), or None when it does not end a sentence or holds punctuation inside
    (a clause, a quote, a list: more than a wrapped tail)."""
    body = text.strip()
    ends = False
    while body and (body[-1] in CLOSING_MARKS or body[-1] in _TAIL_END):
        ends = ends or body[-1] in _TAIL_END
        body = body[:-1]
    if not ends or not body or any(mark in _INSIDE_MARKS for mark in body):
        return None
    return body


def usual_line(flow: list, end: int | None = None) -> int | None:
    """The length of the page's lines near the end of ``flow`` (reader units, in order; only
    those before index ``end`` when given): the median length of the lines of the last
    :data:`_USUAL_PARAS` paragraphs read (a paragraph's lines as they were added: a column's
    cut lines, or whole paragraphs on a page of one a line; the median, so neither a long
    dateline line nor a last line of a word sways it), or None when no paragraph was read in
    the last :data:`_USUAL_SCAN` units. (The walk is bounded and copies nothing: it runs at
    every heading line, so a page of thousands of them stays linear.)"""
    lengths: list[int] = []
    seen = 0
    stop = len(flow) if end is None else end
    for index in range(stop - 1, max(stop - _USUAL_SCAN, 0) - 1, -1):
        unit = flow[index]
        if isinstance(unit, Para):
            lengths.extend(len(part.strip()) for part in unit._parts)
            seen += 1
            if seen == _USUAL_PARAS:
                break
    return int(median(lengths)) if lengths else None


def sentence_tail(heading: Heading, number: int, text: str, usual: int | None = None) -> bool:
    """True when the line ``text`` (line ``number``) is the wrapped tail of the paragraph that
    the heading lines ``heading`` really are: it stands right under them (no blank line
    between), holds a word or two (:data:`_TAIL_MAX` characters at most, no punctuation inside)
    that end a sentence, and is less than half as long as the line above it (a wrapped line is
    full width; a paragraph's first line under a heading is not a scrap of it); the heading's
    last line ends on a word (not ``？``, ``——`` nor a bracket: a section head ends there) and
    the heading is no numbered section head (``一、``). No dateline opens the tail. A heading
    of one line is also about as long as the page's lines around (``usual``, :func:`usual_line`;
    at least :data:`_FULL_SHARE` of it): a line wraps only when full, and a crosshead over a
    short paragraph (``三代人的坚守`` / ``四十年。``) is short beside the column's lines."""
    words = _tail_words(text)
    if words is None or len(words) > _TAIL_MAX or dateline_match(text):
        return False
    if number != heading.line + len(heading.lines):
        return False
    above = heading.lines[-1].strip()
    if len(above) < 2 * len(words) or not above[-1].isalnum():
        return False
    if len(heading.lines) == 1 and usual is not None and len(above) < _FULL_SHARE * usual:
        return False  # a short line alone: a crosshead (two lines or more over it: cut lines)
    first = heading.lines[0].strip()
    return not (NUMBERED_HEAD_RE.match(first) or BARE_NUMERAL_RE.match(first))


def join_sentence_tail(flow: list, number: int, text: str, headlines: frozenset[int]) -> bool:
    """When the last unit of ``flow`` is heading lines over the wrapped tail ``text`` (line
    ``number``: :func:`sentence_tail`) and the layout did not print them as a headline
    (``headlines``: line numbers), put the lines and the tail in ``flow`` as one paragraph
    instead of the heading; True when it did."""
    heading = flow[-1] if flow else None
    if not isinstance(heading, Heading) or not sentence_tail(
        heading, number, text, usual_line(flow, len(flow) - 1)
    ):
        return False
    if any(heading.line + k in headlines for k in range(len(heading.lines))):
        return False
    para = Para(heading.line, heading.lines[0].strip())
    for line in [*heading.lines[1:], text]:  # (line by line: a line's length stays known)
        para.add(line.strip())
    flow[-1] = para
    return True
