"""English sentences printed as paragraphs: a full stop after a word ends one.

A Chinese page prints English prose too: a quoted slogan set as its own paragraph in a Chinese
story (``Welcome to Lancheng, the city of bridges.``), or a whole English story on a bilingual
page. INPUT.md ("Headlines"): decks are short lines without sentence punctuation, and a
half-width ``.`` ends a sentence as ``。`` does. After a Han character that is already read so
(:func:`~articles.parsing.patterns.half_width_stop`); after a Latin letter the dot may be an
abbreviation's (``Co.``, ``U.S.``, ``No.``), so it ends a sentence only when the line ends in a
run of English words (three at least, the last a word, not an abbreviation): a line of English
prose. English titles and names in headlines (``NBA总决赛``, ``5G``, ``Lancheng Tech Expo
Opens``) carry no full stop and are not touched.

This module imports nothing of the parser's, so :mod:`~articles.parsing.patterns` can use it.
"""

from __future__ import annotations

import re

# The last word of a line and its full stop, maybe inside a closing quote or bracket; and the run
# of English before it: words, figures and the punctuation of prose between them.
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)\.[\"'”’)）]?$")
_ENGLISH_RUN_RE = re.compile(r"[A-Za-z0-9'’\-,;:%$&()\s\"“”]*$")
_TAIL = 300  # characters: a sentence's last words are read, never a whole megabyte line
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_MIN_WORDS = 3
# Words a full stop abbreviates, not ends (the dot is the word's): titles, companies, streets.
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "co", "corp", "inc", "ltd", "llc",
        "no", "nos", "vs", "etc", "dept", "govt", "ave", "rd", "blvd", "mt", "ft", "gen",
        "col", "capt", "lt", "sgt", "rev", "hon", "est", "approx", "fig", "vol", "pp", "ed",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip


def english_sentence_end(text: str) -> bool:
    """True when ``text`` (one printed line or paragraph) ends with an English sentence: a run
    of at least three English words closed by a full stop after a word that is no abbreviation
    (``The expo runs until Sunday.``, ``…opened with 300 exhibitors.``; not ``Apple Inc.``,
    ``the U.S.``, ``Tech Expo Opens``). Pure; no errors."""
    stripped = text.rstrip()
    if len(stripped) < 8 or stripped[-1] not in ".\"'”’)）":
        return False
    tail = stripped[-_TAIL:]
    match = _LAST_WORD_RE.search(tail)
    if match is None:
        return False
    last = match.group(1)
    if last.lower() in _ABBREVIATIONS or len(last) == 1:
        return False  # Co., Inc., the U.S. (a single letter before the dot: an initial)
    run = _ENGLISH_RUN_RE.search(tail[: match.start()])  # (the search starts at a word's start)
    words = _WORD_RE.findall(run.group(0)) if run else []
    return len(words) + 1 >= _MIN_WORDS
