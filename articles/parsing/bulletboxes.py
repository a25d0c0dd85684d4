"""A box's label over briefs whose titles each open with a bullet (INPUT.md, "Page furniture"
and "Headlines"): a short name alone in its block (``街坊事`` / blank) over two items or more,
each a title line opened by a bullet (``●菜场早市提前开门``) over its text, set apart from it by a
blank line or not. The name labels every item, so it is the box's (set aside as
``briefs-label`` by :meth:`~articles.parsing.boxlabels.BoxLabelsMixin._box_labels`), not the
first item's 引题: a kicker is printed with its headline, not a blank line above it and a bullet
between. Boxes whose titles sit right over their text without bullets are
:func:`~articles.parsing.boxlabels._briefs_at`'s. A name printed right over the first bulleted
title, no blank line between (``鄉訊點滴`` / ``▲沙塘鄉僑屬辦起家庭農場``), read as one heading with
it, is the box's label all the same (:func:`label_glued_over_bulleted_titles`).
"""

from __future__ import annotations

from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import SECTION_NAME_RE
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_ITEM_MARKS = "●■◆▲★☆○□◇△•"  # bullets that open a titled brief's title line


def label_over_bulleted_titles(lines: list[str], flow: list, index: int) -> bool:
    """``flow[index]`` (a one-line heading holding a short name: the caller's test) stands alone
    in its block, a blank line above and under it in ``lines`` (the page's lines; a heading's
    ``line`` is 1-based), over two titled briefs or more (:func:`_bulleted_briefs_at`)."""
    heading = flow[index]
    if not heading.after_blank or heading.line >= len(lines) or lines[heading.line].strip():
        return False
    return _bulleted_briefs_at(flow, index + 1) >= 2


def _bulleted_briefs_at(flow: list, index: int) -> int:
    """How many titled briefs ``flow[index:]`` opens with: each a one-line heading opened by a
    bullet (``●共享书屋开放``) over one paragraph or more, the title on a line of its own. 0 when
    an item's title has no text under it (a list of titles, not a box of briefs) or runs in
    before its text on the same line (``■　书市　周六在…``: the items of the story the name
    heads, as a 周末去哪儿 box prints them)."""
    items = 0
    at = index
    while at < len(flow) and _bulleted_title(flow[at]):
        at += 1
        if at >= len(flow) or not isinstance(flow[at], Para) or flow[at].line <= flow[at - 1].line:
            return 0  # (a title run in before its text on one line: items of one story)
        while at < len(flow) and isinstance(flow[at], Para):
            at += 1
        items += 1
    return items


def _bulleted_title(unit) -> bool:
    """``unit`` is a one-line heading opened by a bullet, with a title after it."""
    if not isinstance(unit, Heading) or len(unit.lines) != 1:
        return False
    text = unit.lines[0].strip()
    return len(text) > 2 and text[0] in _ITEM_MARKS


def _opens_block(flow: list, index: int) -> bool:
    """``flow[index]`` (a heading) opens a block: after a blank line, after a picture, or, on a
    page that prints no blank lines, after a paragraph that ended its sentence (or a story's
    closing line)."""
    unit = flow[index]
    if unit.after_blank or unit.after_photo:
        return True
    before = flow[index - 1] if index else None
    return (isinstance(before, Para) and before.terminated) or (
        isinstance(before, Special) and before.kind == "end"
    )


def label_glued_over_bulleted_titles(flow: list, index: int) -> str:
    """When ``flow[index]`` is a heading of two lines opening a block (:func:`_opens_block`), a short name
    (:data:`~articles.parsing.patterns.SECTION_NAME_RE`, no bullet) over a bulleted title, and
    that title and the next bulleted title each head their text (two titled briefs or more:
    :func:`_bulleted_briefs_at`), the name is the box's label: ``flow`` is changed in place (a
    break, then the title alone as the heading) and the name returned; else ``""`` and nothing
    changed. Constant time but for the briefs counted."""
    unit = flow[index]
    if not isinstance(unit, Heading) or len(unit.lines) != 2 or not _opens_block(flow, index):
        return ""
    name, title = unit.lines[0].strip(), unit.lines[1].strip()
    if not name or name[0] in _ITEM_MARKS or not SECTION_NAME_RE.match(fold(name)):
        return ""
    item = Heading(unit.line + 1, [title])
    if not _bulleted_title(item) or _bulleted_briefs_at([item, *flow[index + 1 :]], 0) < 2:
        return ""
    flow[index : index + 1] = [Special(unit.line, "break", ""), item]
    return name


_BRIEF_ITEMS = 2  # titled briefs under a box's label, at least


def label_glued_over_titled_briefs(flow: list, index: int) -> str:
    """On a page that prints no blank lines, when ``flow[index]`` is a heading of two lines
    opening a block (:func:`_opens_block`), a short name (:data:`~articles.parsing.patterns.
    SECTION_NAME_RE`) over a title, and that title and the next heading's each one line over one
    paragraph and its closing lines (a source, ``（摘自《…》）``), two items or more (``开心一刻``
    / ``找钱`` / text / ``近视`` / text, none dated, down to the flow's end): the name is the box's
    label, as a name alone in its block
    is over such briefs (:func:`~articles.parsing.boxlabels._briefs_at`); ``flow`` is changed in
    place (a break, then the title alone) and the name returned; else ``""``."""
    unit = flow[index]
    if not isinstance(unit, Heading) or len(unit.lines) != 2 or not _opens_block(flow, index):
        return ""
    name = unit.lines[0].strip()
    if not name or name[0] in _ITEM_MARKS or not SECTION_NAME_RE.match(fold(name)):
        return ""
    at, items = index + 1, 0
    while at < len(flow):
        para = flow[at]
        if not isinstance(para, Para) or dateline_match(para.text):
            return ""  # (a dated story under the title: news, not a box's item)
        at += 1
        while at < len(flow) and isinstance(flow[at], Special) and flow[at].kind == "end":
            at += 1
        items += 1
        if at >= len(flow):
            break
        if not isinstance(flow[at], Heading) or len(flow[at].lines) != 1:
            return ""  # (a second paragraph, or a deck: a story, not a brief)
        at += 1
    if items < _BRIEF_ITEMS:
        return ""
    flow[index : index + 1] = [
        Special(unit.line, "break", ""),
        Heading(unit.line + 1, unit.lines[1:]),
    ]
    return name
