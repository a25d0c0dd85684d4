"""Who a story or a photo credits, written the same way by every path: the import, the PDF's
credited pictures, and the desk's edits (a byline or credit line changed, a history revert).

* :func:`people_get_or_create`: the people named, found by their ``Person.name``
  (:func:`articles.namechars.person_key`) or made in one insert;
* :func:`photo_credits_set`: a photo's photographers, in order, written only when they changed.

Both write rows in bulk, so they send no model signals: the caller's save of the story or photo
(a form's, or the import's explicit :mod:`articles.changes` call) says what changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from articles.bulk import insert_rows
from articles.models import Person, Photo, PhotoCredit
from articles.namechars import person_key


def people_get_or_create(names: Iterable[str]) -> dict[str, Person]:
    """The people named, by ``Person.name`` (:func:`articles.namechars.person_key`: ``Zoë``
    however its characters were typed is one person); the missing ones created. Empty names
    are skipped; ``{}`` for none. Two queries and one insert at most, whatever the count."""
    names = {person_key(n) for n in names if n}
    if not names:
        return {}
    found = {p.name: p for p in Person.objects.filter(name__in=names)}
    missing = [(n,) for n in sorted(names - found.keys())]
    if missing:  # one executemany; a name a concurrent import just added is left alone
        insert_rows(Person, ["name"], missing, conflict="name")
        found.update((p.name, p) for p in Person.objects.filter(name__in=[n for (n,) in missing]))
    return found


def photo_credits_set(photo: Photo, people: list[Person]) -> bool:
    """The photo's credits, ``people`` in order; True when they changed (nothing is written
    when they did not)."""
    current = [c.person_id for c in photo.credits.order_by("order")]
    if current == [p.pk for p in people]:
        return False
    photo.credits.all().delete()
    PhotoCredit.objects.bulk_create(
        [PhotoCredit(photo=photo, person=p, order=i) for i, p in enumerate(people)]
    )
    return True
