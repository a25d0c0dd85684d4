"""The zones readers may follow on a page's picture: its published stories' parts and its
photos, each with what the picture's links name (:func:`page_zones`).

Part of :mod:`articles.selectors` (moved out of :mod:`articles.selectors.pages`, which
re-exports it)."""

from __future__ import annotations

from django.db.models import Q

from articles.models import Article, ArticlePart, Page, Photo, Teaser, Zone
from articles.queries import Prepared, field_names, maker, relate
from articles.querysets import photo_story_shown
from articles.selectors.common import LISTED_STORY_COLUMNS, PART_COLUMNS, SHOWN_PHOTO_COLUMNS
from articles.zonechecks import drawn_order

#: What a page's picture shows of each zone (:func:`page_zones`): the zone, and of its part the
#: place, sequence, title lines and whether it is a whole copy (its address:
#: :func:`articles.public.part_url`) with its story's title and address (not the part's text),
#: or of its photo the caption and place.
_ZONE_PART_COLUMNS = [
    name
    for name in PART_COLUMNS
    if name in ("id", "article_id", "page_id", "position", "sequence", "title_lines", "whole_copy")
]
_ZONE_PHOTO_COLUMNS = [
    name for name in SHOWN_PHOTO_COLUMNS if name in ("id", "page_id", "position", "caption")
]
#: Of a teaser's zone (导读), the teaser's id and place (what it links:
#: :func:`articles.selectors.page_teasers`).
_ZONE_TEASER_COLUMNS = ["id", "page_id", "position"]
_ZONE_COLUMNS = field_names(Zone)
_PAGE_ZONES = Prepared(
    Zone,
    (int,),
    lambda page_id: (
        Zone.objects.filter(page_id=page_id)
        .filter(
            Q(part__article__in=Article.objects.public())
            | (Q(photo__isnull=False) & photo_story_shown("photo__"))
            | Q(teaser__isnull=False)
        )
        .order_by("pk")  # as ``Zone.Meta.ordering`` on one page: ties in print order keep it
        .values_list(
            *_ZONE_COLUMNS,
            *(f"part__{name}" for name in _ZONE_PART_COLUMNS),
            *(f"part__article__{name}" for name in LISTED_STORY_COLUMNS),
            *(f"photo__{name}" for name in _ZONE_PHOTO_COLUMNS),
            *(f"teaser__{name}" for name in _ZONE_TEASER_COLUMNS),
        )
    ),
)


def page_zones(page: Page) -> list[Zone]:
    """The zones readers may follow on ``page``: of its published stories' parts, its photos
    and its teasers (导读: what each links, :func:`articles.selectors.page_teasers`), in print
    order (a hand zone another story's zone lies over first, beneath it:
    :func:`articles.zonechecks.drawn_order`), each with its part and the part's story, or its photo (read as far
    as the page's picture shows them: :data:`_ZONE_PART_COLUMNS`,
    :data:`LISTED_STORY_COLUMNS`, :data:`_ZONE_PHOTO_COLUMNS`; the rest deferred) and its
    ``page``. One query (prepared, :mod:`articles.queries`)."""
    alias, rows = _PAGE_ZONES.rows(page.pk)
    at = len(_ZONE_COLUMNS)
    story_at = at + len(_ZONE_PART_COLUMNS)
    photo_at = story_at + len(LISTED_STORY_COLUMNS)
    teaser_at = photo_at + len(_ZONE_PHOTO_COLUMNS)
    make_zone = maker(Zone, alias, _ZONE_COLUMNS)
    make_part = maker(ArticlePart, alias, _ZONE_PART_COLUMNS, at)
    make_story = maker(Article, alias, LISTED_STORY_COLUMNS, story_at)
    make_photo = maker(Photo, alias, _ZONE_PHOTO_COLUMNS, photo_at)
    make_teaser = maker(Teaser, alias, _ZONE_TEASER_COLUMNS, teaser_at)
    zones = []
    for row in rows:
        zone = make_zone(row)
        relate(zone, "page", page)
        if zone.part_id is not None:
            part = make_part(row)
            relate(part, "article", make_story(row))
            relate(zone, "part", part)
        elif zone.photo_id is not None:
            relate(zone, "photo", make_photo(row))
        elif zone.teaser_id is not None:
            relate(zone, "teaser", make_teaser(row))
        zones.append(zone)
    # (a hand zone another story's zone lies over is drawn beneath it: articles.zonechecks)
    return drawn_order(sorted(zones, key=lambda z: (z.part or z.photo or z.teaser).position))
