"""Numbered captions under a photo story (:func:`take_numbered_captions`, run once the reader
has read the page).

A photo story (镜头, 图片故事) is written and photographed by its author, whose byline says so
(``本报记者　某某　文/图``); its pictures are printed with numbered captions and no credit of their
own (``①7月2日晚，工人在码头吊装集装箱。`` / ``②凌晨一点，……。``), which a page's text gives
after the story's last paragraph. They are that story's photos, not its paragraphs (INPUT.md,
"Bylines, datelines, credits": a caption is the text block a picture's credit closes; here the
byline is the credit).
"""

from __future__ import annotations

import bisect
import re

from articles.parsing.captionshapes import LONGEST, caption_shaped
from articles.parsing.closings import pictures_credit
from articles.parsing.credits import CAPTION_MARK_RE
from articles.parsing.names import parse_names
from articles.parsing.patterns import ends_sentence
from articles.parsing.pictures import PhotoPlace, one_sentence
from articles.parsing.units import FoundPhoto, Heading, Para, Special
from articles.text import fold

_FIRST = ord("①")
_NUMBERS = frozenset(chr(_FIRST + i) for i in range(20))  # ① to ⑳
# A byline that credits its author with the pictures too: 文/图, 图/文, 图文, 文图, 摄影, 摄.
# (or before the names: 文/图  本报记者  韩  墨)
_PICTURES_BYLINE_RE = re.compile(
    r"(?:文\s*/\s*图|图\s*/\s*文|图文|文图|摄影?)\s*$|^(?:文\s*/\s*图|图\s*/\s*文)\s"
)
_PLAIN_CAPTIONS = 3  # unnumbered captions at the end of a photo story, at most
_BYLINE_LOOK = 4  # units before a story's text looked at for its byline (deck, byline)
_STORY_LOOK = 60  # paragraphs of a story walked back over to its deck


def take_numbered_captions(flow: list, photos: list[FoundPhoto], places: list[PhotoPlace]) -> None:
    """Turns each run of numbered one-sentence paragraphs (``①…。``, ``②…。``, in order from ①,
    two or more, counting the numbered photos found among them with a credit of their own, which
    are marked as the story's too) that ends a story whose byline credits its author with the pictures
    (:data:`_PICTURES_BYLINE_RE`) into that story's photos, with no credit: taken off ``flow``,
    added to ``photos`` and ``places`` (kept in line order; the places after them moved up).
    Constant work per flow unit but for the runs themselves."""
    _take_plain_captions(flow, photos, places)
    index = 0
    while index < len(flow):
        unit = flow[index]
        if not (isinstance(unit, Para) and unit.text[:1] in _NUMBERS):
            index += 1  # only a numbered caption can open a run: the rest is passed over cheaply
            continue
        credited = _NumberedPhotos(photos, places)
        run = _numbered_run(flow, index, credited)
        if (
            not run
            or len(run) + len(credited.taken) < 2
            or not (
                _photo_story_before(flow, index)
                or _closing_credits_pictures(flow, index + len(run))
            )
        ):
            index += max(1, len(run))
            continue
        for at in credited.taken:  # (②…。（资料图片）: captioned with a credit of its own)
            places[at] = PhotoPlace(places[at].index, places[at].labelled, within=True)
        _take(flow, photos, places, index, run)
        index += 1


def _take(
    flow: list, photos: list[FoundPhoto], places: list[PhotoPlace], index: int, run: list[Para]
) -> None:
    """Takes the caption paragraphs ``run`` (at ``flow[index]`` on) off ``flow`` into ``photos``
    and ``places``, with no credit, as the photos of the story before them."""
    del flow[index : index + len(run)]
    for old, place in enumerate(places):
        if place.index > index:
            places[old] = PhotoPlace(
                max(index, place.index - len(run)), place.labelled, place.in_block
            )
    for para in run:
        at = bisect.bisect_right([photo.line for photo in photos], para.line)
        photos.insert(at, FoundPhoto(para.line, CAPTION_MARK_RE.sub("", para.text, count=1), ""))
        places.insert(at, PhotoPlace(index, False, within=True))


def _story_end(flow: list, index: int) -> bool:
    """Whether the story's text ends before ``flow[index]``: a heading, a break or the page's
    end, after the story's closing lines if any (``（来源：桐溪报）``, ``（本文作者 柳青）``: they
    belong to the story, INPUT.md "Bylines, datelines, credits")."""
    while index < len(flow) and isinstance(flow[index], Special) and flow[index].kind == "end":
        index += 1
    after = flow[index] if index < len(flow) else None
    return (
        after is None
        or isinstance(after, Heading)
        or (isinstance(after, Special) and after.kind == "break")
    )


def _take_plain_captions(flow: list, photos: list[FoundPhoto], places: list[PhotoPlace]) -> None:
    """Turns the unnumbered captions that end a photo story into its photos, with no credit: one
    to :data:`_PLAIN_CAPTIONS` paragraphs of one short sentence each
    (:func:`~articles.parsing.captionshapes.caption_shaped`)
    after the story's last paragraph of text, when its byline credits its author with the
    pictures (``文/图  本报记者  韩  墨``: the byline is their credit, as for numbered captions).
    Constant work per flow unit."""
    if not any(_may_credit_pictures(unit) for unit in flow):
        return  # (the cheap test first: no byline or heading line names pictures at all)
    index = len(flow)
    while index > 0:
        if not _story_end(flow, index):
            index -= 1
            continue
        start = index
        while (
            index - start < _PLAIN_CAPTIONS
            and start > 0
            and isinstance(flow[start - 1], Para)
            and not flow[start - 1].markers
            and caption_shaped(flow[start - 1].text.strip())
        ):
            start -= 1
        if (
            0 < start < index
            and _after_story_text(flow, start)
            and _photo_story_before(flow, start)
        ):
            _take(flow, photos, places, start, flow[start:index])
        index = start - 1


def _after_story_text(flow: list, start: int) -> bool:
    """Whether the captions from ``flow[start]`` on follow a story's text (:func:`_story_text`),
    right under it or under the closing line that credits its pictures (``文/唐宁 图/许川``:
    :func:`_closing_credits_pictures`, the captions' credit printed before them)."""
    at = start - 1
    if _closing_credits_pictures(flow, at):
        at -= 1
    unit = flow[at] if at >= 0 else None
    return isinstance(unit, Para) and _story_text(unit.text.strip())


def _story_text(text: str) -> bool:
    """The paragraph before a photo story's captions is its text: longer than a caption
    (:data:`~articles.parsing.captionshapes.LONGEST`), or a short closing sentence no caption reads like (a comma
    in it: ``记者了解到，此事已经办妥。``). A numbered caption (``①…``) is none: the numbered
    run the short captions end is :func:`take_numbered_captions`'."""
    if text[:1] in _NUMBERS:
        return False
    return len(text) > LONGEST or not caption_shaped(text)


class _NumberedPhotos:
    """The photos already found (a caption with a credit of its own: ``②竹编艺人展示新作品。（资料
    图片）``) among ``photos`` that carry a photo story's caption numbers between its numbered
    caption paragraphs: :meth:`count` notes them in ``taken`` (indices into ``photos``)."""

    def __init__(self, photos: list[FoundPhoto], places: list[PhotoPlace]) -> None:
        self.photos, self.places, self.taken = photos, places, []

    def count(self, index: int, number: int) -> int:
        """How many photos placed right before ``flow[index]`` carry the caption numbers from
        ``number`` (0 for ①) on, in order."""
        start = bisect.bisect_left([place.index for place in self.places], index)
        found = 0
        for at in range(start, len(self.places)):
            caption = self.photos[at].caption.strip()
            if self.places[at].index != index or caption[:1] != chr(_FIRST + number + found):
                break
            self.taken.append(at)
            found += 1
        return found


def _numbered_run(flow: list, index: int, credited: _NumberedPhotos) -> list[Para]:
    """The numbered caption paragraphs from ``flow[index]`` on (``①…``, ``②…``: one finished
    sentence each, numbered in order from ①, the photos found with a credit of their own among
    them counting with them: ``credited``), when the run ends the story (a heading, a break or
    the page's end follows it); else ``[]``."""
    run: list[Para] = []
    number = credited.count(index, 0)
    while index + len(run) < len(flow):
        unit = flow[index + len(run)]
        if not (
            isinstance(unit, Para)
            and not unit.markers
            and unit.text[:1] == chr(_FIRST + number)
            and one_sentence(unit.text)
            and ends_sentence(unit.text)
        ):
            break
        run.append(unit)
        number += 1 + credited.count(index + len(run), number + 1)
    end = index + len(run) + _closing_credits_pictures(flow, index + len(run))
    return run if run and _story_end(flow, end) else []


def _closing_credits_pictures(flow: list, index: int) -> bool:
    """Whether ``flow[index]`` is a line closing a story that credits its photographer
    (``文/周明 图/钱立``: :func:`~articles.parsing.closings.pictures_credit`), printed after the
    story's numbered captions or right above them: the credit of those pictures."""
    unit = flow[index] if index < len(flow) else None
    return isinstance(unit, Special) and unit.kind == "end" and bool(pictures_credit(unit.text))


def _may_credit_pictures(unit) -> bool:
    """Whether ``unit`` is a byline line, a closing line (``文/唐宁 图/许川``) or heading lines
    with 图 in them (a pictures byline, :func:`_pictures_byline`, could be among them)."""
    if isinstance(unit, Special):
        return unit.kind in ("byline", "end") and ("图" in unit.text or "圖" in unit.text)
    return isinstance(unit, Heading) and any("图" in line or "圖" in line for line in unit.lines)


def _photo_story_before(flow: list, index: int) -> bool:
    """Whether the story whose text ``flow[index]`` follows has a byline crediting its author
    with the pictures (``本报记者　某某　文/图``), printed with its deck or as a byline line."""
    at, text, closing = index - 1, False, False
    while at >= 0 and index - at <= _STORY_LOOK:
        unit = flow[at]
        if isinstance(unit, Special) and unit.kind == "byline" and _pictures_byline(unit.text):
            return text  # a byline line printed after the text, or above it
        closing = closing or (not text and _closing_credits_pictures(flow, at))  # 文/X 图/Y
        if not isinstance(unit, Para | Special) or getattr(unit, "kind", "") == "break":
            break
        text = text or isinstance(unit, Para)
        at -= 1
    if not text or closing:
        return text  # no text of a story before the run, or its closing line credits them
    for unit in flow[max(0, at - _BYLINE_LOOK + 1) : at + 1]:
        if isinstance(unit, Heading) and any(_pictures_byline(line) for line in unit.lines):
            return True
    return False


def _pictures_byline(line: str) -> bool:
    """A byline naming its author and saying they took the pictures too (``记者　卓　远　文/图``),
    or crediting a writer and a photographer (``文/邵 阳  图/丁一鸣``:
    :func:`~articles.parsing.closings.pictures_credit`): the story's pictures need no credit
    of their own."""
    folded = fold(line.strip())
    if len(folded) <= 40 and "图" in folded and pictures_credit(line):
        return True
    match = _PICTURES_BYLINE_RE.search(folded) if len(folded) <= 40 else None
    return match is not None and bool(parse_names(line))
