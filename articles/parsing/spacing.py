"""Pages whose text layer prints a blank line after every line (double spacing): there a blank
line parts nothing, so two title-like lines, each read as a heading of its own, may be one
headline its frame cut in two (INPUT.md, "Text cut into short lines")."""

from __future__ import annotations

from articles.parsing.headcuts import rejoin_cut_heading
from articles.parsing.units import Heading

_SPACED_LINES = 20  # text lines: a page this long with a blank line after each is double-spaced


def double_spaced(lines: list[str]) -> bool:
    """True when no two text lines of the page follow each other directly and the page holds
    at least :data:`_SPACED_LINES` text lines. Linear in the page's lines."""
    count, previous = 0, False
    for raw in lines:
        text = bool(raw.strip())
        if text and previous:
            return False
        count += text
        previous = text
    return count >= _SPACED_LINES


def join_spaced_headings(flow: list, width: int | None) -> None:
    """On a double-spaced page: two one-line headings one after another that
    :func:`~articles.parsing.headcuts.rejoin_cut_heading` takes for one headline cut by its
    frame (``“观星台”`` / ``落户科技馆``) become one heading. Changes ``flow`` in place;
    linear in its units."""
    index = 0
    while index + 1 < len(flow):
        unit, after = flow[index], flow[index + 1]
        if (
            isinstance(unit, Heading)
            and isinstance(after, Heading)
            and len(unit.lines) == 1
            and len(after.lines) == 1
            and len(rejoin_cut_heading([*unit.lines, *after.lines], width)) == 1
        ):
            unit.lines = [unit.lines[0].strip() + after.lines[0].strip()]
            del flow[index + 1]
        index += 1


_SHORT_LINE = 10  # characters: a page whose typical line is this short is cut into short lines


def short_lined(lines: list[str]) -> bool:
    """Whether a page is cut into short lines (an e-paper or app text layer, narrow OCR
    columns): the median length of its non-blank lines is at most :data:`_SHORT_LINE`
    characters. Linear in the page's lines."""
    sizes = sorted(len(line.strip()) for line in lines if line.strip())
    return bool(sizes) and sizes[len(sizes) // 2] <= _SHORT_LINE
