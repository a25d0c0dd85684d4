"""A story's byline as readers see it: the line as printed, each credited person in it linkable.

The byline keeps every role as printed (``记者陈晓辉 通讯员吴敏杰``, ``实习生``, a column's author
line ``林  舒``), so the public pages show it, not one label (``记者``) before every name. The
names come from the story's ``Byline`` rows (the parser's reporters, or an editor's), in printed
order; they are found in the line with whitespace between their characters allowed (names are
stored without the spaces a page sets between a two-character name's characters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def credit_pieces(byline: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """The byline in pieces, ``[(text, name)]`` in order: ``name`` is the credited person a piece
    prints (its ``text`` as printed, linked by the templates), ``""`` for the text between them
    (roles, punctuation). A name not found in the line (one taken from the dateline, or added
    by an editor) follows it, after a space; with no byline, the names alone, space-separated
    (no role is claimed that the page did not print). ``[]`` when there is neither."""
    pieces: list[tuple[str, str]] = []
    at = 0
    missing = []
    for name in names:
        start, end = _find(byline, name, at)
        if start < 0:
            missing.append(name)
            continue
        if start > at:
            pieces.append((byline[at:start], ""))
        pieces.append((byline[start:end], name))
        at = end
    if byline[at:].strip():
        pieces.append((byline[at:], ""))
    for name in missing:
        if name:
            if pieces:
                pieces.append((" ", ""))
            pieces.append((name, name))
    return pieces


def _find(byline: str, name: str, at: int) -> tuple[int, int]:
    """Where ``name`` is printed in ``byline`` from ``at`` on, spaces between its characters
    allowed: ``(start, end)``, or ``(-1, -1)``. (Most names are printed as stored: found
    without a pattern, the page view's bylines cost no regular expression.)"""
    if not name:
        return -1, -1
    start = byline.find(name, at)
    if start >= 0:
        return start, start + len(name)
    found = re.compile(r"\s*".join(map(re.escape, name))).search(byline, at)
    return (found.start(), found.end()) if found else (-1, -1)
