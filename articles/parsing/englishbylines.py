"""English bylines: ``By Elena Marchetti`` under a title, and the writer's credentials under it.

A bilingual or English page signs a piece under its title the English way: ``By`` and the
writer's name (``By Elena Marchetti``, ``By Tom Lee and Ana Ruiz``), often over a line saying
who the writer is (``Class of 2022, School of International Business``, ``Staff Reporter``).
INPUT.md, "Headlines": the author's name on the next line is the byline, not the title; so is
this line, and the credentials under it are part of the byline, not the text's first paragraph.
The names are the story's reporters as printed.
"""

from __future__ import annotations

import re

from articles.parsing.units import Heading, Para

# A name's word: a capital, then letters, apostrophes, hyphens or an initial's dot (O'Neill,
# Jean-Luc, J.); particles of surnames in lower case (van, de, da).
_WORD = r"[A-Z][A-Za-z'’\-.]*"
_PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|la|le|bin|al)"
# (By The Numbers, By A Nose: a title's words, no name)
_NAME = rf"(?!(?:The|A|An|Our|This|That|Its|Their|Way|Design)\b){_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
_BYLINE_RE = re.compile(rf"^By\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})$")
_NAMES_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_LINE_MAX = 80  # characters: a byline or a credentials line is short

# Who the writer is, as printed under an English byline: a student's class and school, a post
# at the paper or a university (``Class of 2022, School of International Business``, ``Staff
# Reporter``, ``Professor of History, Lanwan University``): a short line without a full stop.
_CREDENTIALS_RE = re.compile(
    r"\b(?:Class of (?:19|20)\d{2}|School|College|University|Department|Faculty|Institute"
    r"|Student|Professor|Lecturer|Correspondent|Writer|Reporter|Editor|Contributor|Columnist)\b"
)


def english_byline(line: str) -> tuple[str, ...]:
    """The names of ``line`` when it is an English byline (``By Elena Marchetti`` →
    ("Elena Marchetti",); ``By Tom Lee and Ana Ruiz`` → two): ``By``, then one to four names of
    two to four capitalised words each; ``()`` for any other line (``By the end of the year``
    goes on in lower case). Constant time: a short line only."""
    text = line.strip()
    match = _BYLINE_RE.match(text) if len(text) <= _LINE_MAX else None
    if match is None:
        return ()
    return tuple(name for name in _NAMES_SPLIT_RE.split(match["names"]) if name)


def english_credentials(line: str) -> bool:
    """Whether ``line`` (printed right under an English byline) says who the writer is
    (:data:`_CREDENTIALS_RE`): short, in Latin letters, no sentence closed by a full stop."""
    text = line.strip()
    if not text or len(text) > _LINE_MAX or text.endswith((".", "。")) or not text.isascii():
        return False
    return _CREDENTIALS_RE.search(text) is not None


def english_byline_names(lines: list[str]) -> tuple[str, ...]:
    """The names of the first English byline among a story's byline ``lines``
    (:func:`english_byline`); ``()`` when there is none."""
    for line in lines:
        names = english_byline(line)
        if names:
            return names
    return ()


def credentials_under_byline(flow: list, last: object, block_start: bool) -> bool:
    """Whether the paragraph ``last`` (the flow's last unit, one line so far) is the writer's
    credentials printed right under an English byline (the last line of the title lines
    before it, :func:`english_byline`; :func:`english_credentials`), a blank line after it
    (``block_start``: the next line opens a block): the reader does not go on with the text
    under it, as it would a paragraph cut by the column."""
    if not block_start or len(flow) < 2 or flow[-1] is not last or not isinstance(last, Para):
        return False
    above = flow[-2]
    return (
        isinstance(above, Heading)
        and bool(english_byline(above.lines[-1]))
        and english_credentials(last.text)
    )
