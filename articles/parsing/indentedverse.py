"""A rhyme or a short poem printed right under its title with each line indented like a paragraph
(a literacy paper's 识字歌, a children's page's jingle): unpunctuated short lines, three or more in
a row, under a title line that is not indented. Short and without punctuation, each line looks
like a deck line; they are the item's text (INPUT.md, "Encoding and layout": a short line is not
a headline because it is short), one paragraph a line, and never a byline nor the next story's
deck. The author's signature under them (``（某校　某某）``) is left to the reader's other rules.
:class:`IndentedVerseMixin` is part of :class:`~articles.parsing.tables.TablesMixin`.
"""

from __future__ import annotations

import re

from articles.parsing.units import Heading

_VERSE_LINE = 16  # characters: a verse line is at most this long
_LINES = 3  # lines a verse holds at least
_LOOK = 40  # lines looked at, at most
_INDENT_RE = re.compile(r"^(?:\u3000|  )")  # a paragraph's indent: a full-width space or two
# What a verse line here never holds: punctuation, brackets, quotes, a colon (those are text's
# or a signature's).
_MARKS_RE = re.compile(r"[。，、；：！？,.;:!?（）()“”\"《》]")


def _verse_line(raw: str) -> bool:
    """``raw`` (a line as printed) is an indented, short line without punctuation."""
    text = raw.strip()
    return (
        bool(_INDENT_RE.match(raw))
        and 2 <= len(text) <= _VERSE_LINE
        and not _MARKS_RE.search(text)
        and not text[:1].isdigit()
    )


def verse_end(lines: list[str], number: int) -> int | None:
    """The last line (1-based) of a run of verse lines (:func:`_verse_line`, no blank line
    between) opening at line ``number`` of ``lines``, when it holds :data:`_LINES` lines or
    more; None otherwise."""
    end = number - 1
    for raw in lines[number - 1 : number - 1 + _LOOK]:
        if not _verse_line(raw):
            break
        end += 1
    return end if end - number + 1 >= _LINES else None


class IndentedVerseMixin:
    """The reader's step for an indented verse under its title (uses ``lines``, ``flow`` and
    ``_data_row`` of :class:`~articles.parsing.tables.TablesMixin`)."""

    verse_to = 0  # the last line of the verse being read

    def _indented_verse(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) as a line of a verse right under its one-line
        title (the flow's last unit, on the line above, not indented): each line a paragraph
        of its own. True when it was taken."""
        if number <= self.verse_to:
            self._data_row(number, text)
            return True
        if len(text) > _VERSE_LINE:
            return False  # (the cheap test first)
        last = self.flow[-1] if self.flow else None
        if type(last) is not Heading or len(last.lines) != 1 or last.line != number - 1:
            return False
        if _INDENT_RE.match(self.lines[number - 2]):
            return False  # (the title is not indented: the indent parts title and verse)
        end = verse_end(self.lines, number)
        if end is None:
            return False
        self.verse_to = end
        self._data_row(number, text)
        return True
