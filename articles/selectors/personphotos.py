"""A photographer's photos as readers are shown them: a photo printed twice in an issue (on A1
in its story, again on A2 beside the continuation) once, where first printed
(:mod:`articles.samephotos`), in the people list's counts (``/people/``, 图片N) and on the
person's page (its list and 摄影作品 N 幅) alike, so the two agree.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import NamedTuple

from django.db.models import Count, F, Window

from articles.models import Person, Photo, PhotoCredit
from articles.public import page_name
from articles.querysets import is_public
from articles.samephotos import printed_once, shown_count

# A person page's order: newest issue first, then print order (page, place on it).
_ORDER = ("-page__issue__date", "page__sequence", "position")
# The most people whose photos are counted by their ids (a parameter each); a longer list (the
# whole people list) is counted over every photographer, then picked.
_IDS_AT_MOST = 900


class PhotosShown(NamedTuple):
    """A photographer's photos on their page: ``photos``, the latest listed (each once, with
    ``also_on``), and ``count``, how many readers are shown in all (each once)."""

    photos: list[Photo]
    count: int


def person_photos(person: Person, limit: int = 60) -> PhotosShown:
    """The published photos credited to ``person`` as their page shows them: a photo printed
    twice in an issue once, where first printed, with the other pages' labels in its
    ``also_on`` (:func:`articles.samephotos.printed_once`); the latest ``limit`` listed, each
    page with its ``name`` and each photo with its ``visible_article``, and the count of all.
    Two queries: every photo's place, caption and credit line (to tell the copies), then the
    ones listed whole."""
    rows = (
        Photo.objects.public()
        .filter(credits__person=person)
        .order_by(*_ORDER)
        .values_list("pk", "page_id", "page__issue_id", "page__label", "caption", "credit_line")
    )
    places, pages = [], {}
    for pk, page_id, issue_id, label, caption, credit_line in rows:
        places.append(
            SimpleNamespace(pk=pk, page_id=page_id, caption=caption, credit_line=credit_line)
        )
        pages[page_id] = SimpleNamespace(issue_id=issue_id, label=label)
    kept = printed_once(places, pages)
    also_on = {place.pk: place.also_on for place in kept[:limit]}
    photos = list(
        Photo.objects.filter(pk__in=list(also_on))
        .select_related("page__issue__publication", "article__issue")
        .defer("page__raw_text")
        .order_by(*_ORDER)
    )
    for photo in photos:
        photo.also_on = also_on[photo.pk]
        photo.page.name = page_name(photo.page)
        photo.visible_article = photo.article if is_public(photo.article) else None
        if photo.visible_article:
            photo.visible_article.issue.publication = photo.page.issue.publication
    return PhotosShown(photos, len(kept))


def with_photos_shown(people: list[Person]) -> list[Person]:
    """``people`` (of :func:`~articles.selectors.published_people`, each with its
    ``photo_count`` of published photos credited), each ``photo_count`` less the copies of a
    photo printed twice in an issue that readers are shown once (:func:`person_photos` counts
    alike). One query, none when no one has photos: only the captioned photos of an issue
    where the person has more than one are read."""
    ids = [person.pk for person in people if getattr(person, "photo_count", 0)]
    if not ids:
        return people
    credits = PhotoCredit.objects.filter(photo__in=Photo.objects.public()).exclude(
        photo__caption=""
    )
    if len(ids) <= _IDS_AT_MOST:
        credits = credits.filter(person_id__in=ids)
    in_issue = Window(Count("pk"), partition_by=[F("person_id"), F("photo__page__issue_id")])
    rows = (
        credits.annotate(in_issue=in_issue)
        .filter(in_issue__gt=1)
        .order_by()
        .values_list("person_id", "photo__page__issue_id", "photo__caption", "photo__credit_line")
    )
    found: dict[int, list[tuple]] = defaultdict(list)
    for person_id, *photo in rows:
        found[person_id].append(tuple(photo))
    for person in people:
        photos = found.get(person.pk, ())
        person.photo_count -= len(photos) - shown_count(photos)
    return people
