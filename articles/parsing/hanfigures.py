"""Figures printed in Chinese numerals as a table's last column (``上等白米（每擔）　六〇〇元``,
``一號煙膠　每擔　二百四十五盾``), as a price list typed from an old page prints them: a row of
figures all the same as one printed in digits (INPUT.md, "Encoding and layout": OCR output of old
pages). Pure, no other stage of the parser."""

from __future__ import annotations

import re

# A last cell of two to eight Chinese numerals (〇 or the place words 十百千万), then at most two
# letters of its unit (元, 盾, 公斤), after a gap.
_HAN_FIGURE_END_RE = re.compile(
    r"[ \t\u3000][〇零一二三四五六七八九十百千万萬两兩]{2,8}[^\W\d]{0,2}$"
)


def han_figure_end(text: str) -> bool:
    """``text`` (a stripped line) ends with a cell that is a figure in Chinese numerals with its
    unit (:data:`_HAN_FIGURE_END_RE`). Constant time (the line's end only is searched)."""
    return _HAN_FIGURE_END_RE.search(text, max(0, len(text) - 12)) is not None
