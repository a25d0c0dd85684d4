"""What splitting and merging people share: the refusal they raise, and the one call that says
which cached pages their moved credits touch."""

from __future__ import annotations

from collections.abc import Iterable

from articles import caching
from articles.changes import content_changed
from articles.models import Person


class PeopleChangeRefused(ValueError):
    """A split or merge refused before anything was written; ``str()`` says why, in Chinese,
    and how to go on."""


def credits_moved(people: Iterable[Person]) -> None:
    """Say, in the current transaction, that ``people``'s credits moved or their addresses
    changed (a note given or cleared moves ``/people/王明/`` to ``/people/王明/<id>/``): every
    page that links one of them or lists their work depends on their tags (``u<id>``, the
    story, page and feed views; ``w<id>``, their lists: :mod:`articles.caching`), which get new
    versions when it commits, with the photographers' lists and the former names' (``renames``).
    No query, however many stories they have; nothing is re-indexed (the names the index holds
    do not change)."""
    tags = {caching.PHOTOS, caching.RENAMES}
    for person in people:
        tags |= {caching.person(person.pk), caching.works(person.pk)}
    content_changed(tags=tags)
