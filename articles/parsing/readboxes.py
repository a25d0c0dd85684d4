"""The reader's boxes beside the stories (INPUT.md, "Page furniture"): a data box under its
label (【数据】), a data column's name over its item (数　据), a table of figures under a short
label (比赛结果), and a boxed quotation at the top of a page (毛主席语录 over its quote): each set
aside, never a story's deck or text. A schedule under its title (TV listings) is read here too,
as that item's text. Mixed
into :class:`~articles.parsing.reader.Reader` through
:class:`~articles.parsing.readfurniture.FurnitureMixin`.
"""

from __future__ import annotations

import re

from articles.parsing.adverts import advert_end, advert_label
from articles.parsing.datelines import dateline_match
from articles.parsing.familynotices import family_notice_end
from articles.parsing.furniture import furniture_reason
from articles.parsing.header_patterns import (
    DATA_BOX_LABEL_RE,
    DATA_SOURCE_LINE_RE,
    column_heads,
    figure_line,
    schedule_row,
    timed_row,
    unspaced_name,
)
from articles.parsing.layout import next_text
from articles.parsing.otherscripts import language_box_end
from articles.parsing.patterns import ends_sentence, is_heading_like
from articles.parsing.personals import entries_on_page, personals_end, personals_label
from articles.parsing.quotebox import drawn_box_end, quotation_end
from articles.parsing.results import Flag, SetAside
from articles.parsing.tables import signed_table
from articles.parsing.teasers import teaser_box_label
from articles.parsing.timetables import timetable_end
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_TIMETABLE_LABEL = 8  # characters: a timetable's label (教會聚會, 門診時間)
_PERSONALS_LABEL = 20  # characters: a personal-ads box's label, spaces included (鹊　桥)
_TABLE_LABEL = 12  # characters: a table's label is at most this long
# The note in brackets after a table's label (积分榜（截至第八轮）, 排行榜（单位：万元）): not
# counted in the label's length, ten characters at most.
_LABEL_NOTE_RE = re.compile(r"[（(][^（）()]{1,10}[）)]$")
_DATA_BOX_LINES = 12  # lines a data box holds at most (a page without blank lines: it ends)
_DATA_LABEL = 12  # characters: a data column's name alone on its line, spaces included
_DATA_WORDS = frozenset({"数据", "数读", "数说", "数览"})
_CHANNEL = 16  # characters: a channel's name over its schedule's rows is at most this long
# A listing's note alone in brackets under its last row: （节目如有变动，以电视台播出为准）.
_NOTE_RE = re.compile(r"^[（(][^（）()]{4,30}[）)]$")


# A row ending in a page's number with 版 after a gap (小记者走进消防站　　3版, 特别报道　A3版): a
# teaser pointing to that page, never a table's row of figures.
_PAGE_TARGET_END_RE = re.compile(
    r"(?: {2,}|\u3000)\s*[A-Za-zＡ-Ｚａ-ｚ]{0,2}[0-9０-９]{1,3}\s*版\s*$"
)


class BoxesMixin:
    """Reader methods that set boxes beside the stories aside (see the module docstring)."""

    schedule_open = False  # a schedule's rows are being read (see _schedule)

    def _data_box(self, number: int, text: str, block_start: bool) -> bool:
        """A data box (INPUT.md, "Page furniture": boxes beside the stories): its label alone on a
        line (``【数据】``) and the figures under it, down to a blank line, their source line
        (``（数据来源：…）``) or :data:`_DATA_BOX_LINES` lines, are set aside as ``data-box`` and
        flagged, so that they never become the next story's deck."""
        if self.box_lines and not block_start:
            self.box_lines -= 1
            self.set_aside.append(SetAside(number, text, "data-box"))
            if DATA_SOURCE_LINE_RE.match(fold(text[:40])):
                self.box_lines = 0
            return True
        self.box_lines = 0
        if (
            self.schedule_open
            or (
                (len(text) <= _CHANNEL or text[:1].isdigit())
                and self.flow
                and type(self.flow[-1]) is Heading
            )
        ) and self._schedule(number, text):
            return True  # (the cheap test first: every line comes here)
        if self._framed_box(number, text, block_start):
            return True
        if len(text) <= _DATA_LABEL and "数" in text and self._data_label(number, text):
            return True
        if block_start and len(text) <= _TIMETABLE_LABEL and self._timetable(number, text):
            return True
        if len(text) > 20 or not DATA_BOX_LABEL_RE.match(fold(text).strip()):
            return self._table_box(number, text, block_start)
        self.table_open = False
        self.box_lines = _DATA_BOX_LINES
        self.set_aside.append(SetAside(number, text, "data-box"))
        self.flags.append(
            Flag(
                number,
                "data-box",
                f"“{text}”下面的数据框放在一边，没有归入任何稿件；如果它属于某篇稿件，请把它加到那篇稿件里。",
            )
        )
        return True

    def _timetable(self, number: int, text: str) -> bool:
        """A standing timetable under its label on line ``number`` (``教會聚會`` over rows of
        who, what and when: :func:`~articles.parsing.timetables.timetable_end`): the label and
        rows set aside as ``data-box`` and flagged; the story before it ends there. True when
        taken."""
        end = timetable_end(self.lines, number)
        what = f"“{text}”下面的时间表（聚会、门诊、办公时间等）"
        return end is not None and self._box_taken(number, end, "data-box", what)

    def _data_label(self, number: int, text: str) -> bool:
        """A data column's name alone on its line without brackets, often letter-spaced
        (``数　据``, ``数读``), right over a title line: the column's label, set aside as
        ``data-box``, never the item's kicker (a column's name is no part of a headline); the
        story before it ends there. (In brackets, ``【数据】``, it heads a box of figures.)"""
        if unspaced_name(fold(text)) not in _DATA_WORDS:
            return False
        below = next_text(self.lines, number)
        if below is None or not is_heading_like(below) or dateline_match(below):
            return False
        self.set_aside.append(SetAside(number, text, "data-box"))
        self.flow.append(Special(number, "break", ""))
        return True

    def _schedule(self, number: int, text: str) -> bool:
        """A schedule under its title (TV listings: ``1月8日电视节目`` / ``东湖电视台新闻综合频道``
        / ``06:30 早安东湖　　07:30 新闻早班车`` / …): its rows (:func:`~articles.parsing.
        header_patterns.schedule_row`), the channel's name over each group of rows, and the
        bracketed note under the last (``（节目如有变动，以电视台播出为准）``) are the listing's
        text, one paragraph a line (INPUT.md: a service page's listings are an item of their
        own, its title the headline), never a data box, nor the next story's deck. It opens
        right under a heading with a row or a channel's name over a row; it ends at the first
        other line. True when the line was taken (called when a schedule is open, or on a short
        or digit-led line when the flow ends with a heading)."""
        if self.schedule_open:
            self.schedule_open = False
            if _NOTE_RE.match(text):
                self._schedule_line(number, text)
                self.schedule_open = False  # the note closes the listing
                return True
        if schedule_row(text) or self._channel_over_rows(number, text):
            self._schedule_line(number, text)
            return True
        return False

    def _channel_over_rows(self, number: int, text: str) -> bool:
        """A short name right over a schedule's row, no blank line between (a channel's)."""
        if number >= len(self.lines) or len(text) > _CHANNEL:
            return False
        below = self.lines[number].strip()
        # (the cheap test first: every short line right under a heading comes here)
        return below[:1].isdigit() and schedule_row(below) and is_heading_like(text)

    def _schedule_line(self, number: int, text: str) -> None:
        self.flow.append(Para(number, text))
        self.seen_body = True
        self.schedule_open = True

    def _quotation_box(self, number: int, text: str) -> bool:
        """A boxed quotation at the top of a page, before any story (INPUT.md, "Page furniture":
        boxes and slogans; front pages of the 1960s and 1970s print one beside the masthead): its
        label alone on line ``number`` (:data:`~articles.parsing.header_patterns.
        QUOTATION_LABEL_RE`: ``毛主席语录``) and the quote under it (:func:`~articles.parsing.quotebox.quotation_end`) are
        set aside as ``masthead`` and flagged, so the quote is never the first story's deck.
        So is such a box drawn with its frame (``┌──┐`` on line ``number``, the label and quote
        between sides ``│``, ``└──┘``: :func:`~articles.parsing.quotebox.drawn_box_end`).
        True when taken."""
        if text[:1] in "┌╔┏╭":
            end = drawn_box_end(self.lines, number)  # the same box drawn with its frame
        else:
            end = quotation_end(self.lines, number)
        if end is None:
            return False
        if text[:1] in "┌╔┏╭":
            text = self.lines[number].strip().strip("│║┃ \u3000")  # the label inside the frame
        for line in range(number, end + 1):
            printed = self.lines[line - 1].strip()
            if printed:
                self.set_aside.append(SetAside(line, printed, "masthead"))
        self.taken_to = end
        self.flags.append(
            Flag(
                number,
                "quotation-box",
                f"“{text}”和下面的引语是版面上的语录框，已放在一边，没有归入任何稿件；"
                "如果它其实是稿件的一部分，请改回稿件。",
            )
        )
        return True

    def _framed_box(self, number: int, text: str, block_start: bool) -> bool:
        """A box set beside the stories opening on line ``number``: a boxed quotation at the
        top of the page, an advert under its label, a language box; True when taken."""
        if not self.seen_body and self._quotation_box(number, text):
            return True
        if "告" in text and advert_label(text) and self._advert(number, text):
            return True
        if (
            len(text) <= _PERSONALS_LABEL
            and self._entries_on_page()
            and personals_label(text)
            and self._personals(number, text)
        ):
            return True
        if block_start and "谢" in fold(text[:3]) and self._family_notice(number, text):
            return True
        return block_start and self.seen_body and self._language_box(number)

    def _family_notice(self, number: int, text: str) -> bool:
        """A family's notice of thanks after a funeral opening on line ``number`` (``鳴謝：…之喪…``:
        :func:`~articles.parsing.familynotices.family_notice_end`): set aside as
        ``family-notice`` and flagged; the story before it ends there. True when taken."""
        end = family_notice_end(self.lines, number)
        what = f"“{text[:12]}”这则家属鸣谢启事"
        return end is not None and self._box_taken(number, end, "family-notice", what)

    def _language_box(self, number: int) -> bool:
        """A language box opening a block on line ``number`` below the page's first story
        (``每日一句`` / a phrase in Mongolian script / its reading: :func:`~articles.parsing.
        otherscripts.language_box_end`): its lines set aside as ``language-box`` (INPUT.md, "Page
        furniture"), the story before it ended, never a story of its own. True when taken."""
        end = language_box_end(self.lines, number)
        if end is None:
            return False
        for line in range(number, end + 1):
            self.set_aside.append(SetAside(line, self.lines[line - 1].strip(), "language-box"))
        self.taken_to = end
        self.flow.append(Special(number, "break", ""))
        return True

    def _advert(self, number: int, text: str) -> bool:
        """An advert under its ``广告`` label on line ``number`` (:func:`~articles.parsing.
        adverts.advert_end`): the label and the advert's lines set aside as ``advert`` and
        flagged; the story before it ends there. True when taken."""
        end = advert_end(self.lines, number)
        return end is not None and self._box_taken(number, end, "advert", f"“{text}”下面的广告")

    _entries: bool | None = None  # a line of the page may be a personal ad's entry (read once)

    def _entries_on_page(self) -> bool:
        """Whether a line of the page may be a personal ad's entry (:func:`~articles.parsing.
        personals.entries_on_page`, asked once a page): without one, no label heads a box of
        them (:meth:`_personals` would say False under every label)."""
        if self._entries is None:
            self._entries = entries_on_page(self.lines)
        return self._entries

    def _personals(self, number: int, text: str) -> bool:
        """A box of personal ads under its label on line ``number`` (``鹊　桥`` over ``男，…，觅…
        女友`` entries and ``来信请寄…``: :func:`~articles.parsing.personals.personals_end`): the
        label, entries and reply line set aside as ``personals`` and flagged; the story before
        it ends there, and none of it is a story. True when taken."""
        end = personals_end(self.lines, number)
        what = f"“{text}”下面的征婚交友启事"
        return end is not None and self._box_taken(number, end, "personals", what)

    def _box_taken(self, number: int, end: int, reason: str, what: str) -> bool:
        """Lines ``number`` to ``end`` (a box beside the stories, ``what`` it is in Chinese)
        set aside as ``reason`` and flagged so; the story before the box ends there. True."""
        for line in range(number, end + 1):
            printed = self.lines[line - 1].strip()
            if printed:
                self.set_aside.append(SetAside(line, printed, reason))
        self.taken_to = end
        self.flow.append(Special(number, "break", ""))
        self.flags.append(
            Flag(
                number,
                reason,
                f"{what}放在一边，没有归入任何稿件；如果它其实是一篇稿件，请改回稿件。",
            )
        )
        return True

    def _table_box(self, number: int, text: str, block_start: bool) -> bool:
        """A table of figures beside the stories (比赛结果 / 东川雷霆  2：1  青港海狮 / …,
        积分榜（截至第21轮） / 1.海港队  21场  48分): a short label (a note in brackets after it
        not counted: :func:`_label_length`) over two lines of figures
        (:func:`~articles.parsing.header_patterns.figure_line`), the first of which may be the
        row of column heads (队名　胜　负　积分: :func:`~articles.parsing.header_patterns.
        column_heads`), and the figure lines and further such labels under them down to a blank
        line or a line of text, set aside as ``data-box`` (INPUT.md, "Page furniture": boxes
        beside stories are no story)."""
        lines = self.lines
        labels = (
            _label_length(text) <= _TABLE_LABEL
            and number + 2 <= len(lines)
            and figure_line(lines[number + 1])  # (as _figures asks below: the cheap test first)
            and is_heading_like(text)
            and not dateline_match(text)
            and (_figures(lines[number]) or column_heads(lines[number]))
            and _figures(lines[number + 1])
            and not signed_table(lines, number)
            and not teaser_box_label(text)  # 本期看点 / 小记者走进消防站　3版: teasers
            and not _PAGE_TARGET_END_RE.search(lines[number])
        )
        if (
            self.table_open
            and not block_start
            and (
                _table_row(text)  # a row (a listing's too: 20:05　电视连续剧：石榴巷（1、2）)
                or text in _ROWS_LEFT_OUT
                or labels
                or (self.set_aside[-1].line == number - 1 and column_heads(text))  # heads
                or _source_under_rows(self.set_aside, number, text)
            )
        ):
            self.set_aside.append(SetAside(number, text, "data-box"))
            self.table_open = not DATA_SOURCE_LINE_RE.match(fold(text))  # (the source ends it)
            return True
        was_open, self.table_open = self.table_open, labels
        if labels:
            self._table_label(number, text, flag=not was_open)
        return labels

    def _table_label(self, number: int, text: str, flag: bool) -> None:
        """The label on line ``number`` (``text``) of a table set aside beside the stories
        (:meth:`_table_box`), and its title above it if printed, set aside as ``data-box``;
        ``flag``: the table's first label (one flag a box: a label under another's rows is
        the box's), flagged so that the desk sees the lines no story holds."""
        _title_over_table(self.flow, self.lines, self.set_aside, number)
        self.set_aside.append(SetAside(number, text, "data-box"))
        if flag:
            self.flags.append(
                Flag(
                    number,
                    "data-box",
                    f"“{text}”和下面的数字表放在一边，没有归入任何稿件；"
                    "如果它属于某篇稿件或本身是一篇稿件，请把它加回稿件。",
                )
            )


def _table_row(text: str) -> bool:
    """A row of a table of figures (:func:`figure_line`) or of a listing, its time in a column
    apart (:func:`timed_row`)."""
    return figure_line(text) or timed_row(text)


def _title_over_table(flow: list, lines: list[str], set_aside: list[SetAside], number: int) -> None:
    """The table whose first line (its column heads or first row) is line ``number`` has its
    title right above it, read as a paragraph of the story before: a short line alone in its
    block (a blank line over it), no sentence's end (``三季度份额增长居前的基金``), or read as
    a one-line heading. It is the table's title, set aside with it (a box beside the stories),
    never that story's last paragraph nor a line left unplaced."""
    last = flow[-1] if flow else None
    if isinstance(last, Heading) and len(last.lines) == 1 and last.line == number - 1:
        title = last.lines[0].strip()  # (read as a heading: it would be left unplaced)
    elif isinstance(last, Para) and last.line == number - 1 and last.text == last.tail:
        if last.terminated or last.markers:
            return
        title = last.text
    else:
        return
    longest = _TABLE_TITLE_DATED if _TITLE_DATE_RE.search(title) else _TABLE_TITLE
    if (
        len(title) > longest
        or ends_sentence(title)
        or number < 3
        or lines[number - 3].strip()
        or not is_heading_like(title)
    ):
        return
    flow.pop()
    set_aside.append(SetAside(number - 1, title, "data-box"))


_TABLE_TITLE = 24  # characters: a table's title is at most this long
# ...or this long when it dates the table, as a day's listing names its channel and day
# (雁州电视台一套（YZTV—1）　5月27日　星期一).
_TABLE_TITLE_DATED = 32
_TITLE_DATE_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _source_under_rows(set_aside: list[SetAside], number: int, text: str) -> bool:
    """``text`` (line ``number``) is the source line right under a table's last row set aside
    (``数据来源：本报数据中心``, ``（来源：…）``): the table's, set aside with it, never the text
    of the story after it."""
    return (
        len(text) <= _SOURCE_LINE
        and set_aside[-1].line == number - 1
        and DATA_SOURCE_LINE_RE.match(fold(text)) is not None
    )


_SOURCE_LINE = 40  # characters: a table's source line is at most this long


def _label_length(text: str) -> int:
    """The length of a table's label without the note in brackets after it
    (:data:`_LABEL_NOTE_RE`): 职业足球联赛积分榜（截至第八轮） is nine characters long."""
    if text[-1:] in "）)":
        note = _LABEL_NOTE_RE.search(text)
        if note:
            return note.start()
    return len(text)


def _figures(line: str) -> bool:
    """A line of a table of figures that is no page furniture (a dated header line has columns
    and digits too: 2026年4月22日  星期三)."""
    text = line.strip()
    return figure_line(text) and not furniture_reason(text, fold(text), {}, top=True)


# A line standing for rows a table leaves out (…, ……, ...): a row of it, not its end.
_ROWS_LEFT_OUT = frozenset({"…", "……", "...", "......", "⋯", "⋯⋯"})
