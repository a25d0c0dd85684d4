"""A deck's lines read by their type sizes, where the page's layout told them (a PDF's text
layer: :func:`articles.parsing.page.parse_page`'s ``line_sizes``; a page of text alone tells
none, and its decks are read by their words only).

主题, the headline, is set in the deck's largest type; a line in smaller type over it is its 引题
(kicker), one under it its 副题 (subheadline). INPUT.md reads a deck's roles from cues and words
because a text dump carries no sizes; where the sizes are known they say it first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from articles.parsing.reader import Heading
from articles.parsing.units import Body

LineSizes = Mapping[int, float]  # points, by the reader's line number
DeckSizes = Mapping[str, float]  # points, by a deck line's text

# Two type sizes this close (a share of the larger) are one size: what a PDF's layout already
# reads as one title on two lines (articles.pdfpages.layout._one_title).
SAME_SIZE = 0.03


def keep_sizes(body: Body, lines: Iterable[Heading], sizes: LineSizes | None) -> None:
    """Note in ``body.deck_sizes`` the type size (points) that ``sizes`` (by the reader's line
    number) gives each of ``lines``, deck lines given to ``body``, one printed line each."""
    if not sizes:
        return
    for heading in lines:
        size = sizes.get(heading.line)
        if size is not None:
            body.deck_sizes[heading.lines[0]] = size


def roles_by_size(
    blocks: list[list[str]],
    kicker_lines: list[str],
    sub_lines: list[str],
    sizes: DeckSizes,
) -> tuple[list[str], list[str], list[str]] | None:
    """(kicker, headline, subheadline) lines of a deck whose lines no cue placed (``blocks``,
    in print order; ``kicker_lines`` and ``sub_lines`` placed by their cues) by the lines'
    ``sizes`` (by their text): the lines in the largest size are the headline, those over them
    go to the kicker, those under them to the subheadline. None (the words decide, as on a page
    of text alone) unless every line's size is known, two of them differ in size (by more than
    :data:`SAME_SIZE`) and the lines in the largest size are printed one after another."""
    lines = [line for block in blocks for line in block]
    if len(lines) < 2 or any(line not in sizes for line in lines):
        return None
    largest = max(sizes[line] for line in lines)
    top = [i for i, line in enumerate(lines) if largest - sizes[line] <= SAME_SIZE * largest]
    if len(top) == len(lines) or top[-1] - top[0] + 1 != len(top):
        return None
    first, last = top[0], top[-1] + 1
    return kicker_lines + lines[:first], lines[first:last], lines[last:] + sub_lines
