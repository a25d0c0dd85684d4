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


# A Chinese label, then its English name after a space (学生评论　Student Voice, 校园快讯 Campus
# Briefs): capitalised words only, no figure.
_ENGLISH_NAME_AFTER_RE = re.compile(
    r"^(?P<label>.*[\u3400-\u9fff][^\sA-Za-z]*)[ \t\u3000]+[A-Z][A-Za-z'’&\-]*(?:[ \t][A-Za-z'’&\-]+){0,4}$"
)


def without_english_name(text: str) -> str:
    """``text`` without the English name printed after its Chinese (a bilingual paper's column
    label, ``学生评论　Student Voice`` → ``学生评论``), or the Korean one in brackets, as a
    Korean-Chinese paper prints its columns' names (``家乡风物（고향의 풍물）`` → ``家乡风物``):
    what it says in Chinese decides how it is read; ``text`` unchanged when no such name ends
    it. Pure; constant time for a short line."""
    if len(text) > 60:
        return text
    match = _ENGLISH_NAME_AFTER_RE.match(text.strip()) or _HANGUL_NAME_AFTER_RE.match(text.strip())
    return match["label"] if match else text


# A name in Hangul in brackets after the Chinese: 致富路上（치부의 길）.
_HANGUL_NAME_AFTER_RE = re.compile(r"^(?P<label>.*[\u3400-\u9fff])\s*[（(][\uac00-\ud7a3\s]+[）)]$")


_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORDS_RE = re.compile(r"[A-Za-z]+(?:[^A-Za-z\u3400-\u9fff]+[A-Za-z]+)+")


def english_under(first: str, second: str) -> bool:
    """Whether ``second``, printed under the Chinese line ``first``, is its English title (two
    English words or more, no Han character: ``北湖的冬天`` / ``Winter in Beihu``): it says the
    same in English, so it is the subheadline under a headline, never a title under a kicker,
    however short the Chinese is. Pure."""
    return (
        _HAN_RE.search(first) is not None
        and _HAN_RE.search(second) is None
        and _LATIN_WORDS_RE.search(second) is not None
    )
