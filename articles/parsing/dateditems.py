"""A box's label over briefs that each open with their own day (``街道动态`` / ``6月8日，街道组织…。``
/ ``6月9日，青杉街道“邻里节”…。``): the label is the box's, set aside as ``briefs-label``, and each
item is a headless story of its own.

A community or trade paper prints its short news as a box: a name saying what kind of box it is
(``街道动态``, ``社区简讯``, ``工会快讯``), then items of one or two sentences with no title and no
dateline, each opening with the day it happened. An item that opens with its own day reports one
thing that happened that day, as a dated brief reports (INPUT.md, "Headlines" and "Bylines,
datelines": a dateline starts a story; the box's name is no headline, as ``本期导读`` boxes'
names are none, "Page furniture"). A bare date is no dateline (the story's dateline stays ``""``);
it is what makes each item a report of its own.

Near misses, left as they were: a box's name over items that open otherwise (``●一家研究机构
预测…``: its items, undated, stay the text of one story under it as its headline,
tests/parsing/test_box_of_dated_bulleted_briefs.py); a headline that is no box's name (``抗洪
纪事``, ``大事记``) over a chronicle whose paragraphs open with days (one story); a single dated
item; items too long for briefs (:data:`_ITEM`).

Pure: reads the reader's flow (:mod:`~articles.parsing.units`), changes nothing itself.
"""

from __future__ import annotations

import re

from articles.parsing.units import Heading, Para
from articles.text import HAN, fold

# What a box of short news is named by (街道动态, 社区简讯, 工会快讯, 本周短讯): up to six characters
# before the kind of box.
_BOX_KIND_RE = re.compile(
    rf"^[{HAN}]{{0,6}}(?:动态|简讯|快讯|短讯|速递|播报|点滴|短波|集锦|简报|传真|一览)$"
)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# An item opening with its day: 6月8日，… / 6月8日上午，… / 十二日，… / 8日晚，…
_DAY_OPENING_RE = re.compile(rf"^(?:{_DAY}月)?{_DAY}日[上下中早晚午夜间前后]{{0,2}}[，,]")
_ITEM = 200  # characters: a brief is one or two sentences, at most this long
_ITEMS = 2  # items at least under the label (one dated paragraph is a story under its headline)


def dated_items_under(flow: list, index: int) -> list[int] | None:
    """The indices in ``flow`` of the items under the box label ``flow[index]`` when it is one:
    a one-line heading naming a kind of box (:data:`_BOX_KIND_RE`) right over items that each
    open with their day (:func:`dated_items_from`). None otherwise (see the module docstring)."""
    heading = flow[index]
    if not isinstance(heading, Heading) or len(heading.lines) != 1:
        return None
    if not _BOX_KIND_RE.match(fold(heading.lines[0]).strip()):
        return None
    return dated_items_from(flow, index + 1)


def dated_items_from(flow: list, start: int) -> list[int] | None:
    """The indices of the paragraphs ``flow[start:]`` when they are :data:`_ITEMS` or more, each
    opening with its day (:data:`_DAY_OPENING_RE`) and at most :data:`_ITEM` characters long, up
    to the page's end or the next unit that is no paragraph (a heading, a break, a byline): the
    items of a box whose label stands right over them (the caller's test), each a story. None
    otherwise. Linear in the items."""
    items: list[int] = []
    at = start
    while at < len(flow) and isinstance(flow[at], Para):
        text = fold(flow[at].text).strip()
        if len(text) > _ITEM or not _DAY_OPENING_RE.match(text):
            return None
        items.append(at)
        at += 1
    return items if len(items) >= _ITEMS else None
