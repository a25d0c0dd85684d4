"""A roll of names announced by its lead-in: rows of a unit and the people named under it
(``经各单位推荐，下列同志被评为先进工作者：`` / ``第一车间　张建国　刘秀英（女）`` / ``第二车间
王志强``), printed as a story's text (INPUT.md, "Headlines": lead-in lines ending in ``如下：`` are
no new article; lists printed as items are stories).

Each row is short and unpunctuated and looks like a deck line; a roll's rows name people, one
to several a row, so their cells differ in number from row to row (a table's rows,
:func:`~articles.parsing.datarows.word_row`, keep one count). What makes them a roll: every cell
after a row's first is a person's name (:func:`~articles.parsing.names.looks_like_name`, or a
common surname and one or two characters),
with a short bracketed note after it (``（女）``, ``（回族）``), as an honours list, a list of
delegates or a list of winners prints them. No deck's line is a unit followed by people's
names.

The lead-in over them may be printed right under the list's headline: a sentence with its
clauses (a comma or an enumeration comma in it) ending with a colon (:func:`clause_lead_in`),
which no kicker is (a kicker that ends with ``：`` is a phrase, ``社区微改造：``).

Pure; used by :mod:`~articles.parsing.pagerows` (the rows) and
:mod:`~articles.parsing.leadins` (the lead-in).
"""

from __future__ import annotations

import re

from articles.parsing.names import looks_like_name
from articles.parsing.surnames import SURNAMES
from articles.text import HAN, fold

_GAP_RE = re.compile(r"[ \t\u3000]*(?:\u3000|\t| {2})[ \t\u3000]*")
# A short note after a name: （女）, (女), （回族）, （特邀）.
_NOTE_RE = re.compile(r"[（(][^（）()]{1,3}[）)]$")
_ROW = 40  # characters: a roll's row at most
_UNIT = 12  # characters: the unit opening a row at most
_NAMES = 6  # names a row at most
_PROSE = frozenset("。，！？；：、,.!?;:")
_LEAD_IN = 12  # characters: a clause lead-in at least (a kicker ending with ： is shorter)
_CLAUSE_MARKS = frozenset("，、,")
_HAN_RE = re.compile(rf"[{HAN}]+")


def roll_row(text: str) -> bool:
    """True when ``text`` (a page's line) is a row of a roll: at most :data:`_ROW` characters,
    a unit (at most :data:`_UNIT` characters) then one to :data:`_NAMES` people's names, parted
    by wide gaps (a full-width space, a tab or two spaces), no punctuation but a name's note.
    Constant time (the line is short)."""
    t = text.strip()
    if len(t) > _ROW or _GAP_RE.search(t) is None:
        return False
    cells = _GAP_RE.split(t)
    if not 2 <= len(cells) <= _NAMES + 1 or len(cells[0]) > _UNIT:
        return False
    if _PROSE.intersection(fold(cells[0])):
        return False
    return all(_name_cell(_NOTE_RE.sub("", cell)) for cell in cells[1:])


def _name_cell(cell: str) -> bool:
    """``cell`` is a person's name (:func:`~articles.parsing.names.looks_like_name`), or two or
    three Han characters opening with a common surname (``柯文涛``: a roll names people jieba's
    dictionary may not read as a name; the rows' other tests keep decks out)."""
    if looks_like_name(cell):
        return True
    return 2 <= len(cell) <= 3 and cell[0] in SURNAMES and _HAN_RE.fullmatch(cell) is not None


def roll_end(lines: list[str], number: int) -> int | None:
    """The last line (1-based) of the roll whose first row is line ``number`` of ``lines``:
    two rows or more (:func:`roll_row`) right under each other, or each one blank line under
    the one before (as the first two stand). None when fewer. Linear in the roll."""
    if not 0 < number < len(lines) or not roll_row(lines[number - 1]):
        return None
    step = 2 if not lines[number].strip() else 1
    end = number
    while end + step <= len(lines) and (step == 1 or not lines[end].strip()):
        if not roll_row(lines[end + step - 1]):
            break
        end += step
    return end if end > number else None


def clause_lead_in(folded: str) -> bool:
    """True when ``folded`` (a folded line, stripped) is a sentence's lead-in rather than a
    kicker: at least :data:`_LEAD_IN` characters, ending with a colon, with a clause mark (``，``
    or ``、``) before it (``经各厂推荐、市总工会审查，下列同志被评为先进生产者：``)."""
    return (
        len(folded) >= _LEAD_IN
        and folded.endswith(("：", ":"))
        and not _CLAUSE_MARKS.isdisjoint(folded[:-1])
    )


def roll_under(lines: list[str], number: int) -> bool:
    """True when a roll (:func:`roll_end`) opens right under line ``number`` (1-based) of
    ``lines``, or one blank line under it."""
    first = number + 1
    if first <= len(lines) and not lines[first - 1].strip():
        first += 1
    return roll_end(lines, first) is not None
