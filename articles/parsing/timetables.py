"""A standing timetable under its label (教會聚會 / 華人浸信會：主日崇拜　週日上午十時 / …): the
hours a church, a clinic or an office keeps, printed every week in the same place, in rows that
say who, what and when with no sentence in them. It is a box beside the stories (INPUT.md, "Page
furniture that is not a story"), never a story's deck: its rows are no headline.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import is_heading_like

_LABEL = 8  # characters: a timetable's label is at most this long
_ROW = 40  # characters: a timetable's row is at most this long
_ROWS = 12  # rows a timetable holds at most (looked at, no further)
_NUMERAL = r"[0-9０-９零〇一二三四五六七八九十两兩]"
# An hour of the day as a timetable prints it: 上午十時, 晚七時半, 晚上8点, 下午三點半, 9:30.
_HOUR_RE = re.compile(
    rf"(?:上午|下午|中午|晚上|晚|早上|早|凌晨|傍晚|午後|夜)\s*{_NUMERAL}{{1,3}}\s*[時时點点]"
    rf"|{_NUMERAL}{{1,3}}\s*[時时點点](?:半|{_NUMERAL}{{1,2}}分?)"
    r"|(?<!\d)[0-2]?\d[:：][0-5]\d(?!\d)"
)
_SENTENCE_RE = re.compile(r"[。！？!?；;]")


def timetable_end(lines: list[str], number: int) -> int | None:
    """The last line (1-based) of a timetable whose label is line ``number`` of ``lines``: a
    short title-like line (at most :data:`_LABEL` characters, no dateline) right over two rows
    or more, each at most :data:`_ROW` characters, naming an hour of the day
    (:data:`_HOUR_RE`: ``週日上午十時``, ``週三晚七時半``) and holding no sentence's
    punctuation, down to a blank line or the page's end (any other line there: no timetable).
    None when line ``number`` heads none. At most :data:`_ROWS` rows are looked at."""
    label = lines[number - 1].strip()
    if not label or len(label) > _LABEL or not is_heading_like(label) or dateline_match(label):
        return None
    end = number
    for raw in lines[number : number + _ROWS + 1]:
        row = raw.strip()
        if not row:
            break
        if len(row) > _ROW or _SENTENCE_RE.search(row) or not _HOUR_RE.search(row):
            return None
        end += 1
    else:
        return None  # (longer than a timetable: rows of something else)
    return end if end - number >= 2 else None
