"""A photo printed apart from the story the text links it to: a picture item of its own.

A page's text gives its pictures in no fixed place; the parser links a photo to a story by
what the text says (``articles.parsing.photolinks``: the caption's words, where the caption
stands among the stories). A stand-alone picture (a photo with its title and caption and no
story: ``科普宣传上街`` / ``5月19日，县科技局…（陈维连）`` at the foot of a real county page of
2011) stands in the text after some story's last paragraph, and the text alone cannot tell it
from that story's picture. The page PDF can: a story's picture is set in the story's columns,
its nearest text is the story's; a picture item is set in a frame of its own, its caption
block under it or beside it, and the text nearest the picture (its own caption aside) is
another story's, or the story the text names is farther off than another.

:func:`photos_apart` marks such a photo (``PartZone.apart``) when it took an image
(:func:`~articles.pdfpages.zones.match_parts`), its caption's characters found lie under the
image or beside it, and the story the text links it to (``PartText.story``) has its nearest
placed line more than :data:`FARTHER` times as far from the image as the nearest line of any
other part (another story's, another photo's caption), and at least :data:`OFF` points off.
Distances are in points (the page-relative boxes scaled by the page's size) between the boxes'
edges; a line is its characters' boxes less a quarter on each side, as the zones' rectangles
measure it. Nothing is decided for a photo whose story was not placed on the page.

Pure, no PDFium.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from articles.pdfpages.document import Box

#: How many times farther than other text the linked story's text must be from the picture.
FARTHER = 1.25
#: How far off the picture (points) the linked story's text must be at least: a line and a
#: half of body text (a story's own picture stands a gutter or a line's space from its text).
OFF = 12.0
#: How far (page-relative) a caption may reach over the image's edge and still be under or
#: beside it (the text layer's boxes are a glyph's advance, not its ink).
EDGE = 0.005


def photos_apart(
    parts: list,
    zones: list,
    boxes: list,
    pictures: dict,
    size: tuple,
    lines: Callable[[int], list[Box]],
    around: dict,
) -> None:
    """Mark ``zones[n].apart`` for each photo ``n`` of ``pictures`` (its part number → the
    image box its zone took, page-relative, in the frame of ``boxes``) printed apart from the
    story ``parts[n].story`` names (see the module docstring). ``boxes``: each page
    character's box (4 floats, page-relative); ``size``: the page's width and height in points
    in that frame; ``around``: the box around each placed part's characters (by part number;
    a part not found has none) and ``lines(m)`` part ``m``'s line boxes (what
    :func:`~articles.pdfpages.zones.match_parts` has made for the rectangles already): a part
    is measured by its lines only when the box around it is nearer than what is known."""
    width, height = size
    for n, image in pictures.items():
        story = parts[n].story
        if story is None:
            continue
        own = [boxes[i] for i in zones[n].chars if not _centre_in(boxes[i], image)]
        if not own or not _under_or_beside(_around(own), image):
            continue
        by_gap = sorted((_gap(box, image, width, height), m) for m, box in around.items() if m != n)
        story_parts = {m for _, m in by_gap if parts[m].story == story}
        if not story_parts:
            continue  # the story is not placed on the page: nothing to tell
        others = [(gap, m) for gap, m in by_gap if m not in story_parts]
        other = _nearest(others, lines, image, size)
        mine = [(gap, m) for gap, m in by_gap if m in story_parts]
        within = max(other * FARTHER, OFF)
        if other < math.inf and _nearest(mine, lines, image, size, within) == math.inf:
            zones[n].apart = True  # the story's text farther than FARTHER × other text, and OFF


def _nearest(by_gap: list, lines, image: Box, size: tuple, within: float = math.inf) -> float:
    """The distance (points) from ``image`` to the nearest line of the parts in ``by_gap``
    (each part's number after the gap to the box around it, nearest first); ``math.inf`` when
    none is nearer than ``within``. A part is measured by its lines only while the box around
    it is nearer than the nearest line found: only the lines of the few parts near the picture
    are made."""
    width, height = size
    best = math.inf
    for gap, m in by_gap:
        if gap >= min(best, within):
            break
        best = min(best, *(_gap(line, image, width, height) for line in lines(m)))
    return best if best < within else math.inf


def _gap(box, image: Box, width: float, height: float) -> float:
    """The distance in points between the edges of ``box`` and ``image`` (0 when they meet)."""
    dx = max(0.0, box[0] - image.x1, image.x0 - box[2]) * width
    dy = max(0.0, box[1] - image.y1, image.y0 - box[3]) * height
    return math.hypot(dx, dy)


def _centre_in(box, image: Box) -> bool:
    return image.x0 <= (box[0] + box[2]) / 2 <= image.x1 and image.y0 <= (box[1] + box[3]) / 2 <= (
        image.y1
    )


def _around(boxes: list) -> Box:
    x0s, y0s, x1s, y1s = zip(*boxes, strict=True)
    return Box(min(x0s), min(y0s), max(x1s), max(y1s))


def _under_or_beside(caption: Box, image: Box) -> bool:
    """Whether the caption's box lies under the image (across it: their spans overlap) or
    beside it (left or right, their heights overlapping)."""
    across = min(caption.x1, image.x1) - max(caption.x0, image.x0) > 0
    down = min(caption.y1, image.y1) - max(caption.y0, image.y0) > 0
    under = across and caption.y0 >= image.y1 - EDGE
    beside = down and (caption.x0 >= image.x1 - EDGE or caption.x1 <= image.x0 + EDGE)
    return under or beside
