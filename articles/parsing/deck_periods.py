"""A table's or a listing's title with the period or the place it covers in brackets on the line
under it (``本周影讯`` / ``（3月17日—3月23日）``, ``水产品批发行情`` / ``（6月13日　某某市场）``, ``某港潮汐表``
/ ``（农历五月初一至十五）``): the title is the headline, the bracketed line its subheadline. A
column's name in brackets under a title (``（九州时评）``, INPUT.md "Headlines": it belongs to the
headline) names no day, month or figure, and is left to the other deck rules.
"""

from __future__ import annotations

import re

from articles.text import fold

_LINE = 24  # characters: the title and the bracketed line are each at most this long
# The bracketed line: one pair of brackets round it all, naming a day, a month or a figure.
_PERIOD_RE = re.compile(r"^\((?=[^()]*(?:[0-9]|[月日]))[^()]{2,22}\)$")
# What a title line never is here: bracketed itself, or cued as a kicker (——, ：).
_NOT_TITLE_RE = re.compile(r"^\(|(?:——|[:—])$")


def period_under_title(lines: list[str]) -> tuple[str, str, str] | None:
    """(kicker, headline, subheadline) of a two-line deck ``lines`` that is a title over its
    bracketed period or place (see the module docstring): ``("", title, bracketed line)``; None
    for any other deck."""
    if len(lines) != 2:
        return None
    title, under = lines[0].strip(), lines[1].strip()
    if not title or len(title) > _LINE or len(under) > _LINE:
        return None
    if _NOT_TITLE_RE.search(fold(title)) or not _PERIOD_RE.match(fold(under)):
        return None
    return "", title, under
