"""Hand zones: drawn on a page's old picture (人工热区画在旧版面图上), and over another story.

A hand zone is drawn on the page's picture (:attr:`articles.models.Zone.drawn_on`: which one).
A re-sent PDF replaces the picture; the stories may have moved, so the hand zone, kept (an
editor's work is never thrown away), may now lie over blank paper or over another story. Until
an editor draws it again or ticks it checked on the page's form, it is flagged (the import's
report, the desk's upload preview, the page's form) and claims nothing: the zones matched from
the new picture's text win their own area (:func:`articles.importing.pagezones.zones_write`).

**A hand zone over another story** (drawn on the picture now). What a layout editor expects: the
zone they draw for story X is X's, and never takes another story's clickable area away. So an
automatic rectangle at least :data:`CLAIMED_SHARE` of whose area lies inside a hand zone
(:func:`inside`) is left out (:func:`rects_kept`) when it is of the hand zone's own story (the
same story's part, the same photo or teaser: the editor drew that story there), or when it is
another story's and that story keeps outside every hand zone at least :data:`FREE_SHARE` of its
area (a stray piece of its match: a reviewer's re-match gave a story a rectangle of the
hand-zoned story's byline, so a reader tapping it got the wrong story). Another story with
less than that outside every hand zone (story X's drawn a little too generously over Y, or
exactly on Y's main block, leaving Y only a stray 8-pixel rectangle elsewhere) keeps them all: Y stays clickable, drawn on
top of X's zone on the e-paper page (:func:`drawn_order`: the hand zones it lies over are drawn
first, beneath), its JSON listing them so, and the desk warns (:func:`overlap_lines`:
``热区与“Y”重叠…``) so the editor can redraw X's zone or draw Y's.
"""

from __future__ import annotations

from articles.models import ArticlePart, Page, PageImage, Photo, Zone, ZoneSource

#: How much of an automatic rectangle's area inside a hand zone makes it lie inside it
#: (:func:`inside`): the editor drew there.
CLAIMED_SHARE = 0.8
#: How much of an item's area (its rectangles' summed areas, those its own story's hand zones
#: leave) must lie in rectangles outside every hand zone for those to be its area and the ones
#: inside another story's hand zone a stray piece, left out (:func:`rects_kept`). The
#: :data:`CLAIMED_SHARE` rule for the item as a whole: an item with less than 20 % of its area
#: outside lies inside the hand zones, as a rectangle does. Why a share and not a size: a
#: reviewer's hand zone set exactly on story Y's main block left Y, after 重新匹配热区, only
#: ``[0.97537, 0.81634, 0.98707, 0.82354]`` (0.2 % of its area), which readers cannot find;
#: whereas a byline given to the wrong story is a small share of that story's own block.
FREE_SHARE = 1 - CLAIMED_SHARE
#: The desk's warning of a hand zone over another story's zone (kept, drawn on top).
OVERLAP = (
    "热区与“{other}”重叠：“{hand}”的人工热区盖住了“{other}”的热区，读者点那里打开“{other}”。"
    "如果是“{hand}”的热区画大了，请改画；如果那一块不是“{other}”，请给“{other}”也画热区"
)


def inside(rect: list[float], hand: list[float]) -> bool:
    """Whether at least :data:`CLAIMED_SHARE` of ``rect``'s area lies inside ``hand`` (both
    ``[x0, y0, x1, y1]``, page-relative 0–1)."""
    width = min(rect[2], hand[2]) - max(rect[0], hand[0])
    height = min(rect[3], hand[3]) - max(rect[1], hand[1])
    area = (rect[2] - rect[0]) * (rect[3] - rect[1])
    return width > 0 and height > 0 and width * height >= CLAIMED_SHARE * area > 0


def owner(obj) -> tuple:
    """Whose a zone or an item (a part, a photo, a teaser) is: ``("story", its story's id)``
    for a part's, ``("photo", id)``, ``("teaser", id)``. No query for an item, nor for a
    zone read with its part."""
    if isinstance(obj, Zone):
        if obj.part_id is not None:
            return ("story", obj.part.article_id)
        return ("photo", obj.photo_id) if obj.photo_id is not None else ("teaser", obj.teaser_id)
    if isinstance(obj, ArticlePart):
        return ("story", obj.article_id)
    return ("photo", obj.pk) if isinstance(obj, Photo) else ("teaser", obj.pk)


def _area(rects: list) -> float:
    return sum((r[2] - r[0]) * (r[3] - r[1]) for r in rects)


def rects_kept(rects: list, owner: tuple, hands: list[tuple[tuple, list[float]]]) -> list:
    """Of an item's automatic rectangles ``rects`` (``owner``: :func:`owner`), those the
    hand zones ``hands`` ((owner, rectangle) each, those drawn on the picture now) leave it,
    by the module's rule: inside one of its own story's, left out; inside another story's,
    left out while the rectangles outside every hand zone hold at least :data:`FREE_SHARE` of
    the rest's area, else kept (all of the rest: the desk then warns, :func:`overlap_lines`)."""
    own = [r for r in rects if not any(o == owner and inside(r, h) for o, h in hands)]
    free = [r for r in own if not any(inside(r, h) for _, h in hands)]
    return free if _area(free) >= FREE_SHARE * _area(own) and free else own


def _over(zone: Zone, hand: Zone) -> bool:
    """Whether a rectangle of ``zone`` lies inside one of hand zone ``hand``'s (:func:`inside`)."""
    return any(inside(r, h) for r in zone.rects for h in hand.rects)


def _current_hands(zones: list[Zone], picture_key: str | None) -> list[Zone]:
    return [
        z
        for z in zones
        if z.source == ZoneSource.HAND and (picture_key is None or z.drawn_on in ("", picture_key))
    ]


def drawn_order(zones: list[Zone]) -> list[Zone]:
    """``zones`` (in print order) as the page's picture draws them: a hand zone another story's
    zone lies over (:func:`rects_kept` kept it) first, beneath, so that a reader tapping there
    gets that story; the rest in print order. No query."""
    hands = _current_hands(zones, None)
    under = {
        hand.pk
        for hand in hands
        for zone in zones
        if zone.source == ZoneSource.AUTO and owner(zone) != owner(hand) and _over(zone, hand)
    }
    return [z for z in zones if z.pk in under] + [z for z in zones if z.pk not in under]


def overlap_lines(zones: list[Zone], picture: PageImage | None, name) -> list[str]:
    """The desk's warnings (:data:`OVERLAP`) of the hand zones drawn on ``picture`` (the
    page's) that another story's automatic zone lies over, each pair once; ``name``: a zone's
    name as the desk gives it. No query (``zones`` with their parts' stories, photos, teasers)."""
    key = picture.picture_key if picture is not None else None
    return list(
        dict.fromkeys(
            OVERLAP.format(hand=name(hand), other=name(zone))
            for hand in _current_hands(zones, key)
            for zone in zones
            if zone.source == ZoneSource.AUTO and owner(zone) != owner(hand) and _over(zone, hand)
        )
    )


#: The report's, the preview's and the form's words (``n``: how many).
OLD_PICTURE = "{n} 个人工热区画在旧版面图上，请核对"
#: How to check them, at the desk.
HOW_TO_CHECK = "在编辑台打开本版的“版面图与热区”，改画这些热区，或勾选它们的“已核对”后保存"


def on_old_picture(zone: Zone, picture: PageImage | None) -> bool:
    """Whether ``zone`` is a hand zone drawn on another picture than ``picture`` (the page's;
    a zone whose picture is not known, drawn before this was kept, counts as on it)."""
    return (
        zone.source == ZoneSource.HAND
        and picture is not None
        and bool(zone.drawn_on)
        and zone.drawn_on != picture.picture_key
    )


def old_picture_zones(page: Page, picture: PageImage | None = None) -> list[Zone]:
    """The hand zones of ``page`` drawn on an older picture than ``picture`` (its stored one
    when not given), in order. One or two queries."""
    if picture is None:
        picture = PageImage.objects.filter(page=page).first()
    if picture is None:
        return []
    hand = Zone.objects.filter(page=page, source=ZoneSource.HAND).exclude(drawn_on="")
    return list(hand.exclude(drawn_on=picture.picture_key))


def old_picture_line(n: int) -> str:
    """The import report's warning for ``n`` hand zones on the old picture ("" for none)."""
    return f"版面 PDF：{OLD_PICTURE.format(n=n)}（{HOW_TO_CHECK}）" if n else ""


def to_come_line(page_id: int | None) -> str:
    """A preview's warning for a page whose PDF a real run will replace: its hand zones,
    all drawn on the picture it has now, will be on the old picture ("" for none)."""
    if page_id is None:
        return ""
    n = Zone.objects.filter(page_id=page_id, source=ZoneSource.HAND).count()
    if not n:
        return ""
    return f"版面 PDF：换上新的版面图后，本版 {OLD_PICTURE.format(n=n)}（导入后{HOW_TO_CHECK}）"
