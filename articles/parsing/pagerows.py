"""The runs of rows of data on a page that are a story's text (:class:`PageRows`), each line
read once: what makes a line a row, and where a run meets the next story's deck, is
:mod:`~articles.parsing.datarows`'s (its docstring tells the rules; INPUT.md, "Headlines").
"""

from __future__ import annotations

from articles.parsing.datarows import (
    DECK_LINES,
    LEAD_IN_END_RE,
    aligned_figures,
    cut_at_width,
    data_row,
    dateline_after,
    deck_block,
    deck_glued_under,
    item_row,
    items_over_deck,
    label_rows,
    label_word_row,
    rows_over_deck,
    rows_then_deck,
    story_text_after,
    unaligned,
    word_row,
)
from articles.parsing.rolls import roll_end


class PageRows:
    """The runs of rows of data on a page's ``lines`` (:meth:`in_story`), each line read once:
    a run's rows are looked at once, however long the run (a market page's price list of
    hundreds of rows stays one run), and a line inside a run already looked at is not looked at
    again, so reading a page's rows is linear in its lines. ``width``: the page's column width
    when it is set in cut lines (:func:`~articles.parsing.layout.column_width`), or None."""

    def __init__(self, lines: list[str], width: int | None = None):
        self.lines = lines
        self.width = width
        self._cells: dict[tuple[int, bool], int] = {}  # (line, after a lead-in) → cells
        self._looked_to = 0  # the last line of the last run looked at

    def cells(self, number: int, lead_in: bool) -> int:
        """The cells of line ``number`` (1-based) as a row of data (:func:`data_row`), else 0.
        After a lead-in (``lead_in``), a line of one cell will do (:func:`item_row`): a date
        and a place glued (``7月10日（周五）城东片区``), an item (``一、城东片区``); so will a
        label and its value without a figure (:func:`label_word_row`: ``地点：市民广场``).
        Remembered."""
        key = (number, lead_in)
        if key not in self._cells:
            text = self.lines[number - 1]
            count = data_row(text)
            if not count and lead_in and (item_row(text.strip()) or label_word_row(text.strip())):
                count = 1
            self._cells[key] = count
        return self._cells[key]

    def run_end(self, number: int, lead_in: bool = False) -> int | None:
        """The last line (1-based) of the run of rows (:meth:`cells`) that opens on line
        ``number``: the rows right under it, no blank line between, or, on a page that sets a
        blank line after every line, the rows each one blank line under the one before (as the
        first two stand: the run keeps its spacing). None when the run holds one row only (one
        line is no table) or line ``number`` is no row. Unbounded; linear in the run."""
        lines = self.lines
        if not 0 < number < len(lines) or not self.cells(number, lead_in):
            return None
        step = 1 if self.cells(number + 1, lead_in) else 2  # (line number + 1 is lines[number])
        end = number
        while end + step <= len(lines):
            if (step == 2 and lines[end].strip()) or not self.cells(end + step, lead_in):
                break
            end += step
        return end if end > number else None

    def _cut_text(self, end: int) -> bool:
        """True when the run ending on line ``end`` may end in a paragraph's cut line
        (:func:`cut_at_width`): no rows, text going on from line to line."""
        return cut_at_width(self.lines, end, self.width)

    def in_story(self, number: int, tail: str) -> int | None:
        """The last line (1-based) of a run of rows of data on line ``number`` (:meth:`run_end`)
        that is text of the story whose paragraph ends with ``tail`` (that paragraph's last line,
        which ends a sentence). Either the paragraph announces the rows (ends with ``：`` or
        ``——``: a lead-in, INPUT.md "Headlines": no new article), the text after the run
        opens with no dateline (rows right over a story's ``本报讯…`` are its deck) and its last
        line is no paragraph's line cut at the column's width (:func:`cut_at_width`; items
        ``一、…`` over title lines over a dateline are none: :func:`items_over_deck`), the rows
        then may be of one cell (:meth:`cells`); or, the run's last lines opening unlike its
        rows or breaking their column of figures, those lines are the deck over that dateline
        (:func:`rows_over_deck`, :func:`rows_then_deck`); or the rows
        hold a column of figures of one form (:func:`aligned_figures`) or are all a label and
        its value (:func:`label_rows`) and the next text after the run is more text of the same
        story (:func:`story_text_after`) or title lines set right under the last row, or one
        blank line under it with a dateline under them (:func:`deck_glued_under`; also when a lead-in's run took a deck's line with a figure
        in it: the rows of data alone are read then), unless the rows are one or two label
        lines, no column of figures, in a block of their own (:func:`deck_block`: where a
        deck stands, ``南通：前三季度GDP增长6.5%``). None when the rows are not the story's
        (a deck over the next story, a box at the foot of the page), and for a line of a run
        already looked at."""
        if number <= self._looked_to:
            return None  # (a run is looked at once, from its first line: linear in the page)
        if LEAD_IN_END_RE.search(tail):
            decided, end = self._announced(number, tail)
            if decided:
                return end
        return self._unannounced(number)

    def _announced(self, number: int, tail: str) -> tuple[bool, int | None]:
        """:meth:`in_story`'s first step, under a paragraph that announces rows (``tail`` a
        lead-in's): whether the run on line ``number`` was decided there, and its last line
        (None: not the story's). Undecided when a deck with a figure over a dateline may have
        joined the run: the rows of data alone are read then (:meth:`_unannounced`)."""
        end = self.run_end(number, lead_in=True)
        if end is None:
            if tail.rstrip()[-1:] not in ":：":
                return False, None
            end, taken = word_rows(self.lines, number)
            if not taken and (roll := roll_end(self.lines, number)) is not None:
                end, taken = roll, True  # (a roll of names: 第一车间　张建国　刘秀英（女）)
            self._looked_to = end  # (a run looked at once, taken or not: linear)
            return taken, end if taken else None
        self._looked_to = end
        if self._cut_text(end) and not items_over_deck(self.lines, number, end):
            return True, None
        if not dateline_after(self.lines, end):
            return True, end
        rows_end = rows_over_deck(self.lines, number, end)
        if rows_end is None:
            rows_end = rows_then_deck(self.lines, number, end)
        return rows_end is not None, rows_end

    def _unannounced(self, number: int) -> int | None:
        """:meth:`in_story`'s second step: the last line of the run of rows on line ``number``
        when they hold a column of figures or are all label rows and the story's text or the
        next story's deck follows them (see :meth:`in_story`), else None."""
        end = self.run_end(number)
        if end is None:
            return None
        self._looked_to = end
        rows = self.lines[number - 1 : end]
        if not (aligned_figures(rows) or label_rows(rows)):
            return None
        step = 2 if not self.lines[number].strip() else 1  # (the run's spacing, run_end's)
        if (
            not aligned_figures(rows)
            and len(rows) < DECK_LINES
            and deck_block(self.lines, number, end, step)
        ):
            return None  # (label lines in a block of their own, unannounced: a deck's place)
        if story_text_after(self.lines, end) or deck_glued_under(self.lines, end, step):
            return end
        if step == 1 and deck_glued_under(self.lines, end, 2, dated=True):
            return end  # (a blank line under the rows, then the next story's deck and dateline)
        return None


def word_rows(lines: list[str], number: int) -> tuple[int, bool]:
    """The last line (1-based) of a run of rows of words (:func:`word_row`) opening on line
    ``number`` of ``lines`` (``number`` when it is none), and whether the run is a list in rows
    of words right under a paragraph that announces it with a colon (``首批开放的公园有：`` /
    ``东园　　东大街`` / ``南园　　南大街``): two rows or more of one count of cells, right under
    each other or each one blank line under the one before (as the first two stand), the
    story's text after them (:func:`story_text_after`: no dateline, no title-like line) or,
    the rows right under the lead-in, the next story's deck over its text, a blank line over
    it or none (:func:`deck_glued_under`: the list ends its story). A deck may be two lines of two halves
    parted by two spaces (INPUT.md, "Headlines"), never more than :data:`DECK_LINES` lines: a
    run that short is a list only when each column's cells are of one width, give or take a
    character (``东园``/``南园``, ``王小明``/``李华``: :func:`unaligned`), and it is not in a
    block of its own (:func:`deck_block`). Linear in the run (the caller looks at a run
    once)."""
    first = word_row(lines[number - 1])
    if not first or number >= len(lines):
        return number, False
    step = 2 if not lines[number].strip() else 1
    table = [first]
    end = number
    while end + step <= len(lines) and (step == 1 or not lines[end].strip()):
        cells = word_row(lines[end + step - 1])
        if len(cells) != len(first):
            break
        table.append(cells)
        end += step
    if len(table) < 2:
        return end, False
    glued = step == 1 and lines[number - 2].strip()  # (right under its lead-in)
    over_deck = glued and (deck_glued_under(lines, end, 2) or deck_glued_under(lines, end, 1))
    if not (story_text_after(lines, end) or over_deck):
        return end, False
    if len(table) <= DECK_LINES and (deck_block(lines, number, end, step) or unaligned(table)):
        return end, False
    return end, True
