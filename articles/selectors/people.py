"""Reporters and photographers: their stories and photos, the people with published work.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

from django.db.models import Count, Q

from articles.models import (
    Article,
    Person,
    Photo,
)
from articles.public import page_name
from articles.querysets import PUBLISHED, is_public, photo_story_shown


def person_articles(person: Person):
    """A reporter's published stories, newest first."""
    return (
        Article.objects.public()
        .filter(bylines__person=person)
        .select_related("issue__publication", "page")
        .defer("page__raw_text")
        .order_by("-issue__date", "page__sequence", "position")
    )


def person_photos(person: Person, limit: int = 60) -> list[Photo]:
    """A photographer's latest published photos, each page with its ``name`` and each photo with
    its ``visible_article``."""
    photos = list(
        Photo.objects.public()
        .filter(credits__person=person)
        .select_related("page__issue__publication", "article__issue")
        .defer("page__raw_text")
        .order_by("-page__issue__date", "page__sequence", "position")[:limit]
    )
    for photo in photos:
        photo.page.name = page_name(photo.page)
        photo.visible_article = photo.article if is_public(photo.article) else None
        if photo.visible_article:
            photo.visible_article.issue.publication = photo.page.issue.publication
    return photos


def published_people():
    """Everyone with a published story or photo, with the counts ``stories`` and
    ``photo_count``."""
    visible_story = Q(bylines__article__status=PUBLISHED, bylines__article__issue__status=PUBLISHED)
    visible_photo = Q(photo_credits__photo__page__issue__status=PUBLISHED) & photo_story_shown(
        "photo_credits__photo__"
    )
    return (
        Person.objects.annotate(
            stories=Count("bylines", filter=visible_story, distinct=True),
            photo_count=Count("photo_credits", filter=visible_photo, distinct=True),
        )
        .filter(Q(stories__gt=0) | Q(photo_count__gt=0))
        .order_by("name")
    )
