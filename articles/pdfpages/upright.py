"""A page shown turned (``/Rotate``) whose text therefore runs down or up the picture: which way
its text runs, and its boxes turned back so that its lines run left to right.

Characters' boxes are page-relative on the page as it is shown (:class:`~articles.pdfpages.
document.PageFrame`), which is what readers see and what zones are drawn on. Grouping characters
into lines and lines into columns (:mod:`~articles.pdfpages.zones`' rectangles, :mod:`~articles.
pdfpages.layout`'s reading order) assumes lines that run left to right; on an upright page an
editor turned in Acrobat before sending it they run down the picture. :func:`text_turn` says how
far the text is turned, from the characters themselves (a line's characters follow each other
along it, as PDFium gives them), so a packed layout needs nothing more; :func:`unturn_box` and
:func:`turn_box` take a box to the upright page and back.

Pure, no PDFium.
"""

from __future__ import annotations

from collections import Counter

from articles.pdfpages.document import Box, Char, PageFrame, PageLayout

#: Pairs of neighbouring characters looked at to tell which way the text runs.
SAMPLE = 400


def text_turn(boxes) -> int:
    """How far the page's text is turned clockwise as shown (0, 90, 180 or 270) from ``boxes``,
    the page's characters' boxes in the text layer's order (:class:`Box` or plain 4-tuples,
    page-relative, 0–1 from the top left): up to :data:`SAMPLE` pairs of characters next to
    each other in that order and on the page (their centres less than two character sizes
    apart) vote by the way the second lies from the first (right: 0; down: 90; left: 180; up:
    270); a way wins with more than half of the votes, else 0 (no text, or no clear way)."""
    count = len(boxes)
    if count < 2:
        return 0
    votes: Counter[int] = Counter()
    step = max(1, (count - 1) // SAMPLE)
    for i in range(0, count - 1, step):
        a, b = boxes[i], boxes[i + 1]
        ax, ay = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
        dx, dy = (b[0] + b[2]) / 2 - ax, (b[1] + b[3]) / 2 - ay
        reach = 2 * max(a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1])
        if reach <= 0 or abs(dx) > reach or abs(dy) > reach:
            continue  # a line's end and the next line's start, or another frame
        if abs(dx) > 2 * abs(dy):
            votes[0 if dx > 0 else 180] += 1
        elif abs(dy) > 2 * abs(dx):
            votes[90 if dy > 0 else 270] += 1
    if not votes:
        return 0
    turn, n = votes.most_common(1)[0]
    return turn if n * 2 > sum(votes.values()) else 0


def turn_box(box, turn: int) -> Box:
    """``box`` (page-relative, 4 floats) on a page turned ``turn`` degrees clockwise."""
    return PageFrame(0.0, 0.0, 1.0, 1.0, turn % 360).turned(Box(*box))


def unturn_box(box, turn: int) -> Box:
    """``box`` (page-relative, 4 floats) of a page shown turned ``turn`` degrees clockwise, on
    the page turned back upright (:func:`turn_box` undone)."""
    return turn_box(box, -turn)


def upright_layout(layout: PageLayout) -> PageLayout:
    """``layout`` itself when its text runs left to right (:func:`text_turn`), otherwise a new
    layout of the page turned back so that it does: boxes turned back, width and height
    swapped for a quarter turn (sizes, images and warnings as they were)."""
    turn = text_turn([c.box for c in layout.chars])
    if not turn:
        return layout
    width, height = (
        (layout.height, layout.width) if turn in (90, 270) else (layout.width, layout.height)
    )
    return PageLayout(
        width=width,
        height=height,
        chars=[Char(c.text, unturn_box(c.box, turn), c.size) for c in layout.chars],
        images=[unturn_box(b, turn) for b in layout.images],
        warnings=list(layout.warnings),
    )
