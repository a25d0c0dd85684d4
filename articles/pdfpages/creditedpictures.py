"""A picture printed with its credit and no caption: a photo the page's text does not give.

A page's photos come from its text: a caption (and its credit) that the parser reads as a photo,
whose zone takes the image nearest to it (:func:`~articles.pdfpages.zones.match_parts`). A photo
printed with only its credit (``陈维连/摄`` over its bottom corner, ``本报记者 王明/摄`` or
``新华社发`` on the line under it) has no caption for the text to give: a text read from the PDF
leaves a credit on a picture out of the columns (:mod:`~articles.pdfpages.credits`), and a text
dump has it, if at all, as a line the parser cannot place. Every other image of the page (a
rule, a logo, an advertisement, the tint behind a box) stays what it is today: no photo.

:func:`credited_pictures` finds, among the page's images that no photo's zone took, those
printed as photos with a credit: an image

* with a line that **reads as a credit** (:func:`~articles.pdfpages.credits.reads_as_credit`)
  **on it** or as the **first line under it**, within its width
  (:func:`~articles.pdfpages.credits.picture_credit`; at most
  :data:`~articles.pdfpages.credits.PICTURE_LINES` lines on it, or it is a background): the
  credit that :mod:`~articles.pdfpages.layout` leaves out of the page's text;
* at least :data:`TALL` credit lines tall and as wide as the credit, and at least ``min_side``
  points across and down (what can be cut as a picture, :data:`~articles.pdfpages.photos.
  MIN_SIDE` pixels at the import's dpi);
* whose credit's characters no photo of the text has found (that credit is that photo's).

Lines are made as :mod:`~articles.pdfpages.layout` makes them, of the characters on and just
under the images only, on the page turned upright when its text runs down or up
(:mod:`~articles.pdfpages.upright`); the images and zones given back are as the page is shown.

Pure, no PDFium.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles.pdfpages.credits import picture_credit, reads_as_credit
from articles.pdfpages.document import Box, Char, PageLayout
from articles.pdfpages.layout import Line, lines_of
from articles.pdfpages.upright import text_turn, turn_box, unturn_box

#: How far under an image (points) its lines are read: a credit's line (24 pt at most) and a
#: half's gap.
BAND = 60.0
#: How many credit lines tall an image must be at least to be a photo (a rule or a strip is not).
TALL = 3.0


@dataclass(frozen=True)
class CreditedPicture:
    """A picture with its credit and no caption: ``number``, its index in the layout's
    ``images``; ``image``, its box (page-relative, as the page is shown); ``credit``, the credit
    line as printed (a gap between names read as a space: ``本报记者 王明/摄``); ``zone``, the
    box around the picture and its credit (page-relative, as shown)."""

    number: int
    image: Box
    credit: str
    zone: Box


def credited_pictures(
    layout, parts: list, zones: list, *, min_side: float = 0.0
) -> list[CreditedPicture]:
    """The pictures of ``layout`` (a :class:`PageLayout`, or one packed:
    :class:`~articles.pdfpages.packed.PackedLayout`) printed with a credit and no caption, in
    the order of its images (see the module docstring). ``parts`` and ``zones``: what
    :func:`~articles.pdfpages.zones.match_parts` was given and found (a photo's zone, ``images``
    true in its part, has taken its image and found its credit's characters); ``min_side``:
    the smallest picture, in points across and down."""
    taken = {z.image for p, z in zip(parts, zones, strict=True) if p.images and z.image}
    claimed = {i for p, z in zip(parts, zones, strict=True) if p.images for i in z.chars}
    free = [n for n, image in enumerate(layout.images) if image not in taken]
    if not free:
        return []
    page = _Upright(layout)
    images = {n: page.points(layout.images[n]) for n in free}
    images = {n: box for n, box in images.items() if min(box.width, box.height) >= min_side}
    lines, index = page.lines_near(list(images.values()))

    def reads(n: int) -> bool:
        return _reads_as_credit(lines[n])

    out = []
    for n, image in images.items():
        number = picture_credit([_box(ln) for ln in lines], image, reads)
        credit = None if number is None else lines[number]
        if credit is None or not _fits(credit, image):
            continue
        if any(index[id(c)] in claimed for c in credit.chars):
            continue  # a photo of the text found it: that photo's credit
        zone = page.shown(image.union(_box(credit)))
        out.append(CreditedPicture(n, layout.images[n], _credit_text(credit), zone))
    return out


class _Upright:
    """A page's characters (a :class:`PageLayout`'s, or a packed one's as they are packed: no
    :class:`Char` made for each) and its size, measured in points on the page turned upright
    (:func:`~articles.pdfpages.upright.text_turn`)."""

    def __init__(self, layout):
        if isinstance(layout, PageLayout):
            chars = layout.chars
            self.texts = [c.text for c in chars]
            self.boxes = [c.box for c in chars]
            self.sizes = [c.size for c in chars]
        else:
            corners = iter(layout.boxes)
            self.texts, self.sizes = layout.text, layout.sizes
            self.boxes = list(zip(corners, corners, corners, corners, strict=True))
        self.turn = text_turn(self.boxes)
        self.width, self.height = layout.width, layout.height
        if self.turn in (90, 270):
            self.width, self.height = self.height, self.width

    def points(self, box) -> Box:
        """``box`` (page-relative, as shown) in points on the upright page."""
        x0, y0, x1, y1 = unturn_box(box, self.turn)
        return Box(x0 * self.width, y0 * self.height, x1 * self.width, y1 * self.height)

    def shown(self, box: Box) -> Box:
        """``box`` (points, upright) page-relative as the page is shown."""
        w, h = self.width, self.height
        return turn_box(Box(box.x0 / w, box.y0 / h, box.x1 / w, box.y1 / h), self.turn)

    def lines_near(self, images: list[Box]) -> tuple[list[Line], dict[int, int]]:
        """The lines (as :func:`~articles.pdfpages.layout.lines_of` makes them, in points,
        upright) of the characters level with ``images`` (points, upright) or in the
        :data:`BAND` under one, and the index in the layout of each of their characters (by
        the character's ``id``)."""
        near = _near(self.boxes, images, self.turn, self.height)
        if not near:
            return [], {}
        chars = [
            Char(self.texts[i], unturn_box(self.boxes[i], self.turn), self.sizes[i]) for i in near
        ]
        index = {id(char): i for char, i in zip(chars, near, strict=True)}
        return lines_of(PageLayout(width=self.width, height=self.height, chars=chars)), index


def _fits(credit: Line, image: Box) -> bool:
    """Whether ``image`` is a photo's size for ``credit`` (points): :data:`TALL` of its lines
    tall and as wide as it."""
    return image.height >= TALL * (credit.y1 - credit.y0) and image.width >= credit.x1 - credit.x0


def _near(boxes: list, images, turn: int, height: float) -> list[int]:
    """The indexes of the characters whose middle lies across the page level with one of
    ``images`` (points, upright) or in the :data:`BAND` under it (so that the lines there are
    made whole), in the layout's order."""
    bands = [(image.y0 - 1.0, image.y1 + BAND) for image in images]
    if not bands:
        return []
    out = []
    for i, box in enumerate(boxes):
        _, y0, _, y1 = unturn_box(box, turn) if turn else box
        middle = (y0 + y1) / 2 * height
        if any(top <= middle <= bottom for top, bottom in bands):
            out.append(i)
    return out


def _box(line: Line) -> Box:
    return Box(line.x0, line.y0, line.x1, line.y1)


def _reads_as_credit(line: Line) -> bool:
    return reads_as_credit(line.text) or reads_as_credit(line.spaced_text)


def _credit_text(line: Line) -> str:
    """The credit as printed: with the spaces its gaps print (``本报记者 王明/摄``) when it reads
    as a credit so, else as the characters give it."""
    spaced = line.spaced_text.strip()
    return spaced if reads_as_credit(spaced) else line.text.strip()
