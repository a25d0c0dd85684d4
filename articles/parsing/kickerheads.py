"""The lines under a kicker on a page of cut lines: the headline, and a subheadline over a byline.

INPUT.md, "Headlines": a kicker (引题) often ends with ``——`` or ``：``; it stands over its
headline. On a page whose text layer gives every line a block of its own (a PDF's text cut into
the column's lines, blank lines between them), a line as wide as the column is read as cut text
(:func:`~articles.parsing.listitems.column_line`); but under a kicker alone on its line
(``社区微改造：``) the title-like line is its headline, whatever its width, and under the kicker
and headline a line alone in its block that ends no sentence (``今年全市已完成三百二十部，是去年
全年的一点五倍``: a subheadline may hold a comma) is the subheadline when the next block is the
story's byline (``记者 蒋一鸣``) or opens with its dateline: what stands between a headline and
its byline is the deck. Constant time (a look at the next lines).
"""

from __future__ import annotations

from articles.parsing.datelines import dateline_match
from articles.parsing.layout import next_text
from articles.parsing.patterns import BYLINE_LINE_RE, ends_sentence, is_heading_like
from articles.parsing.units import Heading
from articles.text import fold

_KICKER_LINE = 12  # characters: a kicker alone on its line, its cue (：, ——) included
_SUBHEADLINE_LINE = 36  # characters: a subheadline under them, at most
_KICKER_CUES = ("：", "——")


def under_kicker(lines: list[str], flow: list, number: int, text: str) -> bool:
    """Whether ``text`` (line ``number``, 1-based, of ``lines``, stripped), read after the
    reader's ``flow`` so far, is a deck line under a kicker (see the module docstring)."""
    heads = _deck_so_far(flow)
    if not heads or len(heads) > 2 or dateline_match(text) is not None:
        return False
    kicker = heads[0].strip()
    if len(kicker) > _KICKER_LINE or not kicker.endswith(_KICKER_CUES):
        return False
    if len(heads) == 1:
        return is_heading_like(text)  # (the headline under its kicker)
    if len(text) > _SUBHEADLINE_LINE or ends_sentence(text):
        return False
    if number < len(lines) and lines[number].strip():
        return False  # (alone in its block: a line of text goes on under it)
    following = next_text(lines, number)
    return following is not None and (
        BYLINE_LINE_RE.match(fold(following)) is not None or dateline_match(following) is not None
    )


def _deck_so_far(flow: list) -> list[str]:
    """The heading lines at the flow's end (its last one or two units, headings in a row)."""
    heads: list[str] = []
    for unit in reversed(flow[-2:]):
        if not isinstance(unit, Heading):
            break
        heads[:0] = unit.lines
    return heads
