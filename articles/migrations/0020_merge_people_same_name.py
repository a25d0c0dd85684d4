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
again). Every name is read once, the links of the people merged once, and a group merged
takes an update or two and a rename: 1,000 groups among 101,000 people took 3.7 s on SQLite
(2026-12-05, two shared CPUs, busy with other tests; 50 s a group at a time).
"""

from collections import Counter, defaultdict

from django.db import migrations

from articles.namechars import person_key

#: Ids per ``IN`` list (SQLite's oldest limit is 999 parameters a statement).
IDS_PER_QUERY = 500
#: The rows that refer to a person: (model, the row it credits the person on).
LINKS = (("Byline", "article_id"), ("PhotoCredit", "photo_id"))


def merge_people(apps, schema_editor):
    Person = apps.get_model("articles", "Person")
    db = schema_editor.connection.alias
    people = Person.objects.using(db)
    groups = defaultdict(list)
    for pk, name in people.order_by("pk").values_list("pk", "name"):
        groups[person_key(name)].append((pk, name))
    merged = {key: [pk for pk, _ in members] for key, members in groups.items() if len(members) > 1}
    named = {pk: name for members in groups.values() for pk, name in members}
    renamed = {members[0][0]: key for key, members in groups.items() if len(members) == 1}
    if not merged and all(named[pk] == key for pk, key in renamed.items()):
        return
    links = {model: apps.get_model("articles", model).objects.using(db) for model, _ in LINKS}
    rows = {model: _links_of(links[model], owner, merged) for model, owner in LINKS}
    kept = _kept(merged, rows)
    for model, found in rows.items():
        _links_move(links[model], found, kept)
    gone = [pk for key, pks in merged.items() for pk in pks if pk != kept[key]]
    for chunk in _chunks(gone):
        people.filter(pk__in=chunk).delete()
    renamed.update((pk, key) for key, pk in kept.items())
    for pk, key in renamed.items():
        if named[pk] != key:
            people.filter(pk=pk).update(name=key)
    from articles.caching import bump_content_version

    bump_content_version()


def _chunks(ids):
    ids = list(ids)
    return [ids[at : at + IDS_PER_QUERY] for at in range(0, len(ids), IDS_PER_QUERY)]


def _links_of(links, owner: str, merged: dict) -> list[tuple]:
    """The ``links`` (bylines or photo credits) of the people of ``merged`` ({name: ids}), as
    (canonical name, owner id, order, id, person id)."""
    key_of = {pk: key for key, pks in merged.items() for pk in pks}
    return [
        (key_of[person_id], owner_id, order, pk, person_id)
        for chunk in _chunks(key_of)
        for pk, owner_id, person_id, order in links.filter(person_id__in=chunk).values_list(
            "pk", owner, "person_id", "order"
        )
    ]


def _kept(merged: dict, rows: dict) -> dict:
    """{canonical name: the id kept}: of each group the person with the most links (bylines and
    photo credits), the lowest id on a tie."""
    counts = Counter(person_id for found in rows.values() for *_, person_id in found)
    return {key: max(pks, key=lambda pk: (counts[pk], -pk)) for key, pks in merged.items()}


def _links_move(links, rows: list, kept: dict) -> None:
    """Give each group's kept person the ``rows`` of ``links`` of the others; where a story or
    photo would credit it twice, one row stays, the first printed (of one place, the kept
    person's own)."""
    by_owner = defaultdict(list)
    for key, owner_id, order, pk, person_id in rows:
        by_owner[key, owner_id].append((order, person_id != kept[key], pk))
    doubled = [pk for owned in by_owner.values() for _, _, pk in sorted(owned)[1:]]
    for chunk in _chunks(doubled):
        links.filter(pk__in=chunk).delete()
    moved = defaultdict(list)  # the kept person's id → the ids of the rows moved to it
    doubled = set(doubled)
    for key, _, _, pk, person_id in rows:
        if person_id != kept[key] and pk not in doubled:
            moved[kept[key]].append(pk)
    for keep, pks in moved.items():
        for chunk in _chunks(pks):
            links.filter(pk__in=chunk).update(person_id=keep)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_name_characters"),
    ]

    operations = [
        migrations.RunPython(merge_people, migrations.RunPython.noop, elidable=True),
    ]
