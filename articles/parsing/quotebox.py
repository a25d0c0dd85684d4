"""A boxed quotation printed beside the stories (INPUT.md, "Page furniture": boxes and slogans;
front pages of the 1960s and 1970s print one beside the masthead): its label alone on a line
(``毛主席语录``, ``【语录】``, ``最高指示``), the quote under it, and its source (``——《…》``); also
the same drawn in box-drawing characters, as a text copy of such a page draws the box's frame
(``┌──┐`` / ``│ 毛主席语录 │`` / ``│ 为人民服务。│`` / ``└──┘``: :func:`drawn_box_end`). Used by
the reader (:class:`~articles.parsing.readboxes.BoxesMixin`) and by the layout's deck bounds
(:func:`~articles.parsing.headframes.furniture_lines`).
"""

from __future__ import annotations

from articles.parsing.header_patterns import QUOTATION_LABEL_RE
from articles.parsing.patterns import SPACE_RUN_RE
from articles.text import fold

_QUOTE_LINES = 12  # lines a boxed quotation holds at most (no end found: no box)
_QUOTE_PHRASE = 16  # characters: a quote of one phrase, no punctuation (为人民服务), at most
_QUOTE_LABEL = 12  # characters: a quotation box's label is at most this long
_SENTENCE_ENDS = "。！？!?…”」』"
_PHRASE_MARKS = "，。、；：！？,;:!?"


def quotation_end(lines: list[str], number: int) -> int | None:
    """When line ``number`` (1-based) of ``lines`` is a quotation box's label
    (:data:`~articles.parsing.header_patterns.QUOTATION_LABEL_RE`), the last line (1-based) of
    the quote under it: a phrase alone without punctuation (``为人民服务``), else the lines down
    to the one that ends a sentence (``。！？…”``), with the source line under it when one is
    printed (``——《…》``), or further short quotes each a sentence on its line down to a blank
    line (:func:`_more_quotes`). None when the line is no label, or no end is found within
    :data:`_QUOTE_LINES` lines, or a blank line comes first."""
    label = lines[number - 1].strip()
    if len(label) > _QUOTE_LABEL or not QUOTATION_LABEL_RE.match(SPACE_RUN_RE.sub("", fold(label))):
        return None
    quoted = 0
    for index in range(number, min(len(lines), number + _QUOTE_LINES)):
        line = lines[index].strip()
        if not line:
            if quoted:
                return None
            continue
        quoted += 1
        phrase = quoted == 1 and len(line) <= _QUOTE_PHRASE and _phrase_alone(lines, index + 1)
        if (phrase and not any(c in _PHRASE_MARKS for c in line)) or line[-1] in _SENTENCE_ENDS:
            end = index + 1 + _quote_source(lines, index + 1)
            return end if end > index + 1 else _more_quotes(lines, end)
    return None


def _phrase_alone(lines: list[str], index: int) -> bool:
    """The line before ``lines[index]`` is a whole quote of one phrase (为人民服务): what follows
    it is a blank line, the page's end, the quote's source, or a title (no punctuation in it,
    no sentence's end: the first headline right under the box). A short line run on by the next
    (我們的工人同志们要团結 / 起来，把生產搞上去，…。) is an OCR's cut of a longer quote."""
    if index >= len(lines):
        return True
    following = lines[index].strip()
    if not following or _quote_source(lines, index):
        return True
    return following[-1] not in _SENTENCE_ENDS and not any(c in _PHRASE_MARKS for c in following)


_MORE_QUOTE = 24  # characters: a further short quote of the same box is at most this long


def _more_quotes(lines: list[str], end: int) -> int:
    """The last line (1-based) of a box holding several short quotes, each a sentence on its
    own line (毛主席语录 / 农业学大寨。 / 备战、备荒、为人民。): the lines right under the first
    quote's ``end`` (no blank line between) that each end a sentence and are at most
    :data:`_MORE_QUOTE` characters long, down to a blank line. A line that ends no sentence
    (a headline) ends the box where it was, the box's block not closed by a blank line."""
    index = end
    while index < min(len(lines), end + _QUOTE_LINES):
        line = lines[index].strip()
        if not line:
            return index
        if len(line) > _MORE_QUOTE or line[-1] not in _SENTENCE_ENDS:
            return end
        index += 1
    return end if index < len(lines) else index


def quotation_lines(lines: list[str]) -> frozenset[int]:
    """The numbers (1-based) of every quotation box's lines on the page (label, quote, source;
    a drawn box's frame too): furniture by their form. Only lines saying 语录 or 指示, and the
    top lines of drawn boxes, are tried; linear in the page."""
    found: set[int] = set()
    for number, raw in enumerate(lines, 1):
        if raw.lstrip()[:1] in _TOP_CORNERS:
            end = drawn_box_end(lines, number)
            if end is not None:
                found.update(range(number, end + 1))
        elif ("语录" in raw or "語錄" in raw or "指示" in raw) and len(raw.strip()) <= _QUOTE_LABEL:
            end = quotation_end(lines, number)
            if end is not None:
                found.update(range(number, end + 1))
    return frozenset(found)


_TOP_CORNERS = "┌╔┏╭"
_TOP_ENDS = "┐╗┓╮"
_BOTTOM_CORNERS = "└╚┗╰"
_BOTTOM_ENDS = "┘╝┛╯"
_SIDES = "│║┃"


def _frame_line(line: str, corners: str, ends: str) -> bool:
    """``line`` (stripped) is a box's top or bottom frame: a corner, rules, a corner."""
    return (
        len(line) >= 3
        and line[0] in corners
        and line[-1] in ends
        and all("\u2500" <= c <= "\u257f" or c.isspace() for c in line[1:-1])
    )


def drawn_box_end(lines: list[str], number: int) -> int | None:
    """When line ``number`` (1-based) of ``lines`` is the top frame of a box drawn in
    box-drawing characters (``┌──────┐``) whose first line inside is a quotation box's label
    (``│  毛主席语录  │``: the sides taken off), the number of its bottom frame line
    (``└──────┘``), found within :data:`_QUOTE_LINES` lines, every line between opening with a
    side (``│``). None otherwise: a drawn box of anything else is left to the reader."""
    if not _frame_line(lines[number - 1].strip(), _TOP_CORNERS, _TOP_ENDS):
        return None
    inside: list[str] = []
    for index in range(number, min(len(lines), number + _QUOTE_LINES + 1)):
        line = lines[index].strip()
        if _frame_line(line, _BOTTOM_CORNERS, _BOTTOM_ENDS):
            label = next((text for text in inside if text), "")
            if QUOTATION_LABEL_RE.match(SPACE_RUN_RE.sub("", fold(label))):
                return index + 1
            return None
        if not line or line[0] not in _SIDES:
            return None
        inside.append(line.strip(_SIDES + " \u3000"))
    return None


def _quote_source(lines: list[str], index: int) -> int:
    """1 when ``lines[index]`` is a quote's source (``——《矛盾论》``, ``《为人民服务》``), else 0."""
    line = lines[index].strip() if index < len(lines) else ""
    source = line.lstrip("—－-")
    return int(len(line) <= 30 and source.startswith("《") and line.endswith(("》", "）")))
