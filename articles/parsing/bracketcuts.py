"""A bracketed line cut in two by the column or the OCR: ``（作者系岚州大学马克思主义理`` /
``论研究所教授）``.

A story's closing note or signature stands in brackets alone on its line (INPUT.md, "Bylines,
datelines, credits": ``（作者系…）``, ``（记者 X）`` at a story's end). On a page whose lines are
cut at a fixed width, or by OCR, such a line may run over two: the first half opens the bracket
and never closes it, the second closes it and holds nothing after. Read apart, the first half
is a note that ends nothing and the second a stray line that opens the next story; read as one
line, they are the note. So is a headline cut inside a book's title (``散文集《河湾上的白`` /
``毡房》出版``: :func:`title_cut_at_end`): read apart, two lines of text no headline holds.
"""

from __future__ import annotations

import re

_OPENS = "（("
_CLOSES = "）)"
_BRACKETS_RE = re.compile(r"[（()）]")
_PIECE = 30  # characters: each half of a cut note is short (a note is a line or two)
_CLOSING_END_RE = re.compile(r"[）)][。.]?$")


def note_cut_at_end(line: str, following: str) -> bool:
    """True when ``line`` opens a bracket it does not close (its first character is the
    bracket, no bracket after it) and the next printed line ``following`` closes it at its end
    (``…）`` or ``…）。``, no other bracket in it): the two are one bracketed line. Both must be
    short (``_PIECE`` characters each); a blank ``following`` joins nothing. Constant time."""
    text, after = line.strip(), following.strip()
    if not (text and after) or len(text) > _PIECE or len(after) > _PIECE:
        return False
    if text[0] not in _OPENS or _BRACKETS_RE.search(text, 1):
        return False
    match = _CLOSING_END_RE.search(after)
    return match is not None and _BRACKETS_RE.search(after, 0, match.start()) is None


_TITLE_PIECE = 20  # characters: each half of a headline cut inside a book's title, at most
# What a headline's line holds none of: a sentence's or a clause's punctuation (a line of text cut
# inside a title, …她最爱读《河 / 湾》，每天…, holds them).
_CLAUSE_MARKS_RE = re.compile(r"[，,。；;：:！!？?]")


def title_cut_at_end(line: str, following: str) -> bool:
    """True when ``line`` opens a book's title ``《`` it does not close and the next printed
    line ``following``, not indented, closes it before opening any other (``散文集《河湾上的白``
    / ``毡房》出版``): one headline cut inside the title by a narrow column (INPUT.md: "A
    headline may be printed on two lines"), since a title's name is never parted. Both halves
    short (:data:`_TITLE_PIECE` characters) and without a clause's punctuation
    (:data:`_CLAUSE_MARKS_RE`): a paragraph's lines cut inside a title are its text, joined
    anyway. Constant time."""
    text, after = line.strip(), following.strip()
    if not (text and after) or len(text) > _TITLE_PIECE or len(after) > _TITLE_PIECE:
        return False
    if following[:1].isspace() or text.rfind("《") <= text.rfind("》"):
        return False
    close = after.find("》")
    if close < 0 or "《" in after[:close]:
        return False
    return _CLAUSE_MARKS_RE.search(text) is None and _CLAUSE_MARKS_RE.search(after) is None


def bracket_cut_at_end(line: str, following: str) -> bool:
    """``line`` and the next printed line ``following`` are one line cut inside a bracket: a
    bracketed note (:func:`note_cut_at_end`) or a headline cut inside a book's title
    (:func:`title_cut_at_end`). Constant time."""
    return note_cut_at_end(line, following) or title_cut_at_end(line, following)
