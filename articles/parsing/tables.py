"""A results table printed inside a story's text (a reader mixin).

A sports report or a market story often ends with its table: a title line (``男子组积分榜``), a
header row naming the columns (``队名  胜  负  积分``) and rows of names and figures
(``东川  2  0  4``). :class:`TablesMixin` keeps such a table with the story above it, as its
paragraphs, one a row, so that its title and header row (short lines without sentence
punctuation) never become the next story's deck, nor its rows page furniture. A table without a
header row, beside the stories, is a data box (:mod:`~articles.parsing.readfurniture`). A
table under its own title signed by who supplied it (``（省局计划建设处供稿）``) is an item of its
own, even right after a story (:func:`signed_table`). Short
rows of data without a header row between a story's paragraphs (a price list, a schedule, a
forecast: :mod:`~articles.parsing.datarows`) are that story's paragraphs too, and weather lines
set aside between two paragraphs are flagged.
"""

from __future__ import annotations

import re

from articles.parsing.closings import SUPPLIER_RE
from articles.parsing.datarows import may_be_row, story_text_after, weather_end
from articles.parsing.datelines import dateline_match
from articles.parsing.filmcredits import WorkCreditsMixin
from articles.parsing.forecasts import weather_title
from articles.parsing.hanfigures import han_figure_end
from articles.parsing.header_patterns import column_heads, figure_line
from articles.parsing.indentedverse import IndentedVerseMixin
from articles.parsing.lessonlines import LessonLinesMixin
from articles.parsing.pagerows import PageRows
from articles.parsing.patterns import END_DATELINE_RE, is_heading_like
from articles.parsing.pinyinlines import PinyinLinesMixin
from articles.parsing.results import Flag, SetAside
from articles.parsing.teaserrows import pointed_bullet_row
from articles.parsing.titledrows import SOURCE_LINE_RE, TitledRowsMixin
from articles.parsing.units import Heading, Para, Special
from articles.parsing.webfurniture import title_list_end
from articles.text import fold

# Columns of a table row: parted by two spaces or more, a full-width space or a tab.
_COLUMN_GAP_RE = re.compile(r" {2,}|\u3000+|\t+")
# A header row's column name: one to six letters or Han characters, no digit, and the column's
# unit in brackets after it if printed (同比增长（%）, 产量（万吨）), a unit per unit too, parted by a
# slash (均价（元/平方米）, 单产（公斤/亩）).
_COLUMN_NAME_RE = re.compile(r"[^\W\d_]{1,6}(?:[（(][^\W\d_]{0,4}(?:[/／][^\W\d_]{1,4})?%?[）)])?")
# A box's label over a table's title (■数据链接, 【相关数据】): a box mark or brackets, a short name.
_BOX_LABEL_RE = re.compile(r"[■□●◆◇▲★☆]\s*[^\W\d_]{2,8}|[【〔\[][^\W\d_]{2,8}[】〕\]]")
_HEADER_COLUMNS = 3  # a header row names at least this many columns
_TITLE_LINE = 24  # characters: a table's title is at most this long


def _columns(text: str) -> list[str]:
    return _COLUMN_GAP_RE.split(text.strip())


# A row's wide gap only: two full-width spaces or more, four spaces or more, a tab. A row whose
# names are letter-spaced (``香　樟　　　1.5厘米　　　3.20``) has its columns parted by these.
_WIDE_GAP_RE = re.compile(r" {4,}|\u3000{2,}|\t+")


def _row_columns(text: str, wanted: int) -> int:
    """How many columns the row ``text`` has, for a header row of ``wanted`` names: its
    :func:`_columns`, or its wide-gapped columns when a name in it is letter-spaced by one
    full-width space (``香　樟　　　1.5厘米　　　3.20``: three columns, not four)."""
    count = len(_columns(text))
    if count > wanted:
        return len(_WIDE_GAP_RE.split(text.strip()))
    return count


def _gapped(text: str) -> bool:
    """True when ``text`` (stripped) holds a column gap (may be a table's row)."""
    return "\u3000" in text or "  " in text or "\t" in text


def header_row(lines: list[str], number: int) -> bool:
    """True when line ``number`` (1-based) of ``lines`` is a table's header row: three or more
    column names of one to four letters (no digit, no figure in Chinese numerals) parted by wide gaps, right over a row of
    figures (:func:`~articles.parsing.header_patterns.figure_line`) with as many columns.
    Constant time (a row is at most 48 characters)."""
    if not 0 < number < len(lines):
        return False
    text, following = lines[number - 1].strip(), lines[number].strip()
    if len(text) > 48 or not figure_line(following) or han_figure_end(text):
        return False  # (二號煙膠　每擔　二百三十一盾: a row, its figure in Chinese numerals)
    names = _columns(text)
    return (
        len(names) >= _HEADER_COLUMNS
        and all(_COLUMN_NAME_RE.fullmatch(name) for name in names)
        and _row_columns(following, len(names)) == len(names)
    )


def _table_title(lines: list[str], number: int) -> bool:
    """True when line ``number`` (1-based) of ``lines`` is a table's title: a short title-like
    line of one column, no dateline, over a :func:`header_row` right under it or under one
    blank line (a title set apart from its table: ``岚城各区植树任务表`` / blank / ``区名  任务``)."""
    if not 0 < number <= len(lines):
        return False
    text = lines[number - 1].strip()
    return (
        len(text) <= _TITLE_LINE
        and len(_columns(text)) == 1
        and is_heading_like(text)
        and not dateline_match(text)
        and header_row(lines, _row_under(lines, number))
    )


def _row_under(lines: list[str], number: int) -> int:
    """The number (1-based) of the line under line ``number`` of ``lines``, past one blank
    line (the line right under it when two blank lines or none follow)."""
    if number < len(lines) - 1 and not lines[number].strip() and lines[number + 1].strip():
        return number + 2
    return number + 1


def _text_under(lines: list[str], number: int) -> str:
    """The text (stripped) of the line :func:`_row_under` line ``number`` of ``lines``; ``""``
    past the last line. (Looked at only for a short line: a title or a box's label over a row.)"""
    under = _row_under(lines, number)
    return lines[under - 1].strip() if under <= len(lines) else ""


def _table_may_follow(last, state: str) -> bool:
    """A story's table may open after the flow's last unit ``last``: a paragraph that ends a
    sentence, not one a jump marker closed (the story goes on on another page: a table after
    it stands beside it), or the table's title read just before (``state`` ``"title"``)."""
    if not isinstance(last, Para):
        return False
    return state == "title" or (last.terminated and not last.closed)


class TablesMixin(
    IndentedVerseMixin, LessonLinesMixin, PinyinLinesMixin, TitledRowsMixin, WorkCreditsMixin
):
    """Reader methods for a results table inside a story (see the module docstring)."""

    title_list_to = 0  # the last line of an e-paper's list of the page's titles (_title_list)
    rows_to = 0  # the last line of a run of a story's rows of data being read (_story_rows)
    row_at = -1  # the flow's length when the last of those rows was read
    weather_flagged_to = 0  # the last line of a run of weather lines flagged (_weather_in_story)
    page_rows: PageRows | None = None  # the page's runs of rows of data (made when first asked)

    def _table_or_box(self, number: int, text: str, block_start: bool) -> bool:
        """Line ``number`` taken as a line of a story's table or rows of data, or of a data box
        beside the stories (:meth:`~articles.parsing.readfurniture.FurnitureMixin._data_box`);
        or a line of pinyin under its Chinese line set aside, or a review's credits line, a
        lesson's labelled line or a verse's line read as its text, before any of them (none is a
        row)."""
        return (
            self._pinyin_line(number, text)  # (a reading aid under its line: pinyinlines)
            or self._title_list(number, text)
            or self._story_table(number, text, block_start)
            or self._signed_rows(number, text, block_start)
            or self._titled_rows(number, text)  # (a table as an item: titledrows)
            or self._credits_row(number, text)  # (a review's credits: filmcredits)
            or self._critic_row(number, text)  # (the critic under them: filmcredits)
            or self._lesson_line(number, text)  # (生字：…, 练习：…: lessonlines)
            or self._indented_verse(number, text)  # (a rhyme under its title: indentedverse)
            or self._story_rows(number, text, block_start)
            or self._data_box(number, text, block_start)
            or self._weather_title(number)
            or self._post_links(number)
        )

    def _title_list(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) set aside as ``navigation`` when it is an
        e-paper reader's ``本版文章：`` or one of the page's titles it lists under it
        (:func:`~articles.parsing.webfurniture.title_list_end`): the site's chrome."""
        if number > self.title_list_to:
            self.title_list_to = title_list_end(self.lines, number)
        if number > self.title_list_to:
            return False
        self.set_aside.append(SetAside(number, text, "navigation"))
        return True

    def _weather_title(self, number: int) -> bool:
        """Line ``number`` set aside as a weather box's title naming its place (``岚城天气``
        over ``今天：多云转晴  3℃～12℃``: :func:`~articles.parsing.forecasts.weather_title`)."""
        if not weather_title(self.lines, number):
            return False
        self._set_aside_furniture(number, self.lines[number - 1].strip(), "weather")
        return True

    def _story_rows(self, number: int, text: str, block_start: bool) -> bool:
        """Line ``number`` (``text``, stripped) as a row of data inside the story above it
        (``青菜 2.5元/斤``, ``7月10日 城东片区``, ``今天白天 晴 最高气温36℃``: :func:`~articles.
        parsing.datarows.PageRows.in_story`), under a paragraph of that story that ends a sentence
        (no jump marker closed it): each row a paragraph of the story, never a deck over a new
        story nor a weather box set aside. The line after the last row is not joined to it
        (see ``Reader._continues``). Not while a data box or a table beside the stories is
        open (its rows are set aside). True when the line was taken."""
        if number <= self.rows_to:  # (the run's lines are rows, or blank lines between them)
            self._data_row(number, text)
            return True
        self.rows_to = 0
        # (the flow's state first, then the line, then whether the paragraph ended a sentence:
        # each test only reads, so their order changes nothing but what is looked at)
        last = self.flow[-1] if self.flow else None
        if self.box_lines or self.table_open or not isinstance(last, Para) or last.closed:
            return False
        if not may_be_row(text) or not last.terminated or pointed_bullet_row(text):
            return False  # (▶ 标题　详见第5版: a teaser's row, pointing at its page)
        if self.page_rows is None:
            self.page_rows = PageRows(self.lines, self.width)
        end = self.page_rows.in_story(number, last.tail)
        if end is None:
            return False
        self.rows_to = end
        self._data_row(number, text)
        return True

    def _data_row(self, number: int, text: str) -> None:
        self.flow.append(Para(number, text))
        self.seen_body = True
        self.list_at = self.row_at = len(self.flow)

    def _weather_in_story(self, number: int, text: str) -> None:
        """Flag the weather lines set aside from line ``number`` (``text``) on when they stand
        between two paragraphs of a story (right under a paragraph, more text of the story
        after them: :func:`~articles.parsing.datarows.story_text_after`): a weather story's
        forecast, maybe, that the page's 请先核对 should name (README, "The editors' desk").
        One flag a run of weather lines. (A forecast in aligned rows stays in its story:
        :meth:`_story_rows`.)"""
        last = self.flow[-1] if self.flow else None
        if number <= self.weather_flagged_to or not isinstance(last, Para):
            return
        end = weather_end(self.lines, number)
        if not story_text_after(self.lines, end):
            return
        self.weather_flagged_to = end
        self.flags.append(
            Flag(
                number,
                "weather-in-text",
                f"“{text}”等{end - number + 1}行天气预报印在稿件的两段之间，已作为版面的天气预报"
                "放在一边；如果它是稿件的一部分（天气稿里的预报），请改回稿件。",
            )
        )

    def _signed_rows(self, number: int, text: str, block_start: bool) -> bool:
        """The first row (or the header row) right under the label of a table signed by who
        sent or supplied it (:func:`signed_table`), or under one blank line after the label:
        the rows are that item's text, one paragraph a row."""
        last = self.flow[-1] if self.flow else None
        label = last.line + len(last.lines) - 1 if isinstance(last, Heading) else 0
        if not label or _row_under(self.lines, label) != number:
            return False  # (the first row right under the label, or under one blank line)
        if not (figure_line(text) or header_row(self.lines, number)):
            return False
        if not signed_table(self.lines, label):
            return False
        self._table_line(number, text, "rows")
        return True

    def _story_table(self, number: int, text: str, block_start: bool) -> bool:
        """Line ``number`` (``text``, stripped) as a line of a table in the story above it: a
        box's label (■数据链接) over its title, its title (a short title-like line right over a
        :func:`header_row`), the header row, the rows of figures under it and their source line
        (（资料来源：…）) down to a blank line or another line. Only after a story's paragraph (a
        table opening a page or a box beside the stories is no story's). Each is a paragraph of
        that story; a blank line after the last row ends the table, so the text after it is not
        joined to a row. Not after a paragraph a jump marker closed (``…可能。（转A3版）`` /
        ``昨日市场`` / its rows): the story goes on on another page, and a table printed after
        it here stands beside it (a data box: :meth:`~articles.parsing.readboxes.BoxesMixin.
        _table_box`). A statistics box is such a table: its title is never a headline, nor its
        rows stories. True when the line was taken."""
        state, self.table_state = self.table_state, ""
        if state == "rows" and not block_start:
            if figure_line(text):
                self._table_line(number, text, "rows")
                return True
            if graphic_credit(fold(text)):  # an infographic's credit ends its item
                self.flow.append(Special(number, "end", text))
                return True
            if SOURCE_LINE_RE.match(fold(text)):
                self._table_line(number, text, "")
                return True
        if not _gapped(text) and not (
            len(text) <= _TITLE_LINE
            and (_gapped(_text_under(self.lines, number)) or _BOX_LABEL_RE.fullmatch(text))
        ):
            return False  # (a cheap look first: most lines are neither row nor title)
        last = self.flow[-1] if self.flow else None
        if not _table_may_follow(last, state):
            return False
        if header_row(self.lines, number):
            self._table_line(number, text, "rows")
            return True
        if _table_title(self.lines, number) and signed_table(self.lines, number):
            return False  # (a table signed by who supplied it: an item of its own, this its title)
        if _table_title(self.lines, number) or (
            state != "title"
            and _BOX_LABEL_RE.fullmatch(text)
            and _table_title(self.lines, number + 1)
        ):
            self._table_line(number, text, "title")
            return True
        return False

    def _table_line(self, number: int, text: str, state: str) -> None:
        self.table_state = state
        self.flow.append(Para(number, text))
        self.seen_body = True
        self.list_at = len(self.flow)  # a blank line after it ends it (see Reader._continues)


_SIGNED_ROWS = 40  # rows looked at under a table's label for the line that signs it


def signed_table(lines: list[str], number: int) -> bool:
    """True when the table whose label is line ``number`` (1-based; its column heads and rows
    under it, maybe under one blank line) is signed right under its last row by who sent it
    (``（本报综合）``, ``（新华社）``) or who supplied it (``（省局计划建设处供稿）``): a results or
    progress item of its own, its label the headline and its rows the text, not a box beside
    the stories nor the story above's table. At most :data:`_SIGNED_ROWS` rows are looked at."""
    start = _row_under(lines, number)
    for at, raw in enumerate(lines[start - 1 : start - 1 + _SIGNED_ROWS], start):
        text = raw.strip()
        if figure_line(text) or column_heads(text) or (at == start and header_row(lines, at)):
            continue
        folded = fold(text)
        return bool(text) and (
            END_DATELINE_RE.match(folded) is not None
            or SUPPLIER_RE.match(folded) is not None
            or graphic_credit(folded)
        )
    return False


# An infographic's source and maker under its last row: （数据来源：省林草局　制图：温　雅）.
_GRAPHIC_CREDIT_RE = re.compile(r"^[（(]?\s*(?:数据|资料)?来源\s*[:：].*(?:制图|绘图|设计)\s*[:：]")


def graphic_credit(folded: str) -> bool:
    """True when ``folded`` (a line under a table's last row) names the table's source and who
    drew it (``（数据来源：省林草局　制图：温　雅）``): an infographic the paper made, an item of
    its own, its title the headline and its rows the text (INPUT.md: every printed line is
    stored), never a box set aside."""
    return len(folded) <= 60 and _GRAPHIC_CREDIT_RE.match(folded) is not None
