"""An itinerary's day head, and a line giving one fact of a notice, an advertisement or a tour: a field's label, a colon and
its value (``团费：1680元/人``, ``出团日期：10月1日、3日、5日``, ``开奖日期：2014年9月21日``).
Short and without sentence punctuation, it looks like a heading; it is the text of the piece it
stands in (INPUT.md, "Headlines": a headline says what the story is about; a price or a date
under its label says none of that)."""

from __future__ import annotations

import re

from articles.text import HAN, fold

# The label: a few Han characters ending in the word of a price or a date; then a colon and a
# value opening with a figure (1680元, 10月1日; folded, digits are ASCII). Not a phone's, an
# address's or opening hours' line (新闻热线：96118, 时间：…　地点：…): a page's or a box's
# furniture as often, read as before.
_FACT_FIELD_RE = re.compile(rf"^[{HAN}]{{0,4}}(?:费|价|价格|票价|日期)\s*[:：]\s*[0-9]")


def fact_field(text: str) -> bool:
    """Whether the stripped line ``text`` (folded) is such a field line (cheap: a colon first)."""
    return ("：" in text or ":" in text) and _FACT_FIELD_RE.match(text) is not None


# A day of an itinerary heading its programme: D1　省城—武夷山, Day 2 古城, 第三天：… (folded).
_DAY_HEAD_RE = re.compile(
    r"^(?:D|Day\s?)[0-9]{1,2}(?:[\s:：]|$)|^第[一二三四五六七八九十0-9]{1,3}天"
)


def day_head(line: str) -> bool:
    """An itinerary's day head (``D2　九曲溪竹筏``, ``第三天``): a section head by its form, each
    day's programme under it a part of one tour's story, never a story of its own nor a brief."""
    return bool(_DAY_HEAD_RE.match(fold(line.strip())))
