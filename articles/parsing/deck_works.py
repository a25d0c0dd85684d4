"""A column's genre over a title that is only a work's name in 《》 (``长篇书目介绍`` / ``《青溪桥》``,
``新书介绍`` / ``《海边的灯塔》``): the column's name is the kicker (引题) and the work's name the
headline, though the name is shorter than the label (INPUT.md, "Headlines": a column's name over
the title). Used by :func:`~articles.parsing.deck_pairs.over_title`. Pure.
"""

from __future__ import annotations

import re

from articles.parsing.verses import COLUMN_GENRES
from articles.text import fold

# A title that is only a work's name in 《》 (《青溪桥》).
_WORK_TITLE_RE = re.compile(r"^《[^《》]{1,20}》$")
_LABEL_MAX = 6  # characters, spaces left out: a column's name is short (长篇书目介绍)


def work_under_genre(label: str, title: str) -> bool:
    """Whether ``label`` (spaces left out) is a column's name ending with its genre
    (:data:`~articles.parsing.verses.COLUMN_GENRES`, at most :data:`_LABEL_MAX` characters) over
    ``title`` (spaces left out), a work's name in 《》 alone."""
    return (
        len(label) <= _LABEL_MAX
        and _WORK_TITLE_RE.match(title) is not None
        and fold(label).endswith(COLUMN_GENRES)
    )
