"""A verse quoted in a story's text: a poem, a gatha or a jingle of regular lines (four, five or
seven characters each, as Chinese verse is printed: ``晨光一照万山明``), no punctuation, one a
line, right under a sentence that introduces it with a colon (``…他常念一首偈子：``).

Each verse line is a paragraph of the story, never a headline or a new story's deck (INPUT.md,
"Headlines": crossheads and lead-in lines ending in ``：`` are no new articles; "Encoding and
layout": a short line is not a headline because it is short). What tells the verse from a deck:
the line introducing it is text (a sentence with ``。`` or ``，`` in it, ending with the colon),
and its lines are all of one length, at least :data:`_COUPLET` of them. Pure, no Django.
"""

from __future__ import annotations

import re

from articles.text import HAN

_VERSE_LINE_RE = re.compile(rf"[{HAN}]{{4,9}}")  # a regular verse line (四言 to 九言), stripped
_COUPLET = 2  # verse lines at least
_RUN = 12  # verse lines looked at, at most (an eight-line 律诗, a longer 偈)


def quoted_verse_line(lines: list[str], number: int) -> bool:
    """Whether line ``number`` (1-based in ``lines``, the page's) is a line of a verse quoted in
    the text (see the module docstring): a regular verse line whose run of lines of its length
    (blank lines between them skipped) holds at least :data:`_COUPLET` lines and stands right
    under a text line ending with a colon. Constant time for any other line (the cheap test
    first: every plain line of a page is asked)."""
    text = lines[number - 1].strip()
    if _VERSE_LINE_RE.fullmatch(text) is None:
        return False
    size = len(text)
    above, verses = number - 1, 1
    while above >= 1 and verses <= _RUN:
        line = lines[above - 1].strip()
        if line and (len(line) != size or _VERSE_LINE_RE.fullmatch(line) is None):
            break
        verses += bool(line)
        above -= 1
    if above < 1 or not _introduces(lines[above - 1].strip()):
        return False
    below = number
    while below < len(lines) and verses < _COUPLET:
        line = lines[below].strip()
        if line and (len(line) != size or _VERSE_LINE_RE.fullmatch(line) is None):
            break
        verses += bool(line)
        below += 1
    return verses >= _COUPLET


def quoted_verse(lines: list[str], number: int) -> bool:
    """Whether line ``number`` (1-based) is a paragraph of its own by a quoted verse: one of its
    lines (:func:`quoted_verse_line`), or the text going on right under its last line (a line
    with sentence punctuation in it), which no verse line runs on into."""
    if quoted_verse_line(lines, number):
        return True
    text = lines[number - 1]
    if not any(mark in text for mark in "，。！？；"):
        return False
    above = number - 1
    while above >= 1 and not lines[above - 1].strip():
        above -= 1
    return above >= 1 and quoted_verse_line(lines, above)


def verse_introduced(lines: list[str]) -> bool:
    """Whether a line of ``lines`` (a page's) introduces a verse (:func:`_introduces`): when none
    does, :func:`quoted_verse` is False for every line of the page (each of its answers needs a
    line introducing the verse above it), so a reader need not ask it line by line. Linear in
    the page (the cheap test first: most lines end with no colon)."""
    return any(line.rstrip().endswith(("：", ":")) and _introduces(line.strip()) for line in lines)


def _introduces(line: str) -> bool:
    """A line of text introducing what follows: a sentence (``。`` or ``，`` in it) ending with
    a colon (``…老和尚常念一首偈子：``); a kicker ending with one holds no sentence."""
    return line.endswith(("：", ":")) and ("。" in line or "，" in line or "," in line)
