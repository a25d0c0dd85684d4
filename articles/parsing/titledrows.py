"""A table printed as an item of its own under its title (INPUT.md, "Headlines": tables stay
inside their story; a service page's listings are an item of their own, its title the headline):
a cinema's week of screenings (``本周影讯`` / ``人民影院　《某片》　9:30　14:00``), a tide table
(``某港潮汐表`` / ``日期　　高潮　　低潮`` / ``16日　05:42　18:07…``), a market's prices
(``水产品批发行情`` / ``带鱼　每公斤　16.00—18.00元``). Its title may have a bracketed line under it
(``（3月17日—3月23日）``) and a blank line before the rows. The rows are cells parted by wide gaps
with no sentence in them: short and unpunctuated, they look like a deck, but they are the item's
text, one paragraph a row, never the headline of a story nor a data box beside the stories.
:class:`TitledRowsMixin` reads them (part of :class:`~articles.parsing.tables.TablesMixin`).
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.deck_pairs import column_label_over
from articles.parsing.furniture import furniture_reason
from articles.parsing.header_patterns import schedule_row
from articles.parsing.teaserrows import trailing_target
from articles.parsing.teasers import teaser_box_label
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_TITLE = 24  # characters: a table's title (and the bracketed line under it) is at most this long
_ROW = 48  # characters: a row is at most this long
_ROWS = 40  # rows looked at, at most
# Columns of a row: parted by a full-width space, two spaces or more, or a tab.
_GAP_RE = re.compile(r"\u3000+| {2,}|\t+")
# What no row holds: a sentence's punctuation, or a label's colon (来源：…, 责任编辑：…).
_SENTENCE_RE = re.compile(r"[。，！？；,!?;：]")
_DIGIT_RE = re.compile(r"[0-9０-９]")
# A table's source line under its last row (folded): （资料来源：省统计局）, 数据来源：…
SOURCE_LINE_RE = re.compile(r"^[（(]?\s*(?:数据|资料)?来源\s*[:：]")
# A figure's thousands separator (3,120,000): no sentence's comma.
_THOUSANDS_RE = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_WORD_CELLS = 3  # cells: a row of words under a table's title and period holds this many at least


def table_row(text: str) -> bool:
    """True when ``text`` (stripped) may be a row of a titled table: at most :data:`_ROW`
    characters, two cells or more parted by wide gaps (:data:`_GAP_RE`), no sentence's
    punctuation nor label's colon (a figure's thousands separators are none: ``3,120,000``), no page furniture (a page stamp, an app's counts:
    :func:`~articles.parsing.furniture.furniture_reason`), and no page named at its end (``标题　A6``: a teaser box's row, :func:`~articles.
    parsing.teaserrows.trailing_target`). (A header row of names passes too; :func:`rows_end`
    wants figures.)"""
    if len(text) > _ROW or len(_GAP_RE.split(text)) < 2:
        return False
    if _SENTENCE_RE.search(_THOUSANDS_RE.sub("", text)):  # (3,120,000: a figure, no clause)
        return False
    if text[:1] in "（(" and text[-1:] in "）)":
        return False  # (（理工类　部分院校）: the title's bracketed line, no row)
    if trailing_target(text) is not None:
        return False  # (标题　A6: a teaser box's row)
    return furniture_reason(text, fold(text), {}, top=True) is None


def spaced_title(lines: list[str], flow: list, number: int) -> tuple[Heading, int] | None:
    """On a page that sets a blank line after every line, a table's title read as blocks of
    one line each (``本周票房龍虎榜`` / ``（七月五日至十一日　單位：港元）``), then its header row
    (``名次　片名　本周　累積``), the flow's last unit, one blank line over the first row on line
    ``number`` (1-based) of ``lines``: the title's lines as one heading (read for its period)
    and how many blocks the flow ends with, header row included. The caller keeps the title as
    the item's headline and reads the period set apart under it, printed in body type as the
    rows are, and the header row as the item's first rows. None otherwise."""
    header = flow[-1] if flow else None
    if type(header) is not Heading or len(header.lines) != 1 or header.line != number - 2:
        return None
    if lines[number - 2].strip() or not table_row(header.lines[0].strip()):
        return None
    titles: list[Heading] = []
    at, above = len(flow) - 2, header.line
    while at >= 0 and len(titles) < 2:  # (the title, and its period under it)
        unit = flow[at]
        if type(unit) is not Heading or len(unit.lines) != 1 or unit.line != above - 2:
            break
        titles.insert(0, unit)
        at, above = at - 1, unit.line
    if not titles:
        return None
    return Heading(titles[0].line, [title.lines[0] for title in titles]), len(titles) + 1


def rows_end(lines: list[str], number: int, worded: bool = False) -> int | None:
    """The last line (1-based) of a run of table rows opening at line ``number`` of ``lines``:
    consecutive lines (no blank line between, or one blank line between each two on a page
    that sets them so, :func:`_spaced`) that are each a :func:`table_row`, two of them at
    least holding a figure (the first may be a header row of names, ``日期　　高潮　　低潮``),
    down to a blank line, another line or the page's end. None when there is no such run.
    ``worded``: the title says the rows are a table (its bracketed period under it): rows of
    words count as figured ones when they hold :data:`_WORD_CELLS` cells or more (a doctors'
    schedule: ``周一上午　某某某　主任医师　脾胃病``)."""
    step = 2 if _spaced(lines, number) else 1  # (the rows' spacing, as the first two stand)
    end, figured = number - step, 0
    for at in range(number, min(len(lines), number - 1 + _ROWS * step) + 1, step):
        text = lines[at - 1].strip()
        if not text or not table_row(text) or (step == 2 and lines[at - 2].strip()):
            break
        end = at
        figured += _DIGIT_RE.search(text) is not None or (
            worded and len(_GAP_RE.split(text)) >= _WORD_CELLS
        )
    return end if figured >= 2 and end > number else None


def _spaced(lines: list[str], number: int) -> bool:
    """The row on line ``number`` (1-based) of ``lines`` has a blank line under it and another
    row under that: rows set a blank line apart, as a page that parts every line prints them."""
    return (
        number + 1 < len(lines)
        and not lines[number].strip()
        and table_row(lines[number + 1].strip())
    )


def table_title(heading: Heading) -> bool:
    """True when ``heading`` may be a table's title (:func:`_title_parts`)."""
    return _title_parts(heading) is not None


def _title_parts(heading: Heading) -> tuple[str, str, str] | None:
    """``(label, title, period)`` when ``heading`` may be a table's title: a short title line, no
    dateline, no row itself, with a bracketed line under it or not (``（6月13日　沙门水产品批发
    市场）``: ``period``) and a column's label over it or not (``法讯`` / ``某寺五月法会安排``: a
    short name over a title twice as long, :func:`~articles.parsing.deck_pairs.
    column_label_over`: ``label``), each ``""`` when not printed. None when it is no table's
    title."""
    lines = [line.strip() for line in heading.lines]
    if not 1 <= len(lines) <= 3:
        return None
    label = period = ""
    if (
        len(lines) >= 2
        and not _bracketed(lines[1])
        and not dateline_match(lines[0])
        and column_label_over(lines[0], lines[1])
    ):
        label, lines = lines[0], lines[1:]
    if len(lines) == 2 and len(lines[1]) <= _TITLE and _bracketed(lines[1]):
        period, lines = lines[1], lines[:1]
    if len(lines) != 1:
        return None
    title = lines[0]
    if len(title) > _TITLE or dateline_match(title) or table_row(title):
        return None
    return label, title, period


def _source_under(lines: list[str], end: int) -> int:
    """The line (1-based) of the table's source line (``資料來源：銀灣院線聯會``,
    :data:`SOURCE_LINE_RE`) right under its last row, line ``end`` of ``lines``, or one blank
    line under it: the item's last line; else ``end``."""
    for at in (end + 1, end + 2):
        if at > len(lines):
            break
        text = lines[at - 1].strip()
        if text:
            return at if SOURCE_LINE_RE.match(fold(text)) else end
    return end


def _right_under(lines: list[str], heading: Heading, number: int) -> bool:
    """Line ``number`` (1-based) of ``lines`` stands right under ``heading``, or one blank line
    under it."""
    gap = number - (heading.line + len(heading.lines) - 1)
    return gap == 1 or (gap == 2 and not lines[number - 2].strip())


def _bracketed(text: str) -> bool:
    return text[:1] in "（(" and text[-1:] in "）)"


class TitledRowsMixin:
    """Reader steps for a table printed as an item under its title (see the module docstring;
    uses the reader's ``lines``, ``flow``, ``box_lines``, ``table_open``, ``seen_body`` and
    ``list_at``)."""

    titled_rows_to = 0  # the last line of the titled table's rows being read

    def _titled_rows(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) as a row of a table under its title: the run of
        rows (:func:`rows_end`) opening right under the title's heading (or under one blank
        line after it), each row a paragraph of that item; after a story's text only under a
        title with its bracketed period (``（3月17日—3月23日）``) or a column's label over it
        (``法讯``), which then heads an item of its own (a break is put before it in the flow):
        a title alone there is the story's table's or a data box's
        (:mod:`~articles.parsing.tables`). Not under a teaser box's label, nor
        while a data box or a table
        beside the stories is open, nor for a broadcast schedule's rows (the reader's
        ``_schedule`` reads them with their channels). True when the line was taken."""
        if number <= self.titled_rows_to:
            self._titled_row(number, text)
            return True
        last = self.flow[-1] if self.flow else None
        if type(last) is not Heading or self.box_lines or self.table_open:
            return False
        if not table_row(text) or schedule_row(text):
            return False  # (the cheap tests first: most lines under a heading are text)
        spaced = spaced_title(self.lines, self.flow, number)
        if spaced is not None:
            last = spaced[0]  # (title, period and header row each a block: one title)
        elif not _right_under(self.lines, last, number):
            return False
        parts = _title_parts(last)
        if parts is None or teaser_box_label(last.lines[0]):
            return False  # (要闻导读 over ■2版　标题: a teaser box)
        if parts[0] == parts[2] == "" and self.seen_body:
            return False  # (a title alone after a story's text: its table, or a data box)
        end = rows_end(self.lines, number, worded=bool(parts[2]))
        if end is None:
            return False
        end = _source_under(self.lines, end)
        self.titled_rows_to = end
        rows: list[Heading] = []
        if spaced is not None:  # (the period set apart under the title, the header row: rows)
            rows = self.flow[len(self.flow) - spaced[1] :]
            del self.flow[len(self.flow) - spaced[1] :]
            self.flow.append(rows.pop(0))
        if len(self.flow) > 1 and isinstance(self.flow[-2], Para):
            # a title over its period heads an item of its own, no crosshead of the story above
            self.flow.insert(len(self.flow) - 1, Special(last.line, "break", ""))
        for row in rows:
            self._titled_row(row.line, row.lines[0])
        self._titled_row(number, text)
        return True

    def _titled_row(self, number: int, text: str) -> None:
        self.flow.append(Para(number, text))
        self.seen_body = True
        self.list_at = len(self.flow)  # a blank line after it ends it (see Reader._continues)
