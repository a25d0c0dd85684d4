"""Datelines (电头): where one is at the start of a text, the dateline itself without its
brackets, and who sent it. The grammar is :data:`~articles.parsing.patterns.DATELINE_RE`
(INPUT.md, "Bylines, datelines, credits"); the names inside a reporter's dateline are checked
with :mod:`~articles.parsing.names`.
"""

from __future__ import annotations

import functools
import re

from articles.parsing.creditlines import CREDIT_OPENING_RE, credit_names_ok
from articles.parsing.linegates import Gate
from articles.parsing.names import names_only
from articles.parsing.patterns import (
    BYLINE_BRACKET_RE,
    DATELINE_RE,
    DATELINE_SPAN,
    OWN_DESK,
)
from articles.parsing.reportlines import place_filed_from
from articles.text import HAN, fold

# The last word of a reporter's dateline's names, set off by a space (王刚 北京: perhaps a place).
_LAST_WORD_RE = re.compile(r"(?<=\S)\s+(?P<word>\S+)\s*$")


def story_line(text: str) -> bool:
    """True when ``text`` (a short line) is a line of a story's text by its form, never a
    masthead's: a sentence with a clause in it (``。`` and ``，``), or a lead opening with its
    dateline (``本报讯（记者 赵敏）…以下是昨日主要蔬菜零售价：``). The dateline is looked for
    only on a line with sentence punctuation (the cheap test first: every short line of a page
    comes here)."""
    stop, comma = "。" in text, "，" in text
    return (stop and comma) or ((stop or comma) and dateline_match(text) is not None)


def dateline_only(text: str) -> bool:
    """True when ``text`` is a dateline and its byline and nothing more (``本报讯（记者 苏明）``):
    a paragraph's opening, not a paragraph; the text goes on on the next line."""
    match = dateline_match(text)
    if match is None:
        return False
    rest = fold(text[match.end() : match.end() + 80]).strip()
    if not rest:
        return True
    bracket = BYLINE_BRACKET_RE.match(rest)
    return bracket is not None and not rest[bracket.end() :].strip() and len(text) <= 80


def dateline_match(text: str) -> re.Match | None:
    """The dateline at the start of ``text``; only the start is looked at (datelines are short).
    The match's ``dateline_span()`` gives where the dateline itself (without brackets) is."""
    if _GATE.open_printed(text, DATELINE_SPAN) is None:
        return None  # (the cheap test first, unsliced: _dateline_at_start would say None)
    match = _dateline_at_start(text[:DATELINE_SPAN])
    # 特約記者張三報導: only names may stand between the reporter and 报道. (Not remembered:
    # what a name is depends on jieba's dictionary, which the search dictionary adds to.)
    if match is None or match.re is CREDIT_OPENING_RE:
        return match if match is None or credit_names_ok(text, match) else None
    if match.group("rnames") is not None and not _rnames(text, match):
        return None
    return match


def dateline_shut_out(text: str, end: int) -> bool:
    """True when no character of ``text[:end]`` folds to one of the characters every match of
    :func:`dateline_match` needs (its gate, :data:`_GATE`): then no text made of those
    characters (some left out, as a reading without spaces leaves them) opens with a dateline.
    One search, nothing sliced or folded."""
    return _GATE.open_printed(text, end) is None


def _rnames(text: str, match: re.Match) -> tuple[str, ...]:
    """The names between the reporter and 报道 of ``match`` (a reporter's dateline at the start
    of ``text``), the place it was filed from after them left out (``王刚 北京报道``:
    :func:`~articles.parsing.reportlines.place_filed_from`); ``()`` when anything else stands
    there."""
    start, end = match.span("rnames")
    names = text[start:end].replace("、", " ")
    last = _LAST_WORD_RE.search(names)
    if last is not None and place_filed_from(text[:start] + names[: last.start()], last["word"]):
        names = names[: last.start()]
    return names_only(names)


def reporter_dateline_names(text: str) -> tuple[str, ...]:
    """The names of the reporter's dateline opening ``text`` (``本报记者 王 刚 报道`` → (王刚,);
    ``本报记者 王刚 北京报道`` → (王刚,): the place it was filed from is no name): names only, a two-character name spaced out to fill the width counting as one (INPUT.md:
    ``本报记者  彭  波``; :func:`~articles.parsing.names.names_only`); ``()`` when ``text`` opens
    with no reporter's dateline."""
    match = dateline_match(text)
    if match is None or match.re is CREDIT_OPENING_RE or match.group("rnames") is None:
        return ()
    return _rnames(text, match)


@functools.lru_cache(maxsize=4096)
def _dateline_at_start(text: str) -> re.Match | None:
    """:data:`DATELINE_RE` at the start of ``text`` folded, else a credit in its place
    (:data:`~articles.parsing.creditlines.CREDIT_OPENING_RE`: ``本报驻东京记者 刘洋 东京3日电``,
    ``新京报讯``); remembered (the pattern is long and a paragraph's opening is asked about by
    many rules). A text holding none of the characters both patterns need (:data:`_GATE`:
    most lines, which hold no 电, 讯, 报 or the like) is not matched: a failing match of these
    long patterns tries many ways before it gives up."""
    if _GATE.open_printed(text) is None:  # (its fold is shut out too: see Gate.open_printed)
        return None
    folded = fold(text)
    if _GATE.open(folded) is None:
        return None
    return DATELINE_RE.match(folded) or CREDIT_OPENING_RE.match(folded)


# The line gate of the datelines (:mod:`~articles.parsing.linegates`), derived from the two
# patterns :func:`_dateline_at_start` matches: a text shut out by it matches neither.
_GATE = Gate(DATELINE_RE, CREDIT_OPENING_RE)


def dateline_span(match: re.Match) -> tuple[int, int]:
    """Where the dateline itself (``本报讯``, without its brackets) is in a :func:`dateline_match`."""
    group = "bdateline" if match.groupdict().get("bdateline") is not None else "dateline"
    return match.span(group)


_SOURCE_RE = re.compile(rf"(?:据)?(?P<source>{OWN_DESK}|[{HAN}]{{1,5}}?社)")
# The agency after the place and day (（曼谷8日法新社电）), as papers abroad print agency copy.
_LATE_SOURCE_RE = re.compile(rf"日(?P<source>[{HAN}]{{1,5}}社)(?:专电|电|消息|专讯|讯)$")


def dateline_source(text: str) -> str:
    """Who sent the text that ``text`` opens with a dateline: the agency or desk at the head of
    its dateline (``路透社`` for ``〔路透社倫敦十日電〕``, ``本报`` for ``本報坎培拉訊``) or after its
    place and day (``法新社`` for ``（曼谷8日法新社电）``), folded;
    ``""`` when there is no dateline or it names no agency (``〔美國新聞處華盛頓十日電〕``)."""
    match = dateline_match(text)
    if match is None:
        return ""
    start, end = dateline_span(match)
    dateline = fold(text[start:end])
    source = _SOURCE_RE.match(dateline) or _LATE_SOURCE_RE.search(dateline)
    return source.group("source") if source else ""


# A government office at the head of a dateline that names no agency: 中央气象署 (folded).
_OFFICE_SENDER_RE = re.compile(
    rf"(?:据)?(?P<sender>[{HAN}]{{1,10}}?(?:署|局|处|厅|部|委员会|中心))"
)


def dateline_sender(text: str) -> str:
    """Who sent the text that ``text`` opens with a dateline, as far as its dateline names
    anyone: the agency or desk (:func:`dateline_source`), else a government office at its head
    (``中央气象署`` for ``〔中央氣象署台北電〕``, ``美国新闻处`` for ``〔美國新聞處華盛頓十日電〕``),
    folded; ``""`` when there is no dateline or it names no sender."""
    source = dateline_source(text)
    if source:
        return source
    match = dateline_match(text)
    if match is None:
        return ""
    start, end = dateline_span(match)
    office = _OFFICE_SENDER_RE.match(fold(text[start:end]))
    return office.group("sender") if office else ""
