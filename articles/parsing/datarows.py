"""Short rows of data printed between a story's paragraphs: a price list, a schedule, a forecast.

A market story prints the day's prices as short lines (``青菜 2.5元/斤`` / ``番茄 4元/斤``), a
notice its dates and places (``7月10日 城东片区`` / ``7月11日 城西片区``), a weather story its
forecast (``今天白天 晴 最高气温36℃``): each line a few cells parted by spaces, a figure among
them, no sentence punctuation. Short and without a full stop, such lines look like a deck; but
they are a table inside their story (INPUT.md, "Headlines": lead-in lines ending in ``——`` or
``如下：`` are no new article; tables and statistics boxes stay inside their story), so a run of
them is read as that story's text when it follows a paragraph of the story that announces it
(ends with ``：`` or ``——``), or when its rows hold a column of figures of one form
(``2.5元/斤``, ``4元/斤``) and more text of the same story follows it (:func:`rows_in_story`). A
deck needs a headline's shape; a run of parallel rows of data has none.
:class:`~articles.parsing.tables.TablesMixin` reads the rows.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.furniture import furniture_reason
from articles.parsing.patterns import is_heading_like
from articles.text import fold

_CELL_GAP_RE = re.compile(r"[ \t\u3000]+")
_ROW_LINE = 32  # characters: a row of data is at most this long
_ROW_CELL = 12  # characters: a cell of a row is at most this wide
_ROW_CELLS = 6  # cells a row holds at most (two at least)
_ROWS = 40  # rows of a run looked at, at most (a look ahead, bounded)
# Sentence punctuation no row of data holds (a row ends no sentence and lists no clauses).
_PROSE_MARKS = frozenset("。，！？；,!?;")
# Furniture that may print as a row of data (the weather: 今天 晴 36℃); any other reason
# (a page label with its section, a dated masthead line) is no row of a story's table.
_ROW_FURNITURE = frozenset({None, "weather"})
# The end of a paragraph that announces what follows it (具体安排如下：, 以下是…零售价：, …——).
_LEAD_IN_END_RE = re.compile(r"(?:[:：]|——|--)\s*$")
# A number in a cell (2.5, 10, 9:00 reads as two): what :func:`aligned_figures` takes out.
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_RE = re.compile(r"\d")


def may_be_row(text: str) -> bool:
    """The cheap test first (every line of a page comes here): ``text`` (stripped) is short
    enough for a row of data and holds a digit (:func:`data_row` asks the rest)."""
    return len(text) <= _ROW_LINE and _DIGIT_RE.search(text) is not None


def data_row(text: str) -> int:
    """The number of cells of ``text`` when it is a row of data (``青菜 2.5元/斤``,
    ``7月10日 城东片区``, ``今天白天 晴 最高气温36℃``), else 0: at most :data:`_ROW_LINE`
    characters, two to :data:`_ROW_CELLS` cells parted by spaces (one will do), each at most
    :data:`_ROW_CELL` characters, a digit among them, no sentence punctuation, and no page
    furniture but the weather (a page label with its section, ``A4 要闻``, is none). Constant
    time (the line is short)."""
    t = text.strip()
    if not may_be_row(t):
        return 0  # (the cheap tests first: most lines of a page are text)
    t = fold(t)
    if _PROSE_MARKS.intersection(t):
        return 0
    cells = _CELL_GAP_RE.split(t)
    if not 2 <= len(cells) <= _ROW_CELLS or any(len(cell) > _ROW_CELL for cell in cells):
        return 0
    if furniture_reason(text.strip(), t, {}, top=False) not in _ROW_FURNITURE:
        return 0
    return len(cells)


def rows_end(lines: list[str], number: int) -> int | None:
    """The last line (1-based) of the run of rows of data (:func:`data_row`) that opens on line
    ``number`` of ``lines``: the rows right under it, no blank line between, or, on a page that
    sets a blank line after every line, the rows each one blank line under the one before (as
    the first two stand: the run keeps its spacing). None when the run holds one row only (one
    line is no table) or line ``number`` is no row. Looks at most :data:`_ROWS` rows ahead."""
    if not 0 < number < len(lines) or not data_row(lines[number - 1]):
        return None
    step = 1 if data_row(lines[number]) else 2  # (line number + 1 is lines[number])
    end = number
    while end + step <= len(lines) and end < number + _ROWS * step:
        if (step == 2 and lines[end].strip()) or not data_row(lines[end + step - 1]):
            break
        end += step
    return end if end > number else None


def aligned_figures(rows: list[str]) -> bool:
    """True when the rows of data ``rows`` (:func:`rows_end`; blank lines between them left
    out) hold a column of figures of one form, among the columns they all have: every row's
    cell in it holds a digit and reads the same with its numbers taken out (``2.5元/斤`` and
    ``4元/斤``; ``7月10日`` and ``7月11日``; ``最高气温36℃`` and ``最高气温35℃``). A table's
    column holds one kind of figure; the two lines of a deck that each hold a figure
    (``全市新增就业 12万人`` / ``城镇登记失业率 3.2%``) do not. Linear in the rows."""
    table = [_CELL_GAP_RE.split(fold(row.strip())) for row in rows if row.strip()]
    for column in zip(*table, strict=False):
        if all(any(c.isdigit() for c in cell) for cell in column) and (
            len({_NUMBER_RE.sub("#", cell) for cell in column}) == 1
        ):
            return True
    return False


def rows_in_story(lines: list[str], number: int, tail: str) -> int | None:
    """The last line (1-based) of a run of rows of data on line ``number`` of ``lines``
    (:func:`rows_end`) that is text of the story whose paragraph ends with ``tail`` (that
    paragraph's last line, which ends a sentence): the paragraph announces the rows (ends with
    ``：`` or ``——``: a lead-in, INPUT.md "Headlines"), or the rows hold a column of figures of
    one form (:func:`aligned_figures`) and the next text after the run is more text of the same
    story (a sentence, not a title-like line, opening with no dateline: no new story starts
    there). None when the rows are not the story's (a deck over the next story, a box at the
    foot of the page)."""
    end = rows_end(lines, number)
    if end is None:
        return None
    if _LEAD_IN_END_RE.search(tail):
        return end
    if not aligned_figures(lines[number - 1 : end]):
        return None
    return end if story_text_after(lines, end) else None


def story_text_after(lines: list[str], number: int) -> bool:
    """True when the next text after line ``number`` (1-based) of ``lines`` is more text of the
    story above: a sentence (not a title-like line) opening with no dateline, so no new story
    starts there. Looks at most 50 lines ahead."""
    for raw in lines[number : number + 50]:
        following = raw.strip()
        if following:
            return not is_heading_like(following) and dateline_match(following) is None
    return False


def weather_end(lines: list[str], number: int) -> int:
    """The last line (1-based) of the run of weather lines (``今天白天 晴 最高气温36℃``: page
    furniture by :func:`~articles.parsing.furniture.furniture_reason`) that opens on line
    ``number`` of ``lines``, no blank line between. Looks at most :data:`_ROWS` lines ahead."""
    end = number
    for raw in lines[number : number - 1 + _ROWS]:
        text = raw.strip()
        if not text or furniture_reason(text, fold(text), {}, top=False) != "weather":
            break
        end += 1
    return end
