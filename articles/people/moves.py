"""What splitting and merging people share: the refusal they raise, and the one call that says
which cached pages their moved credits touch."""

from __future__ import annotations

from collections.abc import Iterable

from articles import caching
from articles.changes import content_changed
from articles.changescopes import stories_scope
from articles.models import Byline, Person, Photo


class PeopleChangeRefused(ValueError):
    """A split or merge refused before anything was written; ``str()`` says why, in Chinese,
    and how to go on."""


def credits_moved(people: Iterable[Person]) -> None:
    """Say, in the current transaction, that ``people``'s credits moved or their addresses
    changed (a note given or cleared moves ``/people/王明/`` to ``/people/王明/<id>/``): every
    page linking one of them is stale, so the tags of each story they are credited on (its
    pages, issue, sections: :func:`articles.changescopes.stories_scope`), of the pages of their
    photos, their lists and the photographers' lists get new versions when it commits. Nothing
    is re-indexed (the names the index holds do not change). Four queries."""
    ids = [p.pk for p in people]
    stories = set(Byline.objects.filter(person_id__in=ids).values_list("article_id", flat=True))
    pages = set()
    for page_id, story_id in Photo.objects.filter(credits__person_id__in=ids).values_list(
        "page_id", "article_id"
    ):
        pages.add(caching.page(page_id))
        if story_id:
            stories.add(story_id)
    tags = stories_scope(stories) | pages | {caching.PHOTOS, caching.RENAMES}
    tags |= {caching.person(pk) for pk in ids} | {caching.works(pk) for pk in ids}
    content_changed(tags=tags)
