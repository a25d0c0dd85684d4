"""Which story a photo goes with (run on the bodies after decks are assigned and second
dispatches merged): :func:`link_photos`.

A caption is printed next to the story its picture illustrates (INPUT.md, "Bylines, datelines,
credits"). The rules, in order:

* a photo under a picture item's label (``图片新闻``) is a picture item of its own: no story;
* a photo printed inside a story (between two of its paragraphs, or between its deck and its
  text) goes with that story;
* a photo printed between two stories (after one's text, before the other's deck) goes with the
  one its caption speaks of (:func:`~articles.parsing.dispatches.text_shared`); with only one
  story next to it, with that one when the caption shares anything with it. When both stories
  fit about as well, or neither does, it goes with none, and the first case is flagged.
"""

from __future__ import annotations

from articles.parsing.bodies import Body
from articles.parsing.dispatches import text_shared
from articles.parsing.pictures import PhotoPlace
from articles.parsing.results import Flag
from articles.parsing.units import FoundPhoto, Heading

_ALONE_SHARED = 0.1  # share of a caption found in the only story next to it
_BETWEEN_SHARED = 0.3  # …in one of two stories next to it
_BETWEEN_MARGIN = 0.15  # …and more than in the other by this much


def link_photos(
    flow: list, photos: list[FoundPhoto], places: list[PhotoPlace], bodies: list[Body], flags
) -> list[Body | None]:
    """The story each of ``photos`` goes with (``None``: none), in the order given. ``flow``: the
    reader's flow units, ``places``: where each photo stands among them (same order as
    ``photos``), ``bodies``: the page's stories. A photo that could go with either neighbour is
    noted in ``flags``."""
    owner = {unit_id: body for body in bodies for unit_id in body.units}
    linked: list[Body | None] = []
    for photo, place in zip(photos, places, strict=True):
        if place.labelled:
            linked.append(None)
            continue
        index = min(place.index, len(flow))
        before = _story_of(flow[index - 1], owner, bodies) if index > 0 else None
        after = _story_of(flow[index], owner, bodies) if index < len(flow) else None
        if before is not None and before is after:
            linked.append(before)
            continue
        linked.append(_named(photo, [b for b in (before, after) if b is not None], flags))
    return linked


def _story_of(unit, owner: dict[int, Body], bodies: list[Body]) -> Body | None:
    """The story a flow unit was printed in: the one holding it, or, for a deck line, the story
    whose deck is printed right above its text."""
    body = owner.get(id(unit))
    if body is not None or not isinstance(unit, Heading):
        return body
    for candidate in bodies:
        if (
            candidate.deck_line is not None
            and candidate.deck_line <= unit.line < candidate.first_line
        ):
            return candidate
    return None


def _named(photo: FoundPhoto, neighbours: list[Body], flags: list[Flag]) -> Body | None:
    """The neighbour the caption speaks of, if it clearly speaks of one."""
    if not neighbours or not photo.caption:
        return None
    scores = [text_shared(photo.caption, body) for body in neighbours]
    if len(neighbours) == 1:
        return neighbours[0] if scores[0] >= _ALONE_SHARED else None
    best = max(range(2), key=lambda i: scores[i])
    if scores[best] < _BETWEEN_SHARED:
        return None
    if scores[best] - scores[1 - best] < _BETWEEN_MARGIN:
        flags.append(
            Flag(
                photo.line,
                "photo-either-side",
                f"图片说明“{photo.caption[:20]}”与前后两篇稿件都对得上，没有归入任何一篇；"
                "请把图片归到它所配的稿件。",
            )
        )
        return None
    return neighbours[best]
