"""OCR'd prose in columns of several widths: its cut lines are text, not headlines.

An unreviewed OCR pass over a page of several columns (a lead in a box, the main text, a side
story, each its own width) gives lines cut mid-sentence whose lengths spread over all those
widths, widened again by OCR's stray spaces (``受困`` / ``擾長者…``, ``他曾經接觸過一個`` /
``本身做廚師…``), so that no one width stands out for
:func:`~articles.parsing.layout.column_width`. Such a page is still a page of cut lines
(INPUT.md, "Encoding and layout": a short line is not a headline because it is short; join
such lines into paragraphs): :func:`cut_prose_lines` says so from the lines alone, and on it a
title-like line that reads as prose (:func:`prose_line`: a comma inside, also one OCR misread
as ``'`` or ``.``) is text, and so is a heading line right over such a line as wide as it
(:func:`head_over_prose`). Pure functions over the page's lines and the reader's flow.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import (
    COMMA_INSIDE_RE,
    NUMBERED_HEAD_RE,
    ends_sentence,
    is_heading_like,
)
from articles.parsing.units import Heading, Para

_CUT_MIN, _CUT_MAX = 4, 30  # characters: the length of a cut line of a narrow column
_PROSE_LINE = 12  # characters: a title-like line this long with a comma inside is text
_COMMA_RE = re.compile("[，,、；]")
# OCR's misread comma: a straight quote or a stop between two Han characters (or a Han
# character and a figure: ``調查顯示 ' 33.9%``), spaces around it or not. Printed quotes are
# curly and paired, and a stop between two Han characters is no Chinese sentence's end.
_OCR_COMMA_RE = re.compile(r"[\u4e00-\u9fff][ \t]*['.][ \t]*[\u4e00-\u9fff0-9]")
_DECK_REACH = 4  # lines: a deck's lines under a line, down to its story's dateline, at most
_EXCLAIMED = frozenset("！？!?")  # a line ending so is a whole sentence (a slogan), not cut text
_SAME_WIDTH = 0.75  # share of the line under it a heading line reaches when both are cut text


def cut_prose_lines(lines: list[str]) -> bool:
    """Whether the page (``lines``) is set in lines cut mid-sentence whatever their widths: at
    least half of its non-blank lines are 4 to 30 characters long and end without sentence
    punctuation, at least four, and one in five of those holds a comma before its last
    character (prose, not a list of titles or furniture). Linear in the page's lines."""
    total, texts = cut_lines(lines)
    cut = len(texts)
    prose = sum(1 for text in texts if comma_inside(text, len(text) - 1))
    return cut >= 4 and cut * 2 >= total and prose * 5 >= cut


def comma_inside(text: str, end: int) -> bool:
    """A comma (``，,、；``) in ``text`` before ``end`` that is prose's: not the mark of the item
    number opening a numbered head (``一、及时补充水分``, ``2、…``): such a head is a whole line
    of its own, and its 、 says nothing about a column cutting sentences. Constant time."""
    number = NUMBERED_HEAD_RE.match(text)
    return _COMMA_RE.search(text, number.end() if number else 0, end) is not None


def cut_lines(lines: list[str]) -> tuple[int, list[str]]:
    """``(non-blank lines, the cut ones)``: of ``lines``, stripped, those :data:`_CUT_MIN` to
    :data:`_CUT_MAX` characters long that end without sentence punctuation (cut mid-sentence
    in a column; :func:`cut_prose_lines`, ``layout.column_width``)."""
    total, cut = 0, []
    for raw in lines:
        text = raw.strip()
        if text:
            total += 1
            if _CUT_MIN <= len(text) <= _CUT_MAX and not ends_sentence(text):
                cut.append(text)
    return total, cut


def prose_line(text: str) -> bool:
    """On a page of cut prose lines, a title-like line ``text`` that is a piece of running
    text: :data:`_PROSE_LINE` characters or more with a comma inside, or a comma OCR misread as
    a straight quote or a stop (:data:`_OCR_COMMA_RE`: ``個案'發現``, ``照顧者 . 負責``). A
    deck line is a phrase; a head with a comma in it is short. Not a line that ends with ``！``
    or ``？``: a whole sentence (a slogan, a call), not a line the column cut. Constant time."""
    if len(text) < _PROSE_LINE or text.rstrip()[-1] in _EXCLAIMED:
        return False
    return COMMA_INSIDE_RE.search(text.rstrip()) is not None or bool(_OCR_COMMA_RE.search(text))


def deck_over_dateline(lines: list[str], number: int) -> bool:
    """The line ``number`` (1-based) of ``lines`` stands over a dated story's first line: the
    next non-blank lines (:data:`_DECK_REACH` at most) are title-like down to one opening with
    a dateline. Then it is a deck line (``暴雨夜，十二名被困群众获救`` over ``本报讯（记者…``),
    whatever its commas say. Constant time."""
    seen = 0
    for raw in lines[number : number + 2 * _DECK_REACH]:
        text = raw.strip()
        if not text:
            continue
        if dateline_match(text):
            return True
        seen += 1
        if seen >= _DECK_REACH or not is_heading_like(text):
            return False
    return False


def _printed_width(text: str) -> int:
    """Characters printed, OCR's spaces left out."""
    return len(text) - text.count(" ") - text.count("\t") - text.count("\u3000")


def head_over_prose(flow: list, number: int, text: str) -> bool:
    """On a page of cut prose lines, the prose line ``text`` (:func:`prose_line`, line
    ``number``) right under a one-line heading (the last unit of ``flow``, on the line above:
    no blank line between) at least :data:`_SAME_WIDTH` as wide (OCR's spaces left out) goes on
    it: the heading line is the paragraph's first line, cut by the same column
    (``香港明愛…督導主任陳淑`` / ``嫻指出 ' 這可能…``); a crosshead is narrower than its
    column; a line opening with a dateline starts a story. Changes ``flow`` (the heading becomes that paragraph) and says True; False, and
    nothing changed, otherwise. Constant time."""
    last = flow[-1] if flow else None
    if not isinstance(last, Heading) or len(last.lines) != 1 or last.line != number - 1:
        return False
    head = last.lines[0]
    if not prose_line(text) or ends_sentence(head) or dateline_match(text):
        return False
    if _printed_width(head) < _SAME_WIDTH * _printed_width(text):
        return False
    para = Para(last.line, head)
    para.add(text)
    flow[-1] = para
    return True
