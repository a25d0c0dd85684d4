"""Where each printed part is on the page: its characters found in the text layer, their boxes
merged into a few rectangles.

Matching (:func:`match_parts`) works on folded text with whitespace removed
(:func:`articles.text.normalize_for_matching`), so full-width and half-width forms, line breaks
and spaces do not matter. Every part's text is cut into runs it shares with the page (maximal
common substrings found through a ``k``-character index of the page); runs are then given out
longest first, each page character and each part character at most once. Long runs are unique
on a page, so a phrase that two stories share (``本报讯（记者``) goes to the story whose
neighbouring runs are there; order does not matter, so a PDF that writes columns or a headline
in another order than the text is still matched. A part with less than ``min_coverage`` of its
characters found is reported as not found: it gets no zone, never a guessed one. The page's
furniture (running head, page label, date, staff lines: :mod:`~articles.pdfpages.furniture`) is
no part's: no run is found on it, so a story that shares a date with the running head gets no
rectangle over the head.

Rectangles (:func:`merge_boxes`): the found characters' boxes grouped by line, lines stacked in
a column made one rectangle, and two rectangles made one where the box around both holds no
character of another part. An L-shaped story stays two or three rectangles (the box around all
of it would cover its neighbour). On a page shown turned, whose lines run down or up the picture,
the rectangles are made on the page turned back upright (:mod:`~articles.pdfpages.upright`) and
turned as the page is shown.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Protocol

from articles.pdfpages.document import Box, Char, PageLayout
from articles.pdfpages.furniture import furniture_chars
from articles.pdfpages.pictureitems import photos_apart
from articles.pdfpages.upright import text_turn, turn_box, unturn_box
from articles.text import normalize_for_matching

#: Characters in a run that anchors a match (shorter common pieces are everywhere).
MIN_RUN = 4

#: What a furniture character of the page is matched as: a noncharacter, which no part's
#: folded text holds, so no run of a part's text is ever found on the page's furniture.
_FURNITURE = "\uffff"


@dataclass(frozen=True)
class PartText:
    """A printed part to find: ``key`` is the caller's (``("part", 12)``), ``text`` what it printed
    (decks, body, caption), ``images``: True for a photo, whose zone takes the nearest image;
    ``story``: the story the part is of, or a photo is linked to (any key, None for none), so
    that a photo printed apart from its story is told (:mod:`~articles.pdfpages.pictureitems`)."""

    key: object
    text: str
    images: bool = False
    story: object = None


@dataclass
class PartZone:
    """Where a part is: ``rects`` (page-relative boxes), how much of its text was found
    (``coverage`` 0–1) and the page characters found (indexes into ``layout.chars``); for a
    photo (``PartText.images``) the box of the image its zone took (one of ``layout.images``,
    as the page is shown), or None when no image was near its caption; ``apart``: a photo
    printed apart from the story its ``PartText.story`` names, a picture item of its own
    (:func:`~articles.pdfpages.pictureitems.photos_apart`)."""

    key: object
    rects: list[Box] = field(default_factory=list)
    coverage: float = 0.0
    chars: list[int] = field(default_factory=list)
    image: Box | None = None
    apart: bool = False

    @property
    def found(self) -> bool:
        return bool(self.rects)


def _folded(chars: list[Char]) -> tuple[str, list[int]]:
    """The page's characters folded, whitespace dropped, and for each folded character the index
    of the page character it came from."""
    cache: dict[str, str] = {}  # a page prints each character many times: folded once each
    pieces = []
    for char in chars:
        folded = cache.get(char.text)
        if folded is None:
            folded = cache[char.text] = _key(char.text)
        pieces.append(folded)
    where = [i for i, folded in enumerate(pieces) for _ in folded]
    return "".join(pieces), where


def fold_page(text: str) -> tuple[str, array]:
    """:func:`_folded` for a page whose characters are the code points of ``text``, one each
    (a :class:`~articles.pdfpages.packed.PackedLayout`'s): the folded text and, for each of its
    characters, the index of the page character it came from (an ``array`` of ints)."""
    cache: dict[str, str] = {}
    pieces = []
    for char in text:
        folded = cache.get(char)
        if folded is None:
            folded = cache[char] = _key(char)
        pieces.append(folded)
    if all(len(folded) == 1 for folded in cache.values()):  # as a rule: no character dropped
        return "".join(pieces), array("i", range(len(text)))
    return "".join(pieces), array("i", [i for i, folded in enumerate(pieces) for _ in folded])


class FoldedPage(Protocol):
    """A page's layout kept for matching (:class:`~articles.pdfpages.packed.PackedLayout`): its
    size in points, image boxes, ``boxes`` (four page-relative floats a character: x0, y0, x1,
    y1) and its text folded as :func:`fold_page` gives it (``folded``, ``where``); ``furniture``:
    the indexes of the page's furniture characters (:func:`furniture_chars`)."""

    width: float
    height: float
    images: tuple[Box, ...]
    boxes: array
    folded: str
    where: array
    furniture: array


def _key(text: str) -> str:
    """``text`` folded for matching, whitespace dropped (``str.split``'s whitespace is
    ``str.isspace``'s)."""
    return "".join(normalize_for_matching(text).split())


def _runs(part: str, page: str, index: dict[str, list[int]], k: int) -> list[tuple[int, int, int]]:
    """Maximal common substrings of ``part`` and ``page``: (length, part offset, page offset)."""
    runs = []
    part_end, page_end = len(part), len(page)
    for i in range(part_end - k + 1):
        for j in index.get(part[i : i + k], ()):
            if i and j and part[i - 1] == page[j - 1]:
                continue  # inside a run already found from an earlier start
            n = k
            while i + n < part_end and j + n < page_end and part[i + n] == page[j + n]:
                n += 1
            runs.append((n, i, j))
    return runs


def match_parts(
    layout: PageLayout | FoldedPage, parts: list[PartText], *, min_coverage: float = 0.5
) -> list[PartZone]:
    """Each part's zone on the page, in the order given (see the module docstring); the page
    as read (:class:`PageLayout`) or packed and folded already (:class:`FoldedPage`: the same
    zones, without making a tuple for each character of the page)."""
    if isinstance(layout, PageLayout):
        page, where = _folded(layout.chars)
        furniture = furniture_chars(layout)
    else:
        page, where, furniture = layout.folded, layout.where, frozenset(layout.furniture)
    if furniture:  # the page's running head, label, date and staff lines: no part's text
        page = "".join(_FURNITURE if where[j] in furniture else c for j, c in enumerate(page))
    k = MIN_RUN
    index: dict[str, list[int]] = defaultdict(list)
    for j in range(len(page) - k + 1):
        index[page[j : j + k]].append(j)
    index = {gram: js for gram, js in index.items() if len(js) <= 40}
    keys = [_key(p.text) for p in parts]
    page_owner, part_taken = _claim(_candidates(keys, page, index, k), len(page), keys, k)
    found: list[set[int]] = [set() for _ in parts]
    for j, owner in enumerate(page_owner):
        if owner:
            found[owner - 1].add(where[j])
    zones = []
    for n, part in enumerate(parts):
        total = len(keys[n])
        coverage = sum(1 for t in part_taken[n] if t) / total if total else 0.0
        zones.append(PartZone(part.key, coverage=coverage, chars=sorted(found[n])))
    _place(layout, parts, zones, min_coverage)
    return zones


def _candidates(keys: list[str], page: str, index: dict[str, list[int]], k: int) -> list[tuple]:
    """Every run each part shares with the page, longest first: (length, part, part offset, page
    offset). A part shorter than ``k`` characters: its exact occurrences."""
    candidates = []
    for n, key in enumerate(keys):
        if len(key) < k:
            start = page.find(key) if key else -1
            while start >= 0:
                candidates.append((len(key), n, 0, start))
                start = page.find(key, start + 1)
            continue
        for length, i, j in _runs(key, page, index, k):
            candidates.append((length, n, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[3]))
    return candidates


def _claim(candidates: list[tuple], size: int, keys: list[str], k: int):
    """Runs given out longest first, each page and part character once: the page's owners
    (1 + the part's number, 0 for none) and each part's characters found."""
    page_owner = [0] * size
    part_taken = [[False] * len(key) for key in keys]
    for length, n, i, j in candidates:
        taken = part_taken[n]
        lo, hi = 0, length  # what is still free of this run, as one piece
        while lo < hi and (page_owner[j + lo] or taken[i + lo]):
            lo += 1
        while hi > lo and (page_owner[j + hi - 1] or taken[i + hi - 1]):
            hi -= 1
        if hi - lo < min(k, length) or any(
            page_owner[j + t] or taken[i + t] for t in range(lo, hi)
        ):
            continue
        for t in range(lo, hi):
            page_owner[j + t] = n + 1
            taken[i + t] = True
    return page_owner, part_taken


def _quads(layout: PageLayout | FoldedPage) -> list:
    """Each character's box as a 4-tuple (x0, y0, x1, y1): the :class:`Box` read, or plain
    tuples from a packed page's floats (made at C speed, no call per character)."""
    if isinstance(layout, PageLayout):
        return [char.box for char in layout.chars]
    corners = iter(layout.boxes)
    return list(zip(corners, corners, corners, corners, strict=True))


def _place(
    layout: PageLayout | FoldedPage, parts: list[PartText], zones: list[PartZone], min_cov: float
) -> None:
    box = _quads(layout)
    images_left = list(layout.images)
    turn = text_turn(box)
    if turn:  # a turned page: rectangles made on the page turned back upright, then turned
        box = [unturn_box(b, turn) for b in box]
        images_left = [unturn_box(b, turn) for b in images_left]
    shown = dict(zip(images_left, layout.images, strict=True))  # each image as the page shows it
    near = _Neighbours(box, _owned(zones, min_cov))
    pictures: dict[int, Box] = {}  # each photo's image, on the page as measured
    for n, zone in enumerate(zones):
        if zone.coverage < min_cov:
            zone.chars = []
            continue
        boxes = [box[i] for i in zone.chars]
        if parts[n].images and images_left:
            image = _nearest_image(boxes, images_left)
            if image is not None:
                images_left.remove(image)
                boxes.append(image)
                zone.image = shown[image]
                pictures[n] = image
        zone.rects = merge_boxes(boxes, near.others(_around(boxes), n))
        if turn:
            zone.rects = sorted((turn_box(r, turn) for r in zone.rects), key=lambda r: (r.y0, r.x0))
    if pictures:
        size = (layout.width, layout.height)
        size = size[::-1] if turn in (90, 270) else size
        photos_apart(parts, zones, box, pictures, size, near.lines_of, near.around)


def _owned(zones: list[PartZone], min_cov: float) -> dict[int, list[int]]:
    """The page characters of each part placed (``min_cov`` found), by part number. A page
    character found for two parts (one that folds to several, such as ㈠) is the later part's."""
    placed = {m: z.chars for m, z in enumerate(zones) if z.coverage >= min_cov and z.chars}
    if sum(map(len, placed.values())) == len(set().union(*placed.values())):
        return placed  # as a rule: each character found once
    owner: dict[int, int] = {}
    for m, chars in placed.items():
        for i in chars:
            owner[i] = m
    owned: dict[int, list[int]] = defaultdict(list)
    for i, m in owner.items():
        owned[m].append(i)
    return owned


def _around(boxes: list) -> Box:
    """The box around ``boxes`` (:class:`Box` or plain 4-tuples)."""
    x0s, y0s, x1s, y1s = zip(*boxes, strict=True)
    return Box(min(x0s), min(y0s), max(x1s), max(y1s))


class _Neighbours:
    """What a part's rectangles must not overlap: the other parts' characters, each box less
    a quarter on each side (touching is not covering), joined into line boxes (a line's
    characters touch), so a rectangle is tested a line at a time rather than a character at a
    time. A part's lines are made only when a rectangle comes near it: when the box around its
    characters overlaps the box around the rectangle's part (a part's lines lie inside the
    box around its characters, so no line of a part farther off can overlap)."""

    def __init__(self, box: list, owned: dict[int, list[int]]):
        self._box, self._owned = box, owned
        self.around = {m: _around([box[i] for i in chars]) for m, chars in owned.items()}
        self._lines: dict[int, list[Box]] = {}

    def lines_of(self, m: int) -> list[Box]:
        """Part ``m``'s line boxes (its characters' boxes less a quarter on each side)."""
        lines = self._lines.get(m)
        if lines is None:  # plain tuples while shrinking: thousands of characters a page
            lines = self._lines[m] = _lines(
                [
                    (
                        x0 + (x1 - x0) * 0.25,
                        y0 + (y1 - y0) * 0.25,
                        x1 - (x1 - x0) * 0.25,
                        y1 - (y1 - y0) * 0.25,
                    )
                    for x0, y0, x1, y1 in map(self._box.__getitem__, self._owned[m])
                ]
            )
        return lines

    def others(self, around: Box, n: int) -> list[Box]:
        """The line boxes of parts other than ``n`` that overlap ``around`` (a line may come
        twice when two parts have the same one)."""
        found: list[Box] = []
        for m, part in self.around.items():
            if m != n and around.overlaps(part):
                found.extend(line for line in self.lines_of(m) if around.overlaps(line))
        return found


def _nearest_image(caption: list, images: list[Box]) -> Box | None:
    """The image a caption belongs to: the one closest to the box around the caption's
    characters (:class:`Box` or plain 4-tuples; above it, beside it or below it), within a tenth
    of the page."""
    if not caption:
        return None
    around = _around(caption)

    def distance(image: Box) -> float:
        dx = max(0.0, image.x0 - around.x1, around.x0 - image.x1)
        dy = max(0.0, image.y0 - around.y1, around.y0 - image.y1)
        return dx + dy

    best = min(images, key=distance)
    return best if distance(best) < 0.1 else None


def merge_boxes(boxes: list, others: list[Box]) -> list[Box]:
    """A few rectangles covering ``boxes`` (:class:`Box` or plain 4-tuples) and overlapping none
    of ``others`` (see the module docstring; the caller passes other parts' character boxes
    shrunk by a quarter on each side, so that touching is not covering)."""
    if not boxes:
        return []
    rects = _columns(_lines(boxes))
    merged = True
    while merged and len(rects) > 1:
        merged = False
        best = None
        for a in range(len(rects)):
            for b in range(a + 1, len(rects)):
                joined = rects[a].union(rects[b])
                if any(joined.overlaps(o) for o in others):
                    continue
                waste = _area(joined) - _area(rects[a]) - _area(rects[b])
                if best is None or waste < best[0]:
                    best = (waste, a, b, joined)
        if best is not None:
            _, a, b, joined = best
            rects = [r for n, r in enumerate(rects) if n not in (a, b)] + [joined]
            merged = True
    return sorted(rects, key=lambda r: (r.y0, r.x0))


def _area(box: Box) -> float:
    return max(0.0, box.width) * max(0.0, box.height)


def _lines(boxes: list) -> list[Box]:
    """Character boxes (:class:`Box` or plain 4-tuples) joined into line boxes (same row,
    touching). (Plain lists while joining: a page has thousands of characters.)"""
    rows: list[list[float]] = []
    last: list[float] | None = None
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: ((b[1] + b[3]) / 2, b[0])):
        height = y1 - y0
        if (
            last is not None
            and abs((last[1] + last[3]) / 2 - (y0 + y1) / 2) < height * 0.4
            and x0 - last[2] < height * 1.2
        ):  # the line grows (comparisons written out: min and max are calls)
            if x0 < last[0]:
                last[0] = x0
            if y0 < last[1]:
                last[1] = y0
            if x1 > last[2]:
                last[2] = x1
            if y1 > last[3]:
                last[3] = y1
        else:
            last = [x0, y0, x1, y1]
            rows.append(last)
    return [Box(*row) for row in rows]


def _columns(lines: list[Box]) -> list[Box]:
    """Line boxes stacked in one column (overlapping across, less than a line apart) made one."""
    columns: list[Box] = []
    for line in sorted(lines, key=lambda b: (b.x0, b.y0)):
        for n, column in enumerate(columns):
            overlap = min(column.x1, line.x1) - max(column.x0, line.x0)
            near = (
                line.y0 - column.y1 < line.height * 1.2 and column.y0 - line.y1 < line.height * 1.2
            )
            if near and overlap > 0.5 * min(column.width, line.width):
                columns[n] = column.union(line)
                break
        else:
            columns.append(line)
    return columns
