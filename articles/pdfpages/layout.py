"""A page's text layer in reading order: characters → lines → blocks → the page's text.

What the layout tells, used the way a reader reads a newspaper page:

* **Lines**: characters on one baseline with no gap wider than a character between them (two
  columns side by side are two lines).
* **Reading order**: recursive XY-cut (Nagy & Seth, 1984) over the lines: a region is cut at its
  widest blank band, across the page (then read top to bottom) or down it (then read left to
  right), until no band is wider than ``gap`` × the body text's size. A headline spanning three
  columns has no blank band through it, so it is read before its columns.
* **Headlines**: in a block, the lines set larger than the body text (``heading_ratio`` × the
  page's commonest size) are its headline deck, each kept on a line of its own; two heading
  lines one under the other in the same size are one title on two lines (:func:`_one_title`).
* **Paragraphs**: body lines are joined into one line per paragraph; a paragraph starts where a
  line is indented or the line before it stops short of the column's right edge. A paragraph cut
  by a column break (a block ending on a full line, the next starting unindented) is joined.
* **L-shaped stories**: see :func:`_l_shape`.
* **Pictures' credits** (:mod:`~articles.pdfpages.credits`): a credit line printed on a picture,
  or as the first line under it, is the picture's, left out of the columns' reading; one set in
  another size than the columns' stands on a line of its own. Neither is joined into a
  paragraph.

The result, :func:`page_text`, is plain page text in the shape the parser reads from ``.txt``
dumps: blocks separated by a blank line.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from articles.pdfpages.credits import on_pictures, picture_credit, reads_as_credit, sized_apart
from articles.pdfpages.document import Char, PageLayout
from articles.pdfpages.spacing import set_apart, space_between
from articles.pdfpages.upright import upright_layout


@dataclass
class Line:
    """Characters on one baseline, left to right, with their union box in points."""

    chars: list[Char]
    x0: float
    y0: float
    x1: float
    y1: float
    size: float = 0.0

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.chars)

    @property
    def spaced_text(self) -> str:
        """:attr:`text` with a space where two Han characters are set apart
        (:func:`~articles.pdfpages.spacing.set_apart`):
        the quarter-em space of a byline, ``记者 陈晓辉 通讯员 吴敏杰``, which the PDF writes as a
        gap, not a space character."""
        chars = self.chars
        apart = set_apart(chars)
        if not apart:
            return self.text
        return "".join(c.text + (" " if i in apart else "") for i, c in enumerate(chars))


@dataclass
class Block:
    """Lines read together (a leaf of the XY-cut), top to bottom; ``header``: in the page's
    header band (:func:`header_band`)."""

    lines: list[Line] = field(default_factory=list)
    header: bool = False


def body_size(chars: list[Char]) -> float:
    """The commonest character size on the page (the body text's), in points; 10 for none."""
    sizes = Counter(round(c.size, 1) for c in chars if not c.text.isspace())
    return sizes.most_common(1)[0][0] if sizes else 10.0


def lines_of(layout: PageLayout) -> list[Line]:
    """The page's lines, built from the characters in the PDF's order and then merged where the
    PDF wrote one printed line in pieces; in points, top to bottom."""
    w, h = layout.width, layout.height
    lines: list[Line] = []
    current: Line | None = None
    for char in layout.chars:
        x0, y0, x1, y1 = char.box.x0 * w, char.box.y0 * h, char.box.x1 * w, char.box.y1 * h
        if current is not None and _continues(current, x0, y0, x1, y1, char.size):
            current.chars.append(char)
            current.x1 = max(current.x1, x1)
            current.y0, current.y1 = min(current.y0, y0), max(current.y1, y1)
            continue
        if char.text.isspace():
            continue
        current = Line([char], x0, y0, x1, y1)
        lines.append(current)
    lines = _merged(lines)
    for line in lines:
        while line.chars and line.chars[-1].text.isspace():
            line.chars.pop()
        sizes = [c.size for c in line.chars if not c.text.isspace()]
        line.size = statistics.median(sizes) if sizes else 0.0
    return [line for line in lines if line.chars]


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= 0.2 * max(a, b, 1.0)


def _continues(line: Line, x0: float, y0: float, x1: float, y1: float, size: float) -> bool:
    if not _same_size(size, line.chars[-1].size) and not line.chars[-1].text.isspace():
        return False  # a headline beside a body line is not the same line
    mid, line_mid = (y0 + y1) / 2, (line.y0 + line.y1) / 2
    unit = max(size, line.y1 - line.y0, 1.0)
    return abs(mid - line_mid) < unit * 0.4 and -unit * 0.5 <= x0 - line.x1 < unit * 1.0


def _merged(lines: list[Line]) -> list[Line]:
    """Pieces of one printed line (same row, touching) made one line, left to right.

    A row is every piece whose middle is within a third of a line of the row's first piece
    (pieces of one line may sit a fraction of a point apart: a quote or a figure set in another
    font). Touching allows an overlap of up to one character: Chinese typesetting sets two
    punctuation marks in a row (``：“``, ``）“``) in one em, so their boxes overlap."""
    out: list[Line] = []
    row: list[Line] = []
    row_mid = 0.0
    for line in sorted(lines, key=lambda ln: (ln.y0 + ln.y1) / 2):
        mid = (line.y0 + line.y1) / 2
        unit = max(line.y1 - line.y0, 1.0)
        if row and abs(mid - row_mid) < unit * 0.3:
            row.append(line)
            continue
        out.extend(_joined_row(row))
        row, row_mid = [line], mid
    out.extend(_joined_row(row))
    return out


def _joined_row(row: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in sorted(row, key=lambda ln: ln.x0):
        prev = out[-1] if out else None
        if prev is not None:
            unit = max(prev.y1 - prev.y0, line.y1 - line.y0, 1.0)
            if (
                _same_size(prev.chars[-1].size, line.chars[0].size)
                and -unit * 1.05 <= line.x0 - prev.x1 < unit * 1.0
            ):
                prev.chars.extend(line.chars)
                prev.x1 = max(prev.x1, line.x1)
                prev.y0, prev.y1 = min(prev.y0, line.y0), max(prev.y1, line.y1)
                continue
        out.append(line)
    return out


def blocks_of(lines: list[Line], *, unit: float, gap: float = 0.45) -> list[Block]:
    """The lines cut into blocks in reading order (recursive XY-cut; see the module docstring).
    ``unit``: the body text's size in points; a blank band must be wider than ``gap`` × unit."""
    out: list[Block] = []
    _cut(lines, unit * gap, out, unit)
    return out


def _gaps(lines: list[Line], lo: str, hi: str) -> list[tuple[float, float]]:
    """The blank bands across ``lines`` along one axis, in order: (width, where it ends)."""
    gaps = []
    ordered = sorted(lines, key=lambda ln: getattr(ln, lo))
    reach = getattr(ordered[0], hi)
    for line in ordered[1:]:
        start = getattr(line, lo)
        if start > reach:
            gaps.append((start - reach, start))
        reach = max(reach, getattr(line, hi))
    return gaps


def _widest_gap(lines: list[Line], lo: str, hi: str) -> tuple[float, float]:
    """The widest blank band across ``lines`` along one axis: (its width, where it ends)."""
    return max(_gaps(lines, lo, hi), default=(0.0, 0.0))


def _cut(lines: list[Line], threshold: float, out: list[Block], unit: float) -> None:
    stack = [lines]
    while stack:
        region = stack.pop()
        if len(region) > 1:
            across, at_y = _widest_gap(region, "y0", "y1")
            down, at_x = _widest_gap(region, "x0", "x1")
            if max(across, down) > threshold:
                if across >= down:
                    pieces = [
                        [ln for ln in region if ln.y0 < at_y],
                        [ln for ln in region if ln.y0 >= at_y],
                    ]
                else:
                    left = [ln for ln in region if ln.x0 < at_x]
                    right = [ln for ln in region if ln.x0 >= at_x]
                    pieces = _l_shape(left, right, threshold, unit) or [left, right]
                stack.extend(reversed(pieces))  # the first piece is read first
                continue
        out.append(Block(sorted(region, key=lambda ln: (ln.y0, ln.x0))))


def _l_shape(left: list[Line], right: list[Line], threshold: float, unit: float):
    """A story set as an L: its text runs across the top of the columns on the right, then on
    down the left column, beside another story. When the right side is cut across and its top
    piece has no headline of its own (it continues the text on the left), the left column is cut
    at the same height: read left top, right top, left bottom, right bottom. Only when what lies
    under the right top piece starts with a headline (another story)."""
    if len(right) < 2:
        return None
    bands = [at for width, at in _gaps(right, "y0", "y1") if width > threshold]
    if not bands:
        return None
    at_y = bands[0]
    top_right = [ln for ln in right if ln.y0 < at_y]
    top_left = [ln for ln in left if ln.y1 <= at_y]
    bottom_left = [ln for ln in left if ln.y1 > at_y]
    bottom_right = [ln for ln in right if ln.y0 >= at_y]
    if not (top_left and bottom_left and bottom_right) or any(
        is_heading(ln, unit) for ln in top_right
    ):
        return None
    if _l_arm(top_left, top_right, bottom_left, bottom_right, unit):
        return [top_left, top_right, bottom_left, bottom_right]
    return None


def _l_arm(top_left, top_right, bottom_left, bottom_right, unit: float) -> bool:
    """The right top piece starts level with the left column, the left column goes on with body
    text, and what lies under the arm starts with a headline (another story)."""

    def first(lines):
        return min(lines, key=lambda ln: ln.y0)

    return (
        abs(first(top_right).y0 - first(top_left).y0) <= unit
        and not is_heading(first(bottom_left), unit)
        and is_heading(first(bottom_right), unit)
    )


def is_heading(line: Line, unit: float, ratio: float = 1.25) -> bool:
    """A line set clearly larger than the body text: part of a headline deck."""
    return line.size >= unit * ratio


def block_text(block: Block, unit: float) -> tuple[list[str], bool, bool]:
    """A block's lines as the parser reads them: each headline line alone, body lines joined
    into one line per paragraph; and whether it starts with a body line that is not indented
    (the rest of a paragraph from the column before) and ends with a body line that runs to the
    column's right edge (a paragraph going on in the next column)."""
    lines, starts_open, ends_open = _block_lines(block, unit)
    return [text for text, _ in lines], starts_open, ends_open


# A line of the page text with the type size (points) of a headline line, None for body text.
_Out = tuple[str, float | None]


def _block_lines(block: Block, unit: float) -> tuple[list[_Out], bool, bool]:
    """:func:`block_text`, each line with its type size when it is a headline line."""
    body = [ln for ln in block.lines if not is_heading(ln, unit)]
    left = min((ln.x0 for ln in body), default=0.0)
    right = max((ln.x1 for ln in body), default=0.0)
    out: list[_Out] = []
    paragraph: list[str] = []
    prev: Line | None = None
    heading: Line | None = None  # the heading line just written, while nothing came between
    for line in block.lines:
        alone = is_heading(line, unit) or _credit_apart(line, unit)
        if paragraph and (alone or _new_paragraph(line, prev, left, right, unit)):
            out.append((_joined(paragraph), None))
            paragraph = []
        if is_heading(line, unit):
            _add_heading(out, heading, line)
            heading, prev = line, None
        elif alone:  # a picture's credit: a line of its own
            out.append((line.text.strip(), None))
            heading = prev = None
        else:
            paragraph.append(line.spaced_text.strip())
            heading, prev = None, line
    if paragraph:
        out.append((_joined(paragraph), None))
    last = block.lines[-1]
    ends_open = bool(paragraph) and right - last.x1 <= (last.size or unit) * 1.5
    return [(text, size) for text, size in out if text], _starts_open(block, left, unit), ends_open


def _new_paragraph(line: Line, prev: Line | None, left: float, right: float, unit: float) -> bool:
    """Whether body ``line`` starts a paragraph: it is indented from the column's ``left``
    edge, or the line before it (``prev``) stops short of its ``right`` edge (points)."""
    size = line.size or unit
    return line.x0 - left > size * 1.2 or (prev is not None and right - prev.x1 > size * 1.5)


def _starts_open(block: Block, left: float, unit: float) -> bool:
    """Whether ``block`` starts with a body line that is not indented from ``left``: the rest
    of a paragraph from the column before (never a headline's or a credit's line)."""
    first = block.lines[0]
    return (
        not is_heading(first, unit)
        and not _credit_apart(first, unit)
        and first.x0 - left <= (first.size or unit) * 1.2
    )


def _credit_apart(line: Line, unit: float) -> bool:
    """A picture's credit set in another size than the columns' (``unit``, points): its own
    line, never part of a paragraph (:mod:`~articles.pdfpages.credits`)."""
    return sized_apart(line.size, unit) and reads_as_credit(line.text)


def _add_heading(out: list[_Out], before: Line | None, line: Line) -> None:
    """Write heading ``line`` to ``out``: on the line of the heading just written (``before``,
    None when something came between) when the two are one title (:func:`_one_title`)."""
    if before is not None and out and _one_title(before, line):
        out[-1] = (_joined([out[-1][0], line.text.strip()]), out[-1][1])
    else:
        out.append((line.text.strip(), line.size))


def _one_title(above: Line, below: Line) -> bool:
    """Two heading lines one under the other in the same type size (within 3 %): one title set
    on two lines (主题 wrapped at the column's width, or broken for balance), not a kicker over
    its headline or a headline over its subheadline, which papers set in sizes of their own.
    Reviewers' pages: 我县“假证被拘” / 第一人现身 split as headline + subheadline."""
    size = max(above.size, below.size, 1.0)
    pitch = below.y0 - above.y0  # top to top: glyph boxes of one size may overlap the next line's
    return abs(above.size - below.size) <= 0.03 * size and 0.5 * size < pitch < 1.8 * size


def _joined(pieces: list[str]) -> str:
    """Lines of one paragraph (or one title) joined: a space between two words of a Latin run
    (:func:`~articles.pdfpages.spacing.space_between`), Chinese text as it is."""
    text = pieces[0]
    for piece in pieces[1:]:
        if space_between(text, piece):
            text += " "
        text += piece
    return text


def reading_order(layout: PageLayout) -> tuple[list[Block], float]:
    """The page's blocks in reading order and the body text's size (points). The blocks of the
    page's header band (:func:`header_band`) come first, marked ``header``. A page shown turned
    is read turned back upright (:func:`~articles.pdfpages.upright.upright_layout`)."""
    layout = upright_layout(layout)
    unit = body_size(layout.chars)
    lines = _off_pictures(lines_of(layout), layout)
    if not lines:
        return [], unit
    bottom = header_band(lines, layout.height, unit)
    header = [ln for ln in lines if ln.y1 <= bottom]
    rest = [ln for ln in lines if ln.y1 > bottom]
    blocks = blocks_of(header, unit=unit) if header else []
    for block in blocks:
        block.header = True
    return blocks + (blocks_of(rest, unit=unit) if rest else []), unit


def _off_pictures(lines: list[Line], layout: PageLayout) -> list[Line]:
    """``lines`` without the credits printed on the page's pictures or as the first line under
    one (the pictures', not the columns' text: :mod:`~articles.pdfpages.credits`)."""
    if not layout.images:
        return lines
    w, h = layout.width, layout.height
    pictures = [(b.x0 * w, b.y0 * h, b.x1 * w, b.y1 * h) for b in layout.images]
    boxes = [(ln.x0, ln.y0, ln.x1, ln.y1) for ln in lines]
    on = on_pictures(boxes, pictures)
    gone = {n for n, ln in enumerate(lines) if on[n] and reads_as_credit(ln.text)}
    for picture in pictures:
        credit = picture_credit(boxes, picture, lambda n: _reads_as_credit(lines[n]))
        if credit is not None:
            gone.add(credit)
    return [ln for n, ln in enumerate(lines) if n not in gone]


def _reads_as_credit(line: Line) -> bool:
    """Whether ``line`` reads as a picture's credit, as printed (a gap between names a space:
    ``本报记者 王明/摄``) or as its characters give it."""
    return reads_as_credit(line.text) or reads_as_credit(line.spaced_text)


def header_band(lines: list[Line], height: float, unit: float, *, within: float = 0.08) -> float:
    """Where the page's header band ends (points from the top), or 0 for none: the lines above
    the first blank band across the page, when that band starts in the top ``within`` of the
    page and what is above it is not only headline type (the page number, section name, date
    and editors' names printed over a rule: 2 | 综合新闻 | 2011.5.24 星期二 | 责任编辑：…).
    Its lines are page furniture, each read alone (never joined into a paragraph)."""
    for width, end in _gaps(lines, "y0", "y1"):
        start = end - width
        if start > height * within:
            return 0.0
        if width > unit:
            above = [ln for ln in lines if ln.y1 <= start]
            return start if any(not is_heading(ln, unit) for ln in above) else 0.0
    return 0.0


def page_text(layout: PageLayout) -> str:
    """The page's text in reading order, in the shape of a ``.txt`` page dump (blocks separated
    by a blank line, one line per paragraph or headline line, each line of the header band
    alone); a paragraph that a column break cut is joined again. ``""`` (a newline) without a
    text layer."""
    return page_text_sizes(layout)[0]


def page_text_sizes(layout: PageLayout) -> tuple[str, dict[int, float]]:
    """:func:`page_text`, and the type size (points) of each of its headline lines by line
    number (1-based), for the parser (:func:`articles.parsing.parse_page`'s ``line_sizes``):
    what the text alone cannot say (a kicker set smaller over its headline). Body text and the
    header band's lines have none."""
    blocks = _text_blocks(layout)
    text = "\n\n".join("\n".join(t for t, _ in lines) for lines in blocks)
    if any(len(t.splitlines()) != 1 for lines in blocks for t, _ in lines):
        # A character that breaks a line inside one (a PDF may carry one): the numbers would
        # not be the text's lines, so no size is told.
        return text.strip() + "\n", {}
    sizes: dict[int, float] = {}
    number = 0
    for lines in blocks:
        number += 1 if number else 0  # the blank line between two blocks
        for _, size in lines:
            number += 1
            if size is not None:
                sizes[number] = size
    stripped = text.lstrip()
    if stripped != text:  # a page starting with blank lines: numbers move up with its text
        gone = text[: len(text) - len(stripped)].count("\n")
        sizes = {n - gone: size for n, size in sizes.items() if n > gone}
    return stripped.rstrip() + "\n", sizes


def _text_blocks(layout: PageLayout) -> list[list[_Out]]:
    """The page's blocks in reading order as lines of text (each with its size when it is a
    headline line), a paragraph that a column break cut joined again; no empty block."""
    blocks, unit = reading_order(layout)
    texts: list[list[_Out]] = []
    open_end = False
    for block in blocks:
        if not block.lines:
            continue
        if block.header:
            texts.append([(line.text.strip(), None) for line in block.lines])
            continue
        lines, starts_open, ends_open = _block_lines(block, unit)
        if open_end and starts_open and texts and lines:
            texts[-1][-1] = (_joined([texts[-1][-1][0], lines[0][0]]), texts[-1][-1][1])
            lines = lines[1:]
            if not lines:
                open_end = ends_open
                continue
        texts.append(lines)
        open_end = ends_open
    return [lines for lines in texts if lines]
