"""A picture's credit line among the columns' lines: the picture's, not the columns' text.

Prepress sets a photo's credit (``陈维连/摄``, ``记者 孙立 摄``) in a frame of its own, often
over the photo's bottom corner, in another face than the columns' (Founder pages: 黑体 over
报宋). The text layer gives it as one more line; read by position alone it lands between two
columns of the story around the photo, and the column break's join glued it into a sentence
(a real county page of 2011: ``…我县省级文明陈维连/摄城市复评…``). What tells it apart, as
the PDF gives it:

* it **reads as a credit** (:func:`reads_as_credit`: names and ``摄``, ``/摄``, ``摄影：``…;
  one short line), and
* its **geometry** is not a column line's: it is printed **on a picture** (inside an image
  box of the page that holds few lines, :func:`on_pictures`) or as the **first line under a
  picture**, within the picture's width (:func:`picture_credit`), or set in a **type size**
  other than the columns' (:func:`sized_apart`). A column line that happens to end in ``摄``
  (``…爱好者拍摄``) is set in the columns' size, off the pictures: text.

:mod:`~articles.pdfpages.layout` leaves a credit on a picture, or the first line under it, out
of the columns' reading (what the page's text gives the parser is the stories' text: a credit
the text cannot place would take the paragraph above it as its caption, or be read as the next
story's kicker, or be glued to the paragraph before it), and keeps a credit sized apart on a
line of its own, never joined into a paragraph (a caption's credit under it, as a text dump
gives it). The characters stay in the page's layout: zones find them as before, and a picture
with such a credit and no caption is a photo of its own
(:mod:`~articles.pdfpages.creditedpictures`).

Pure, no PDFium.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from articles.text import HAN

#: The longest credit line, in characters (``本报记者 某某某 通讯员 某某 摄``).
LONGEST = 24

# Names (two to four Han characters, after a unit's shorter name and a space, or after a
# reporter's role with or without a space: 本报记者王明/摄), then 摄 or 摄影, with or without a
# slash or space before it, and the agency that sent it in brackets after it (王强摄（新华社发）);
# or 摄影/图/图片 then a separator and the names; or an agency that sent the picture (新华社发) or
# who gave it (受访者供图). Brackets around the whole may stand (（陈维连 摄）). Traditional 攝,
# 圖 and 發 read alike.
_NAMES = rf"[{HAN}·]{{2,4}}"
_ROLE = r"(?:(?:本报|本刊|新华社|中新社)?(?:特约)?(?:摄影)?记者|通讯员|实习生)"
_CREDIT_RE = re.compile(
    rf"^[（(]?(?:(?:[{HAN}]{{1,8}}[ \u3000]+|{_ROLE}[ \u3000]*)?{_NAMES}"
    rf"(?:[ \u3000]+{_NAMES})*[ \u3000]*[/／]?[ \u3000]*[摄攝]影?"
    rf"(?:[（(][{HAN}]{{1,5}}社[发發][）)])?"
    rf"|(?:[摄攝]影|[图圖]片?)[ \u3000]*[/／:：|｜][ \u3000]*{_NAMES}(?:[ \u3000]+{_NAMES})*"
    rf"|[{HAN}]{{1,5}}社[发發稿]|[{HAN}]{{2,8}}供[图圖])"
    rf"[）)]?$"
)


def reads_as_credit(text: str) -> bool:
    """Whether one printed line ``text`` reads as a picture's credit (see the module docstring):
    ``陈维连/摄``, ``记者 孙立摄``, ``本报记者 徐建中 摄``, ``本报记者王明/摄``, ``（林嘉文攝）``,
    ``摄影：王强``, ``图/李明``, ``新华社发``, ``王强摄（新华社发）``, ``受访者供图``; not longer
    than :data:`LONGEST` characters."""
    text = text.strip()
    return 0 < len(text) <= LONGEST and bool(_CREDIT_RE.match(text))


#: Lines on one image, at most, for it to be a picture (a photo with its credit, a caption
#: set over it); more: a background (a scan under its OCR text, a tint behind a story).
PICTURE_LINES = 3


def lies_on(box, picture) -> bool:
    """Whether a line's box (x0, y0, x1, y1) lies on ``picture`` (a box in the same units): its
    middle inside it and the whole line within it, give or take a third of the line's height (a
    credit set flush with the photo's edge)."""
    x0, y0, x1, y1 = box
    slack = (y1 - y0) / 3
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return (
        picture[0] <= mx <= picture[2]
        and picture[1] <= my <= picture[3]
        and x0 >= picture[0] - slack
        and x1 <= picture[2] + slack
        and y0 >= picture[1] - slack
        and y1 <= picture[3] + slack
    )


def on_pictures(boxes: list, images: list) -> list[bool]:
    """For each line's box among ``boxes`` (x0, y0, x1, y1), whether it lies on a picture: one
    of ``images`` (boxes in the same units) with at most :data:`PICTURE_LINES` lines on it (a
    scanned page's image under its whole text is no picture). A line lies on an image when its
    middle is inside it and the whole line within it, give or take a third of the line's
    height (a credit set flush with the photo's edge)."""
    on = [[n for n, box in enumerate(boxes) if lies_on(box, image)] for image in images]
    out = [False] * len(boxes)
    for lines in on:
        if len(lines) <= PICTURE_LINES:
            for n in lines:
                out[n] = True
    return out


#: How far under a picture (in the line's own heights) its credit may start.
UNDER = 1.5


def lies_under(box, picture) -> bool:
    """Whether a line's box (x0, y0, x1, y1) starts under ``picture`` (a box in the same units),
    no more than :data:`UNDER` of its own heights below it, the whole line within the picture's
    width give or take a third of its height."""
    x0, y0, x1, y1 = box
    tall = y1 - y0
    slack = tall / 3
    return (
        picture[3] - slack <= y0 <= picture[3] + UNDER * tall
        and x0 >= picture[0] - slack
        and x1 <= picture[2] + slack
    )


def picture_credit(boxes: list, picture, reads: Callable[[int], bool]) -> int | None:
    """The credit of ``picture`` among the lines whose boxes are ``boxes`` (the same units), by
    its number: a line on it (:func:`lies_on`) that ``reads`` as a credit (``reads(n)`` for
    line ``n``: :func:`reads_as_credit` of its text), else the first line under it
    (:func:`lies_under`, the nearest) when that one reads as a credit; None when neither, or
    when more than :data:`PICTURE_LINES` lines lie on it (a background, no picture)."""
    on = [n for n, box in enumerate(boxes) if lies_on(box, picture)]
    if len(on) > PICTURE_LINES:
        return None
    for n in on:
        if reads(n):
            return n
    under = [n for n, box in enumerate(boxes) if lies_under(box, picture)]
    first = min(under, key=lambda n: boxes[n][1], default=None)
    return first if first is not None and reads(first) else None


def sized_apart(size: float, body: float) -> bool:
    """Whether a line set ``size`` points is in another type size than the columns' ``body``
    (points): more than a tenth apart (a 9 pt credit among 10 pt text; the sizes one face
    gives one size differ by hundredths)."""
    return abs(size - body) > 0.1 * max(body, 1.0)
