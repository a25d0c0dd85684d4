"""A date alone on a line under a notice's or letter's text: the day it was signed, never the
page's printed date (INPUT.md, "Encoding and layout": a page prints its date in its masthead,
page stamp or running head; a page whose date differs from its edition's is refused on import).

A bare date (``2017年5月8日``, no weekday, no page: :data:`~articles.parsing.patterns.
SIGNATURE_DATE_RE`) read after the page's text has begun is a signing date when the line above it
(blank lines skipped) ends a sentence (``特此公告。`` / date) or is a signer (a short line
without punctuation, no paper's name: ``王德全``, ``某某寺客堂``) standing under a line that ends
one (``…为准。`` / signer / date). A masthead's date in a PDF's frame order stands under the
paper's name (``青石县报`` / ``2021年7月9日``) or beside its weekday, and stays the page's.
Pure, no Django.
"""

from __future__ import annotations

from articles.parsing.patterns import (
    GENERIC_PAPER_RE,
    PAPER_NAME_RE,
    SIGNATURE_DATE_RE,
    STAFF_RE,
    ends_sentence,
)
from articles.text import fold

_SIGNER = 20  # characters: a signer's line at most (a person, an office, a temple's hall)
_PUNCTUATION = frozenset("，。！？；：、,.!?;:")


def signing_date_line(lines: list[str], number: int, folded: str) -> bool:
    """Whether line ``number`` (1-based in ``lines``, the page's; ``folded`` its folded copy),
    read after the page's text has begun, is a notice's or letter's signing date (see the
    module docstring). Constant time but for the blank lines skipped."""
    if not folded[:1].isdigit() or SIGNATURE_DATE_RE.match(folded.strip()) is None:
        return False
    above = _line_above(lines, number - 1)
    if above is None:
        return False
    text = lines[above - 1].strip()
    if ends_sentence(text) and text[-1:] in "。！？!?":
        return True
    if not _signer(text):
        return False
    before = _line_above(lines, above - 1)
    return before is not None and lines[before - 1].rstrip()[-1:] in "。！？!?"


def _line_above(lines: list[str], number: int) -> int | None:
    """The last line at or above ``number`` (1-based) that is not blank, or None."""
    while number >= 1 and not lines[number - 1].strip():
        number -= 1
    return number if number >= 1 else None


def _signer(text: str) -> bool:
    """A signer's line: short, no punctuation, no paper's name (a masthead's), no staff line."""
    if not text or len(text) > _SIGNER or any(ch in _PUNCTUATION for ch in text):
        return False
    folded = fold(text)
    compact = folded.replace(" ", "").replace("\u3000", "")
    return not (
        PAPER_NAME_RE.match(compact) or GENERIC_PAPER_RE.match(compact) or STAFF_RE.match(folded)
    )
