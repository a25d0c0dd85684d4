"""A running head whose pieces are parted by ``·``, ``|``, ``/`` or ``-`` with no spaces
(``南通日报·2020年7月9日·A1``, ``2020年7月9日|星期四|A3版|要闻``, ``岚川晚报/2021-05-06/B2``): told
by :func:`spaced_head`, which gives the line with those separators as spaces, for
:func:`~articles.parsing.header_lines.header_line_reason` to read as it reads a head spaced out
(INPUT.md, "Page furniture"), and for the import to find the label it prints.

Read so only where the line is plainly a page's head: a piece of it is the page's label and
another the full date or the paper's name. A separator is a space only where a piece of a
head stands beside it: a section's own dot stays (``2020年7月9日·A3·市场·行情`` is the date,
the page and the section ``市场·行情``), and so do the dashes and slashes inside a date
(``2021-05-06``), a staff entry (``责编/王芳``) or a hotline (``0571-8888``). Pure, no Django.
"""

from __future__ import annotations

import re

from articles.parsing.header_patterns import (
    HEADER_DATE_RE,
    HEADER_HOTLINE_RE,
    HEADER_LABEL_RE,
    HEADER_LABELLED_SECTION_RE,
    HEADER_STAFF_RE,
    HEADER_WEEKDAY_RE,
    OCR_LABEL_RE,
)
from articles.parsing.patterns import PAPER_NAME_RE

# What parts a head's pieces with no space (folded: ｜ ／ － are | / - by now), and a run of
# spaces or of those between two pieces.
_SEPARATORS = "·・•|/-"
_GAP_RE = re.compile(rf"[\s{re.escape(_SEPARATORS)}]+")
_SEPARATOR_RE = re.compile(rf"[{re.escape(_SEPARATORS)}]")
# Pieces whose own dashes, slashes and dots are no separators (2021-05-06, 责编/王芳, 0571-8888).
_WHOLE_PIECES = (HEADER_DATE_RE, HEADER_STAFF_RE, HEADER_HOTLINE_RE)
_LINE_CHARACTERS = 100  # a head is short (header_line_reason reads no longer line)


def spaced_head(folded: str) -> str | None:
    """``folded`` (a line, :func:`articles.text.fold`) with the separators that part a running
    head's pieces turned into spaces (same length: offsets kept), or None when the line is no
    such head or has no separator to turn. A head here holds the page's label (``A1``,
    ``A3版``, ``第三版``, ``第05版:社会``; not what an OCR makes of digits, ``l7``) and the full
    date (``2020年7月9日``, ``2021-05-06``, ``二〇二〇年七月九日``) or the paper's name
    (``岚川晚报``); a separator becomes a space when a piece of a head (those, the weekday, the
    desk's staff, a hotline) stands on either side of it, so that a section's name keeps its
    dot (``市场·行情``)."""
    if len(folded) > _LINE_CHARACTERS or _SEPARATOR_RE.search(folded) is None:
        return None
    tokens, gaps = _tokens(folded)
    kinds = [_kind(token) for token in tokens]
    if not ({"label", "labelled"} & set(kinds)) or not ({"date", "paper"} & set(kinds)):
        return None
    chars = list(folded)
    turned = False
    for at, (start, end) in enumerate(gaps):
        if _SEPARATOR_RE.search(folded, start, end) is None:
            continue  # spaces only
        if kinds[at] in (None, "labelled") and kinds[at + 1] is None:
            continue  # 市场·行情, A3版:市场·行情: a section's own dot
        for i in range(start, end):
            if folded[i] in _SEPARATORS:
                chars[i], turned = " ", True
    return "".join(chars) if turned else None


def _tokens(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The line's runs between gaps of spaces and separators, and the gaps (start, end) between
    them: one gap fewer than runs. A gap inside a date, a staff entry or a hotline
    (:data:`_WHOLE_PIECES`) parts nothing."""
    whole = [m.span() for pattern in _WHOLE_PIECES for m in pattern.finditer(folded)]
    gaps = [
        m.span()
        for m in _GAP_RE.finditer(folded)
        if not any(start <= m.start() < end for start, end in whole)
    ]
    bounds = [0, *(i for gap in gaps for i in gap), len(folded)]
    tokens = [folded[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    if tokens and not tokens[0]:  # (a gap at the line's start or end parts nothing)
        tokens, gaps = tokens[1:], gaps[1:]
    if tokens and not tokens[-1]:
        tokens, gaps = tokens[:-1], gaps[:-1]
    return tokens, gaps


def _kind(token: str) -> str | None:
    """What piece of a head ``token`` is: ``label``, ``labelled`` (the label with its section:
    ``第05版:社会``), ``date`` (a full one), ``paper``, ``other`` (the weekday, the desk's staff,
    a hotline), or None (a word: a section's name, or anything else)."""
    if HEADER_LABEL_RE.match(token) and not OCR_LABEL_RE.match(token):
        return "label"
    if HEADER_LABELLED_SECTION_RE.fullmatch(token):
        return "labelled"  # 第05版:社会 (what follows may be the rest of its section's name)
    if HEADER_DATE_RE.fullmatch(token):
        return "date"
    if PAPER_NAME_RE.match(token):
        return "paper"
    if any(p.fullmatch(token) for p in (HEADER_WEEKDAY_RE, HEADER_STAFF_RE, HEADER_HOTLINE_RE)):
        return "other"
    return None
