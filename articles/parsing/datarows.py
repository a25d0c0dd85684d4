"""Short rows of data printed between a story's paragraphs: a price list, a schedule, a forecast.

A market story prints the day's prices as short lines (``青菜 2.5元/斤`` / ``番茄 4元/斤``), a
notice its dates and places (``7月10日 城东片区`` / ``7月11日 城西片区``), a weather story its
forecast (``今天白天 晴 最高气温36℃``): each line a few cells parted by spaces, or a label and
its value parted by a colon (``青菜：2.5元/斤``, ``开放时间：9:00—17:00``: :func:`label_row`), a
figure among them, no sentence punctuation. Short and without a full stop, such lines look like
a deck; but they are a table inside their story (INPUT.md, "Headlines": lead-in lines ending in
``——`` or ``如下：`` are no new article; tables and statistics boxes stay inside their story), so
a run of them is read as that story's text when it follows a paragraph of the story that
announces it (ends with ``：`` or ``——``; the rows then may be of one cell, ``7月10日（周五）
城东片区``, or a label and its value with no figure, ``地点：市民广场`` (:func:`label_word_row`),
and no dateline opens the text after them, or the run's last lines, opening unlike
its rows or breaking their column of figures, are the deck over that dateline:
:func:`rows_over_deck`, :func:`rows_then_deck`; items ``一、…`` / ``二、…`` leave the title lines
under them to that dateline: :func:`items_over_deck`), or when its rows hold a column of
figures of one form (``2.5元/斤``, ``4元/斤``) or are all a label and its value
(:func:`label_rows`) and either more text of the same story follows it or title lines follow
its last row with no blank line, or after one blank line over the next story's dateline
(:func:`deck_glued_under`: a deck holds no table's rows) —
but one or two label lines in a block of their own, a blank line over and under them, with
no lead-in over them, stand where a deck stands (``南通：前三季度GDP增长6.5%`` / ``工业：增加值
增长8.1%``) and are left to the reader (:meth:`~articles.parsing.pagerows.PageRows.in_story`).
A deck needs a headline's shape; a run of parallel rows of data has none. A run is as long as
its rows go (a price list of hundreds of rows), each line read once.
:class:`~articles.parsing.tables.TablesMixin` reads the rows; :mod:`~articles.parsing.pagerows`
finds the runs.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.furniture import furniture_reason
from articles.parsing.hanfigures import han_figure_end
from articles.parsing.patterns import NUMBERED_HEAD_RE, QA_LINE_RE, find_markers, is_heading_like
from articles.text import fold

_CELL_GAP_RE = re.compile(r"[ \t\u3000]+")
_ROW_LINE = 32  # characters: a row of data is at most this long
_ROW_CELL = 12  # characters: a cell of a row is at most this wide
_ROW_CELLS = 6  # cells a row holds at most (two at least)
_ROW_LABEL = 8  # characters: a row's label before its colon is at most this long
_WEATHER_ROWS = 40  # weather lines of a run looked at, at most (a look ahead, bounded)
# Sentence punctuation no row of data holds (a row ends no sentence and lists no clauses).
_PROSE_MARKS = frozenset("。，！？；,!?;")
# Furniture that may print as a row of data (the weather: 今天 晴 36℃); any other reason
# (a page label with its section, a dated masthead line) is no row of a story's table.
_ROW_FURNITURE = frozenset({None, "weather"})
# The end of a paragraph that announces what follows it (具体安排如下：, 以下是…零售价：, …——).
LEAD_IN_END_RE = re.compile(r"(?:[:：]|——|--)\s*$")
# A number in a cell (2.5, 10, 9:00 reads as two): what :func:`aligned_figures` takes out.
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_RE = re.compile(r"\d")
# A row of a label and its value parted by a colon (青菜：2.5元/斤, 开放时间：9:00—17:00): the label
# letters only, the value a figure in it (see :func:`label_row`).
# A wide gap between the cells of a row of words: a full-width space, a tab or two spaces (one
# space parts the words of a name or a phrase, never a table's columns).
_WIDE_GAP_RE = re.compile(r"[ \t\u3000]*(?:\u3000|\t| {2})[ \t\u3000]*")
_LABEL_ROW_RE = re.compile(
    rf"(?P<label>[^\W\d_]{{1,{_ROW_LABEL}}})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S(?:.*\S)?)"
)


def may_be_row(text: str) -> bool:
    """The cheap test first (every line of a page comes here): ``text`` (stripped) is short
    enough for a row of data and holds a digit, opens with an item's number (``一、``: a row
    of one cell under a lead-in), has a wide gap inside (``东园　　东大街``: a row of words
    under a lead-in, :func:`word_row`) or a colon (``地点：市民广场``, :func:`label_word_row`); :class:`~articles.parsing.pagerows.PageRows` asks the rest."""
    return len(text) <= _ROW_LINE and (
        _figure(text)
        or NUMBERED_HEAD_RE.match(text) is not None
        or _WIDE_GAP_RE.search(text) is not None
        or ":" in text
        or "：" in text
    )


def _figure(text: str) -> bool:
    """``text`` holds a figure: a digit, or a last cell in Chinese numerals with its unit
    (:func:`~articles.parsing.hanfigures.han_figure_end`: ``上等白米（每擔）　六〇〇元``)."""
    return _DIGIT_RE.search(text) is not None or han_figure_end(text)


def data_row(text: str) -> int:
    """The number of cells of ``text`` when it is a row of data (``青菜 2.5元/斤``,
    ``7月10日 城东片区``, ``今天白天 晴 最高气温36℃``), else 0: at most :data:`_ROW_LINE`
    characters, two to :data:`_ROW_CELLS` cells parted by spaces (one will do), each at most
    :data:`_ROW_CELL` characters, a figure among them (:func:`_figure`), no sentence punctuation, and no page
    furniture but the weather (a page label with its section, ``A4 要闻``, is none). Constant
    time (the line is short)."""
    t = text.strip()
    if len(t) > _ROW_LINE or not _figure(t):
        return 0  # (the cheap tests first: most lines of a page are text)
    t = fold(t)
    if _PROSE_MARKS.intersection(t):
        return 0
    cells = _CELL_GAP_RE.split(t)
    if len(cells) == 1 and label_row(t):
        cells = _row_cells(t)  # (a label and its value: the value may be wider than a cell)
    elif not 2 <= len(cells) <= _ROW_CELLS or any(len(cell) > _ROW_CELL for cell in cells):
        return 0
    if furniture_reason(text.strip(), t, {}, top=False) not in _ROW_FURNITURE:
        return 0
    return len(cells)


def label_row(text: str) -> bool:
    """True when ``text`` (stripped and folded, at most :data:`_ROW_LINE` characters) is one
    label and its value parted by a colon, the value holding a figure: ``青菜：2.5元/斤``,
    ``开放时间：9:00—17:00``, ``咨询电话：0513-85512345``. The label is at most
    :data:`_ROW_LABEL` letters (no digit); an interview's ``问：`` / ``答：`` / ``记者：`` is no
    label. A heading with a colon has no figure after it (``记者手记：书香满城``) or nothing
    (a 引题 ``聚焦高质量发展：``); a row's value is a figure with its unit. (What else the
    row must be — no sentence punctuation, no furniture — :func:`data_row` asks.)"""
    found = _LABEL_ROW_RE.fullmatch(text)
    return (
        found is not None
        and _DIGIT_RE.search(found["value"]) is not None
        and QA_LINE_RE.match(text) is None
    )


def _row_cells(text: str) -> list[str]:
    """The cells of a row of data ``text`` (stripped, folded): parted by spaces, or its label
    and its value (:func:`label_row`)."""
    cells = _CELL_GAP_RE.split(text)
    if len(cells) == 1 and label_row(text):
        found = _LABEL_ROW_RE.fullmatch(text)
        return [found["label"], found["value"]]
    return cells


def label_rows(rows: list[str]) -> bool:
    """True when every line of ``rows`` (blank lines between them left out) is a label and its
    value (:func:`label_row`): a list of what is where and when, or how much (``开放时间：
    9:00—17:00`` / ``咨询电话：0513-85512345``), printed as a table of two columns; its values
    need not be of one form (compare :func:`aligned_figures`). Linear in the rows."""
    return all(label_row(fold(row.strip())) for row in rows if row.strip())


def aligned_figures(rows: list[str]) -> bool:
    """True when the rows of data ``rows`` (:meth:`~articles.parsing.pagerows.PageRows.run_end`; blank lines between them left
    out) hold a column of figures of one form, among the columns they all have: every row's
    cell in it holds a digit and reads the same with its numbers taken out (``2.5元/斤`` and
    ``4元/斤``; ``7月10日`` and ``7月11日``; ``最高气温36℃`` and ``最高气温35℃``). A table's
    column holds one kind of figure; the two lines of a deck that each hold a figure
    (``全市新增就业 12万人`` / ``城镇登记失业率 3.2%``) do not. Linear in the rows."""
    table = [_row_cells(fold(row.strip())) for row in rows if row.strip()]
    for column in zip(*table, strict=False):
        if all(any(c.isdigit() for c in cell) for cell in column) and (
            len({_NUMBER_RE.sub("#", cell) for cell in column}) == 1
        ):
            return True
    return False


def word_row(text: str) -> list[str]:
    """The cells of ``text`` (a page's line) when it may be a row of words under a lead-in
    (``东园　　东大街``, ``王小明　　李华``): at most :data:`_ROW_LINE` characters, two to
    :data:`_ROW_CELLS` cells parted by wide gaps (:data:`_WIDE_GAP_RE`), each at most
    :data:`_ROW_CELL` characters with no space in it, no sentence punctuation, no colon (a
    lead-in, a label), no jump marker, no dateline, no page furniture but the weather; else
    ``[]``. Constant time (the line is short)."""
    t = text.strip()
    if len(t) > _ROW_LINE or _WIDE_GAP_RE.search(t) is None:
        return []  # (the cheap tests first)
    folded = fold(t)
    if _PROSE_MARKS.intersection(folded) or ":" in folded or "：" in folded:
        return []
    cells = _WIDE_GAP_RE.split(t)
    if not 2 <= len(cells) <= _ROW_CELLS:
        return []
    if any(len(cell) > _ROW_CELL or " " in cell for cell in cells):
        return []
    if find_markers(t) or dateline_match(t) or QA_LINE_RE.match(t):
        return []
    return cells if furniture_reason(t, folded, {}, top=False) in _ROW_FURNITURE else []


def deck_block(lines: list[str], number: int, end: int, step: int) -> bool:
    """True when the rows from line ``number`` to ``end`` (1-based), right under each other
    (``step`` 1), stand in a block of their own, a blank line over and under them: a deck's
    place (its own block between two stories' texts), where a list glued to its lead-in or
    to the text after it is not."""
    return step == 1 and not lines[number - 2].strip() and not lines[end].strip()


def unaligned(table: list[list[str]]) -> bool:
    """True when a column of the rows' cells ``table`` holds cells of widths more than a
    character apart (a deck's two halves, ``聚焦城市更新　　推进品质提升`` over ``我市新建　　三座
    口袋公园``; a list's column is of one width: ``东园``/``南园``/``北园``)."""
    return any(max(map(len, col)) - min(map(len, col)) > 1 for col in zip(*table, strict=True))


def _opening(text: str) -> str:
    """How a row (stripped) opens: with a figure (``7月10日…``), an item's number (``一、…``), or
    else (a word)."""
    if text[:1].isdigit():
        return "figure"
    return "item" if NUMBERED_HEAD_RE.match(text) else "word"


def rows_over_deck(lines: list[str], number: int, end: int) -> int | None:
    """The last row (1-based) of the rows under a lead-in from line ``number`` to ``end`` (no
    blank line between them, a dateline under line ``end``) when the run's last one to
    :data:`DECK_LINES` lines open unlike its first row (:func:`_opening`: ``7月10日（周五）
    城东片区`` / ``7月11日（周六）城西片区`` then ``我市新建3座口袋公园``) and are title-like: those
    lines are the next story's deck, the two rows or more above them the announced rows. None
    otherwise (a run of like lines over a dateline is a deck, as before). Looks at most
    :data:`DECK_LINES` lines."""
    opening = _opening(lines[number - 1].strip())
    last = end
    while last > number and end - last < DECK_LINES:
        text = lines[last - 1].strip()
        if not text or _opening(text) == opening or not is_heading_like(text):
            break
        last -= 1
    if last == end or last - number < 1 or not lines[last - 1].strip():
        return None
    return last if _opening(lines[last - 1].strip()) == opening else None


def items_over_deck(lines: list[str], number: int, end: int) -> bool:
    """True when the rows under a lead-in from line ``number`` to ``end`` (1-based, no blank
    line between them) are items all opening with an item's number (``一、城东街道办事处`` /
    ``二、城西街道办事处``), set right over one to :data:`DECK_LINES` title lines (no rows) and
    a dateline under them (``市区新增公交线路两条`` / ``本报讯…``): the last item is no paragraph's
    line cut at the column's width (:func:`cut_at_width`; a cut paragraph goes on to the end
    of its sentence), the title lines are the next story's deck (INPUT.md, "Headlines"), and
    two deck lines never both open with an item's number. Looks at most :data:`DECK_LINES` +
    1 lines past ``end``; linear in the rows."""
    rows = [line.strip() for line in lines[number - 1 : end]]
    if len(rows) < 2 or not all(_opening(row) == "item" for row in rows):
        return False
    for deck, raw in enumerate(lines[end : end + DECK_LINES + 1]):
        text = raw.strip()
        if dateline_match(text):
            return deck > 0
        if not text or not is_heading_like(text) or data_row(text) or item_row(text):
            return False
    return False


def rows_then_deck(lines: list[str], number: int, end: int) -> int | None:
    """The last row (1-based) of the rows under a lead-in from line ``number`` to ``end`` (no
    blank line between them, a dateline after line ``end``) when they hold a column of figures
    of one form (:func:`aligned_figures`: ``7月10日 城东片区`` / ``7月11日 城西片区``) but their
    last one to :data:`DECK_LINES` lines break the column and are title-like (a headline
    opening with a date of its own, ``7月12日起 市区新增公交线路``): those lines are the next
    story's deck (INPUT.md, "Headlines"), the two rows or more above them the announced rows.
    None otherwise (:func:`rows_over_deck` parts lines opening unlike the rows). Linear in the
    rows (at most :data:`DECK_LINES` + 1 passes)."""
    rows = [line.strip() for line in lines[number - 1 : end]]
    for deck in range(1, min(DECK_LINES, len(rows) - 2) + 1):
        table, title = rows[:-deck], rows[-deck:]
        if not all(is_heading_like(line) for line in title):
            return None
        if aligned_figures(table) and not aligned_figures([*table, title[0]]):
            return end - deck
    return None


def label_word_row(text: str) -> bool:
    """True when ``text`` (stripped) may be a row of a list of what, where and who under a
    lead-in (``活动安排如下：`` / ``时间：7月10日上午9时`` / ``地点：市民广场`` / ``主办：市文明办``;
    ``报名方式：`` / ``报名地点：各社区服务中心``): a label of at most :data:`_ROW_LABEL` letters
    and its value parted by a colon, no figure needed (compare :func:`label_row`), at most
    :data:`_ROW_LINE` characters, no sentence punctuation, not an interview's ``问：``, no jump
    marker, no dateline, no page furniture but the weather. Constant time (the line is short)."""
    if not text or len(text) > _ROW_LINE or QA_LINE_RE.match(text):
        return False
    folded = fold(text)
    if _LABEL_ROW_RE.fullmatch(folded) is None or _PROSE_MARKS.intersection(folded):
        return False
    if find_markers(text) or dateline_match(text):
        return False
    return furniture_reason(text, folded, {}, top=False) in _ROW_FURNITURE


def item_row(text: str) -> bool:
    """True when ``text`` (stripped) may be a row of one cell under a lead-in: short (at most
    :data:`_ROW_LINE` characters), no sentence punctuation, a figure in it or an item's number
    opening it (``7月10日（周五）城东片区``, ``一、城东片区``), no jump marker, no dateline, no
    page furniture but the weather."""
    if not text or len(text) > _ROW_LINE:
        return False
    if not (_DIGIT_RE.search(text) or NUMBERED_HEAD_RE.match(text)) or QA_LINE_RE.match(text):
        return False
    folded = fold(text)
    if _PROSE_MARKS.intersection(folded) or find_markers(text) or dateline_match(text):
        return False
    return furniture_reason(text, folded, {}, top=False) in _ROW_FURNITURE


def cut_at_width(lines: list[str], number: int, width: int | None) -> bool:
    """True when line ``number`` (1-based) of ``lines`` may be a paragraph's line cut at the
    column's ``width`` on a page set in cut lines (INPUT.md, "Encoding and layout"): about as
    wide as the column, one cell, and a line of text right under it (the text goes on)."""
    text = lines[number - 1].strip()
    if not width or len(text) < width - 2 or data_row(text) or number >= len(lines):
        return False
    return bool(lines[number].strip())


def dateline_after(lines: list[str], number: int) -> bool:
    """True when the next text after line ``number`` (1-based) of ``lines`` opens with a
    dateline (``本报讯…``): a new story, the short lines over it its deck. Looks at most 50
    lines ahead."""
    for raw in lines[number : number + 50]:
        if raw.strip():
            return dateline_match(raw.strip()) is not None
    return False


def story_text_after(lines: list[str], number: int) -> bool:
    """True when the next text after line ``number`` (1-based) of ``lines`` is more text of the
    story above: a sentence (not a title-like line) opening with no dateline, so no new story
    starts there. Looks at most 50 lines ahead."""
    for raw in lines[number : number + 50]:
        following = raw.strip()
        if following:
            return not is_heading_like(following) and dateline_match(following) is None
    return False


DECK_LINES = 3  # a deck's lines at most (引题, 主题, 副题)


def deck_glued_under(lines: list[str], number: int, step: int = 1, dated: bool = False) -> bool:
    """True when the run of rows ending on line ``number`` (1-based) of ``lines`` is set right
    over title lines: the rows' spacing (``step``: 1 for no blank line, 2 for the one blank
    line a page sets after every line), then one to :data:`DECK_LINES` title-like lines (no
    row of data among them: ``聚焦城市更新——`` / ``我市新建三座口袋公园``, a crosshead
    ``记者手记：书香满城``), then a story's text: its dateline (``本报讯…``) or a sentence. A deck
    is a headline's lines, never a table's rows with a headline under them (INPUT.md,
    "Headlines"), so the rows are the text of the story above; the title lines are read as
    they would be without the rows over them (the next story's deck over a dateline; a
    crosshead or a headline by the reader's rules over a sentence). ``dated``: only a dateline
    will do under the title lines (rows set right under their paragraph, a blank line, then
    the next story's headline over its ``本报讯…``). Looks at most :data:`DECK_LINES` + 50
    lines ahead."""
    first = number + step  # (the deck's first line, 1-based)
    if step == 2 and (first - 1 > len(lines) or lines[first - 2].strip()):
        return False
    deck = 0
    for raw in lines[first - 1 : first - 1 + DECK_LINES]:
        text = raw.strip()
        if not text or not is_heading_like(text) or data_row(text) or dateline_match(text):
            break
        deck += 1
    if not deck:
        return False
    for raw in lines[first - 1 + deck : first - 1 + deck + 50]:
        text = raw.strip()
        if text:
            return dateline_match(text) is not None or not (dated or is_heading_like(text))
    return False


def weather_end(lines: list[str], number: int) -> int:
    """The last line (1-based) of the run of weather lines (``今天白天 晴 最高气温36℃``: page
    furniture by :func:`~articles.parsing.furniture.furniture_reason`) that opens on line
    ``number`` of ``lines``, no blank line between. Looks at most :data:`_WEATHER_ROWS` lines ahead."""
    end = number
    for raw in lines[number : number - 1 + _WEATHER_ROWS]:
        text = raw.strip()
        if not text or furniture_reason(text, fold(text), {}, top=False) != "weather":
            break
        end += 1
    return end
