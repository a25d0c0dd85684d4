"""A paragraph's text going on over a blank line (INPUT.md, "Encoding and layout": OCR gives one
line per line, with or without blank lines between them, and spaces where the page had none).

After a blank line a short line without sentence punctuation is usually a heading. It is not
when the paragraph above stops in the middle of its sentence and the line reads as OCR's words
cut apart: the paragraph's last line ends with a Han character and the line holds a stray space
(``经理在会上`` / ``他說 放假 三天``: a space setting off a word of one or two characters, never the
two spaces of a headline printed in halves, nor a date's ``6月10日 星期一``). Such a line goes on the
paragraph, as printed; a crosshead follows a finished sentence. Pure; linear in the lines' length.
"""

from __future__ import annotations

import re

from articles.text import HAN

# One space (or a full-width one) between two Han characters, and the runs of Han characters it
# parts (他說 放假 三天: the space between 說 and 放, the runs 他說 and 放假).
_SPACE_RE = re.compile(rf"(?<=[{HAN}])[ \u3000](?=[{HAN}])")
_RUN_BEFORE_RE = re.compile(rf"[{HAN}]+$")
_RUN_AFTER_RE = re.compile(rf"[{HAN}]+")
_WORD_CUT = 2  # characters: a run this short beside the space is a word OCR cut apart
_MID_SENTENCE_END_RE = re.compile(rf"[{HAN}]$")
# A wide gap (two spaces or more, or full-width ones) and the pieces of a line it parts.
_WIDE_GAP_RE = re.compile(r"(?:[ \t]{2,}|\u3000+)")
_GAPPED_PIECES = 3  # pieces: a line parted into this many by wide gaps is no headline's halves
_HAN_WORD_RE = re.compile(rf"[{HAN}]{{2,}}")


def stray_spaced(text: str) -> bool:
    """``text`` holds a stray OCR space: one space between two Han characters with a run of at
    most :data:`_WORD_CUT` Han characters on one side (``他說 放假``); not a headline's halves,
    longer words (``老街书店 重新开门``), nor a spaced name (``林  舒``: two spaces)."""
    for space in _SPACE_RE.finditer(text):
        before = _RUN_BEFORE_RE.search(text, 0, space.start())
        after = _RUN_AFTER_RE.match(text, space.end())
        if (len(before.group()) <= _WORD_CUT and _word_alone(text, before.start(), -1)) or (
            len(after.group()) <= _WORD_CUT and _word_alone(text, after.end(), 0)
        ):
            return True
    return False


def _word_alone(text: str, at: int, step: int) -> bool:
    """The character beside a run of Han characters (before it: ``step`` -1 from its start;
    after it: 0 from its end) is none, a space or a mark, never a figure or a letter: the run
    is a word of its own (他說), not a date's or a count's unit (``6月10日 星期一``)."""
    index = at + step
    return not (0 <= index < len(text)) or not text[index].isalnum()


def wide_gapped(text: str) -> bool:
    """``text`` is a line of text OCR printed with wide gaps (``今年  各地  普遍推广了  良种``):
    parted by wide gaps into :data:`_GAPPED_PIECES` pieces or more, at least two of them words
    of two Han characters or more. A headline printed in halves has one gap; a title or a name
    set wide is spaced one character at a time (``短  评``, ``全  区  冬  修``)."""
    if _WIDE_GAP_RE.search(text) is None:  # (most lines: one scan)
        return False
    pieces = _WIDE_GAP_RE.split(text.strip())
    words = sum(1 for piece in pieces if _HAN_WORD_RE.search(piece))
    return len(pieces) >= _GAPPED_PIECES and words >= 2


def goes_on_over_blank(tail: str, text: str) -> bool:
    """``text`` (a short heading-like line after a blank line) goes on the paragraph whose last
    line is ``tail``: the tail stops mid-sentence on a Han character and ``text`` holds a stray
    OCR space (:func:`stray_spaced`) or OCR's wide gaps (:func:`wide_gapped`)."""
    return _MID_SENTENCE_END_RE.search(tail.rstrip()) is not None and (
        stray_spaced(text) or wide_gapped(text)
    )
