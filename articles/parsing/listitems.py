"""Short lines of OCR columns that the layout sets as text or as a numbered item's title.

Used by :mod:`~articles.parsing.reader` on a page set in short cut lines (the column's width
from :func:`~articles.parsing.layout.column_width`): a paragraph's first line whose indent the
OCR lost is text, not a crosshead (:func:`indent_lost`); the numbered items of a 简讯 box
(``1.红星大队建成`` / ``  电力排灌站`` / ``  红星大队自力更`` / ``生建成…``) are each a title over
a story (:func:`list_item_title`, :func:`list_title_goes_on`), and so is a bulleted title
over its text (:func:`bulleted_title`). INPUT.md, "Encoding and layout"
(a short line is a headline only when the layout says so) and "Headlines" (numbered title
lists ``1. 标题``: each item a story).
"""

from __future__ import annotations

import re
from collections.abc import Container

from articles.parsing.datelines import dateline_match
from articles.parsing.layout import is_indented, next_text, printed_size
from articles.parsing.patterns import (
    BARE_NUMERAL_RE,
    COMMA_INSIDE_RE,
    LIST_NUMBER_RE,
    NUMBERED_HEAD_RE,
    QA_LINE_RE,
    ends_sentence,
    is_heading_like,
)
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_TITLE_BULLETS = "◆◇■□●○★☆▲△"  # marks that open a brief's title line


def indent_lost(
    lines: list[str], width: int, headlines: Container[int], number: int, text: str, last
) -> bool:
    """A short line ``text`` (on line ``number``, 1-based, of ``lines``) printed right under a paragraph
    ``last`` that ended a sentence (no blank line between: the caller reads it as not starting
    a block) and over a full-width line of the column (``width``) that ends no sentence is a
    paragraph's first line whose indent the OCR lost (``万八千亩。`` / ``东风公社十个`` /
    ``大队的社员天不`` / ``亮就下田，中午``): the column cut it, it is no crosshead. A shorter
    line of cut text under it does as well (:func:`_cut_prose_line`). A section
    head by its form (numbered, a numeral alone: ``一``, a question, a brief's title opened by
    its bullet: ``◆…``) and a line over a dateline or a headline the layout
    set (line numbers in ``headlines``) are left alone. Constant time."""
    if not (isinstance(last, Para) and last.terminated) or number >= len(lines):
        return False
    if NUMBERED_HEAD_RE.match(text) or BARE_NUMERAL_RE.match(text) or text.endswith(("？", "?")):
        return False
    if text[0] in _TITLE_BULLETS:
        return False  # (◆闽东同乡会组团回乡考察: a brief's bulleted title, no lost indent)
    following = lines[number].strip()
    return (
        bool(following)
        and (
            printed_size(lines, number + 1, following) >= width - 1
            or _cut_prose_line(lines, number + 1, following)
        )
        and not ends_sentence(following)
        and dateline_match(following) is None
        and number + 1 not in headlines
    )


def _cut_prose_line(lines: list[str], number: int, text: str) -> bool:
    """A line ``text`` (line ``number``, 1-based) short of the column's width that is still a
    line of cut text, not a headline's second line: a comma inside it parts two clauses and
    the text runs on in the line under it (``二十多名，分赴各个`` / ``工地，帮助…``), as an OCR'd
    column's lines vary in width. Constant time."""
    return (
        COMMA_INSIDE_RE.search(text) is not None
        and number < len(lines)
        and bool(lines[number].strip())
    )


# A list item's number and its title (1.红星大队建成, ２．县医院…, 3、城关…): not 1.5亿元.
_ITEM_TITLE_RE = re.compile(r"^(?P<number>[0-9]{1,2})[.、]\s*(?=[^\d\s])")
_ITEM_LOOK_BACK = 12  # units: the text of the item before, at most


def _item_number(text: str) -> int | None:
    match = _ITEM_TITLE_RE.match(fold(text.strip()))
    return int(match.group("number")) if match else None


def list_item_title(flow: list, text: str, block_start: bool, titles: Container[int]) -> bool:
    """A numbered line (``1.红星大队建成``) is the title of an item of a numbered list of
    stories (a 简讯 box), even at the column's full width: item 1 right after a box's label or
    an archive's separator (a ``break`` in ``flow``), item *n* under the text of item *n − 1*
    (its title's first line among ``titles``). Title-like (no sentence end, no comma inside);
    ``block_start``: the line follows a blank line (item 1 may stand there too). Looks back at
    most :data:`_ITEM_LOOK_BACK` units."""
    number = _item_number(text)
    if number is None or not is_heading_like(text) or COMMA_INSIDE_RE.search(text):
        return False
    last = flow[-1] if flow else None
    if number == 1:
        return isinstance(last, Special) and last.kind == "break"
    if not (isinstance(last, Para) and last.terminated):
        return False
    for unit in flow[-1 : -_ITEM_LOOK_BACK - 1 : -1]:
        if isinstance(unit, Heading):
            return unit.line in titles and _item_number(unit.lines[0]) == number - 1
        if not isinstance(unit, Para):
            return False
    return False


def list_title_goes_on(
    lines: list[str], number: int, last, block_start: bool, titles: Container[int]
) -> bool:
    """The line ``number`` (1-based) is the rest of a numbered item's title ``last`` (its
    first line among ``titles``) cut by the column: set with a hanging indent, the title's
    second line is indented, short and title-like, and so is the item text's first line under
    it (``1.红星大队建成`` / ``  电力排灌站`` / ``  红星大队自力更``). Constant time."""
    if block_start or not isinstance(last, Heading) or last.line not in titles:
        return False
    if len(last.lines) != 1 or number >= len(lines):
        return False
    raw, following = lines[number - 1], lines[number]
    text = raw.strip()
    return (
        is_indented(raw)
        and is_indented(following)
        and is_heading_like(text)
        and not COMMA_INSIDE_RE.search(text)
        and dateline_match(text) is None
    )


_BULLETS = "●■◆★☆○□◇•"  # marks that open the items of a box of briefs (▲ points at a photo)


def bulleted_title(lines: list[str], width: int, number: int, text: str) -> bool:
    """A title-like line ``text`` (on line ``number``, 1-based) opened by a bullet
    (``■第三届临江马拉松开始报名``) right over its item's text set whole on one line (it ends a
    sentence, or runs wider than the column's ``width``), not another title: a brief's title in
    a box of briefs, even at the column's full width; a line the column cut never opens with a
    bullet. Constant time."""
    if not text or text[0] not in _BULLETS or COMMA_INSIDE_RE.search(text):
        return False
    following = lines[number].strip() if number < len(lines) else ""
    return (
        bool(following)
        and following[0] not in _BULLETS
        and not is_heading_like(following)
        and (ends_sentence(following) or len(following) > width + 2)
    )


# A list number glued to its title (2.县医院…): a digit after the dot would be a decimal (1.5亿).
_LIST_TITLE_RE = re.compile(r"^[0-9]{1,3}[.、](?=[^\d\s.])")


def list_number(line: str) -> int | None:
    """The number of a list item's title (``2. 标题``, ``2.标题``: 2), or None."""
    match = LIST_NUMBER_RE.match(fold(line.strip())) or _LIST_TITLE_RE.match(fold(line.strip()))
    return int("".join(ch for ch in match.group() if ch.isdigit())) if match else None


def column_line(lines: list[str], width: int, number: int, text: str) -> bool:
    """The title-like line ``text`` (line ``number``, 1-based) is as wide as the page's column
    (``width``, its indent included: :func:`~articles.parsing.layout.printed_size`), so a line
    the column cut, not a heading; but not a bulleted title over its item's text
    (:func:`bulleted_title`), nor a line (not an interview's question, ``记者：…？``) standing
    alone between blank lines over a text line
    more than twice the column's width (``一、把握好…的关系`` over a paragraph printed whole on
    its line): that text is not set in the column, so neither is the line over it (a story in
    long lines on a page that holds a narrow column too). Constant time."""
    if printed_size(lines, number, text) < width - 1:
        return False
    if bulleted_title(lines, width, number, text):
        return False
    if (number >= 2 and lines[number - 2].strip()) or number >= len(lines):
        return True
    if QA_LINE_RE.match(fold(text)):
        return True  # (记者：…？ over its answer: an interview's question, text as before)
    if lines[number].strip():
        return True
    following = next_text(lines, number)
    return following is None or len(following) <= 2 * width
