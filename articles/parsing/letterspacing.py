"""Letter-spaced text: every Han character followed by a space (INPUT.md, "Encoding and layout":
OCR output and text layers give spaces where the page had none; a 副刊 page sets its text so).

``本 报 讯 （记 者 赵 刚） 从 下 周 一 起 ， …`` is one paragraph as printed: its single spaces are
the spacing between the letters, not gaps between paragraphs, and its dateline and byline read
as if unspaced (``本报讯``, ``记者赵刚``: :func:`unspaced`). The text is kept as printed. Pure; linear in the text's length.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from articles.parsing.datelines import DATELINE_SPAN, dateline_match, dateline_shut_out
from articles.text import HAN

_HAN_RE = re.compile(f"[{HAN}]")
# A Han character and the one space after it (full-width or not) before the next non-space one.
_SPACED_HAN_RE = re.compile(rf"[{HAN}][ \u3000](?=\S)")
_SPACED_SHARE = 0.7  # of a line's Han characters (but its last) followed by one space, at least
_SPACED_HANS = 6  # Han characters at least: a shorter line is a spaced name or label (林  舒)
# Spaces at least in a letter-spaced text: each spaced Han character is followed by one, and at
# least :data:`_SPACED_SHARE` of :data:`_SPACED_HANS` - 1 of them are (a text with fewer is none).
_SPACED_FEWEST = math.ceil(_SPACED_SHARE * (_SPACED_HANS - 1))


def letter_spaced(text: str) -> bool:
    """``text`` (a line, or a line's start) is letter-spaced: it holds at least
    :data:`_SPACED_HANS` Han characters and most of them (:data:`_SPACED_SHARE`, its last one
    aside) are followed by exactly one space. Not a headline printed in halves
    (``城市公交 线路优化调整``), nor OCR's few stray spaces (``他說 放假 三天``)."""
    if text.count(" ") + text.count("\u3000") < _SPACED_FEWEST:
        return False  # (most lines: too few spaces, whatever their Han characters)
    hans = len(_HAN_RE.findall(text))
    if hans < _SPACED_HANS:
        return False
    spaced = sum(1 for match in _SPACED_HAN_RE.finditer(text) if _single(text, match.end()))
    return spaced >= _SPACED_SHARE * (hans - 1)


def _single(text: str, end: int) -> bool:
    """The space ending at ``end`` is one space, none before it."""
    return end < 2 or text[end - 2] not in " \u3000"


def unspaced(text: str) -> str:
    """``text`` read without its letter spacing: every single space after a Han character or
    a punctuation mark, and before a non-space character, left out; wider gaps are kept."""
    kept: list[str] = []
    for index, char in enumerate(text):
        if (
            char in " \u3000"
            and 0 < index < len(text) - 1
            and not text[index - 1].isspace()
            and not text[index + 1].isspace()
            and not text[index - 1].isascii()
        ):
            continue
        kept.append(char)
    return "".join(kept)


_OPENING = 200  # characters of a paragraph's start read for its dateline and byline


def spaced_dateline(first: str, read: Callable[[str], tuple[str, str]]) -> tuple[str, str]:
    """(dateline, byline) opening the letter-spaced paragraph ``first`` (``本 报 讯 （记 者 赵
    刚） 从…``), read by ``read`` as if unspaced (``本报讯``, ``记者赵刚``: :func:`unspaced`; the
    paragraph keeps its printed text), or opening with a dateline OCR's spaces split
    (:func:`gapped_reading`); ``("", "")`` when ``first`` opens unspaced."""
    opening = first[:_OPENING]
    found = read(unspaced(opening)) if letter_spaced(opening) else ("", "")
    reading = None if any(found) else gapped_reading(first)
    return found if reading is None else read(reading)


def dateline_read(text: str) -> re.Match | None:
    """:func:`~articles.parsing.datelines.dateline_match` of ``text``, or of its unspaced
    reading when it opens letter-spaced (``本 报 讯 （记 者 赵 刚）``) or with a dateline OCR's
    spaces split (:func:`gapped_dateline`): a match to tell a dated text by, not to cut
    ``text`` at (its offsets are the reading's)."""
    if dateline_shut_out(text, 2 * DATELINE_SPAN):
        return None  # (each reading is made of characters of text[:2 * DATELINE_SPAN], spaces left out)
    match = dateline_match(text)
    if match is None and letter_spaced(text[:DATELINE_SPAN]):
        match = dateline_match(unspaced(text[: 2 * DATELINE_SPAN]))
    return match if match is not None else gapped_dateline(text)


# OCR's spaces: any run of spaces, full-width or not, inside a line.
_GAP_RE = re.compile(r"[ \t\u3000]+")
_GAPPED_OPENING = 24  # characters: where OCR's spaces may split a dateline (新华社北京 3月 5日电)


def gapped_reading(text: str) -> str | None:
    """``text``'s opening read without OCR's spaces when they split the dateline it opens with
    (``本 报 讯``, ``新华社北京 3月 5日电``; INPUT.md, "Encoding and layout": OCR gives spaces
    where the page had none): the spaces of its first :data:`_GAPPED_OPENING` characters left
    out, the rest of its first :data:`~articles.parsing.patterns.DATELINE_SPAN` as printed;
    None when it holds no such space, or the first one stands after the dateline (``本报讯
    连日来`` matches as printed) or where none opens it. Constant time."""
    opening = text[:_GAPPED_OPENING]
    first = _GAP_RE.search(opening.rstrip())
    if first is None or first.start() == 0:
        return None
    reading = _GAP_RE.sub("", opening) + text[_GAPPED_OPENING:DATELINE_SPAN]
    match = dateline_match(reading)
    return reading if match is not None and match.end() > first.start() else None


def gapped_dateline(text: str) -> re.Match | None:
    """The dateline match of :func:`gapped_reading` (on that reading), or None."""
    reading = gapped_reading(text)
    return None if reading is None else dateline_match(reading)
