"""One person per name however its characters were encoded: the people imported or added before
``Person.name`` held the canonical form (:func:`articles.namechars.person_key`: NFC, a PDF's
Kangxi radicals as the ideographs) whose names are the same in that form are merged, and every
name is written in it.

Of each group the person with the most links (bylines and photo credits) is kept, on a tie the
lowest id; the others' bylines and photo credits move to it, except where the story or photo
credits the kept person already (one row each, by the unique constraints
``byline_unique_person`` and ``photocredit_unique_person``: the row placed first stays, in the
kept person's name), and the others are deleted. These two are every row that refers to a
person (``Byline.person``, ``PhotoCredit.person``; ``Article.reporters`` and ``Photo.people``
go through them). A story's byline text and a photo's credit line stay as printed; the
history's saved reporters (``StoryVersion.story``) are names, found in canonical form when a
version is restored (``articles.editing``).

Every page is told its cache is stale once anything changed (a merged person's page is gone,
the kept one's lists grew). Reversing changes nothing (the merged rows are not told apart
again). Every name is read once, and a group merged takes a few queries.
"""

from collections import defaultdict

from django.db import migrations
from django.db.models import Count

from articles.namechars import person_key


def merge_people(apps, schema_editor):
    Person = apps.get_model("articles", "Person")
    db = schema_editor.connection.alias
    people = Person.objects.using(db)
    groups = defaultdict(list)
    for pk, name in people.order_by("pk").values_list("pk", "name"):
        groups[person_key(name)].append((pk, name))
    changed = False
    for key, members in groups.items():
        if len(members) == 1 and members[0][1] == key:
            continue
        keep = _merge(apps, db, key, [pk for pk, _ in members])
        people.filter(pk=keep).update(name=key)
        changed = True
    if changed:
        from articles.caching import bump_content_version

        bump_content_version()


def _merge(apps, db, key: str, pks: list[int]) -> int:
    """Merge the people ``pks`` (their names all ``key`` in canonical form) into the one with
    the most links (the lowest id on a tie); returns its id."""
    Person = apps.get_model("articles", "Person")
    people = Person.objects.using(db).filter(pk__in=pks)
    if len(pks) == 1:
        return pks[0]
    counts = people.annotate(
        links=Count("bylines", distinct=True) + Count("photo_credits", distinct=True)
    ).values_list("pk", "links")
    keep = max(counts, key=lambda row: (row[1], -row[0]))[0]
    others = [pk for pk in pks if pk != keep]
    for model, owner in (("Byline", "article_id"), ("PhotoCredit", "photo_id")):
        _links_move(apps.get_model("articles", model).objects.using(db), owner, keep, others)
    people.filter(pk__in=others).delete()
    return keep


def _links_move(links, owner: str, keep: int, others: list[int]) -> None:
    """Give person ``keep`` the ``links`` (bylines or photo credits, each of one ``owner``: a
    story or a photo) of the people ``others``; where an owner would credit ``keep`` twice, one
    row stays, at the place of the first printed."""
    moved = links.filter(person_id__in=others)
    rows = links.filter(
        person_id__in=[keep, *others], **{f"{owner}__in": moved.values(owner)}
    ).values_list("pk", owner, "person_id", "order")
    by_owner = defaultdict(list)
    for pk, owner_id, person_id, order in rows:
        by_owner[owner_id].append((order, person_id != keep, pk))
    doubled = [
        pk
        for owned in by_owner.values()
        # the first printed stays (of one place, the kept person's own row)
        for _, _, pk in sorted(owned)[1:]
    ]
    if doubled:
        links.filter(pk__in=doubled).delete()
    moved.update(person_id=keep)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_name_characters"),
    ]

    operations = [
        migrations.RunPython(merge_people, migrations.RunPython.noop, elidable=True),
    ]
