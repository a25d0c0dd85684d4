"""合并人员: two people made one, ``other`` into ``person``. Undoes a split (two 王明 made one
again) and mends a typo that made two people of one (``王 明`` beside 王明, ``柯嵐`` beside
柯岚): ``other``'s stories and photos are ``person``'s, ``other``'s former names (曾用名) too,
and so is ``other``'s name when it differs and nobody else bears it (a later page printing it
credits ``person``; bylines printing it link to them: :class:`~articles.models.PersonAlias`).
``other``'s row goes; its ``/people/<name>/<id>/`` is a permanent redirect to ``person``
(:class:`~articles.models.PersonMerged`). ``person`` left alone with their name loses their note
(区分说明): their page is ``/people/<name>/`` again."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from articles.models import Byline, Person, PersonAlias, PersonMerged, PhotoCredit
from articles.people.moves import PeopleChangeRefused, credits_moved
from articles.proofing import queue_articles


@dataclass(frozen=True)
class PersonMergeDone:
    """A merge made: ``person`` (kept), ``other_name`` (what the one merged was called, with its
    note), ``other_id``, and how many stories and photos moved."""

    person: Person
    other_name: str
    other_id: int
    stories: int
    photos: int
    alias: str  # other's name kept as a former name of person ("" when none)

    def message(self) -> str:
        """The desk log's line: ``合并人员：王明（体育部）（#12）并入本人员，稿件 3 篇、图片 1 张``."""
        said = f"合并人员：{self.other_name}（#{self.other_id}）并入本人员，稿件 {self.stories} 篇、图片 {self.photos} 张"
        return said + (f"；“{self.alias}”记为曾用名" if self.alias else "")


@transaction.atomic
def person_merge(*, person: Person, other: Person) -> PersonMergeDone:
    """Merge ``other`` into ``person`` (the module's docstring). A story or photo crediting both
    keeps one credit, ``person``'s. Raises :class:`~articles.people.moves.PeopleChangeRefused`
    (nothing written) when they are one person."""
    if person.pk == other.pk:
        raise PeopleChangeRefused("什么都没有改：要合并的是同一位人员；请选另一位。")
    locked = {
        p.pk: p for p in Person.objects.select_for_update().filter(pk__in=[person.pk, other.pk])
    }
    if len(locked) < 2:
        raise PeopleChangeRefused(
            "什么都没有改：其中一位人员已不存在了（可能刚在另一个窗口合并或删除）；请重新打开人员页。"
        )
    person, other = locked[person.pk], locked[other.pk]
    moved = list(Byline.objects.filter(person=other).values_list("article_id", flat=True))
    credits_moved([person, other])  # (the pages that link either, as they are now)
    stories = _credits_move(Byline.objects, "article_id", person, other)
    photos = _credits_move(PhotoCredit.objects, "photo_id", person, other)
    PersonAlias.objects.filter(person=other).update(person=person)
    PersonMerged.objects.filter(person=other).update(person=person)
    PersonMerged.objects.create(former_id=other.pk, person=person)
    other_name, other_id = str(other), other.pk
    other.delete()
    alias = ""
    if (
        other.name != person.name
        and not Person.objects.filter(name=other.name).exists()
        and not PersonAlias.objects.filter(name=other.name).exists()
    ):
        PersonAlias.objects.create(name=other.name, person=person)
        alias = other.name
    if person.note and not Person.objects.filter(name=person.name).exclude(pk=person.pk).exists():
        person.note = ""  # alone with the name again: /people/<name>/
        person.save(update_fields=["note"])
    credits_moved([person])
    # One person now: their issues' 同一人名两种写法 findings are checked again at commit (the
    # desk decided the two names are one reporter's).
    queue_articles(moved)
    return PersonMergeDone(person, other_name, other_id, stories, photos, alias)


def _credits_move(rows, item: str, person: Person, other: Person) -> int:
    """``other``'s credits (bylines or photo credits) ``person``'s; where both are credited,
    ``other``'s dropped. Returns how many stories or photos ``other`` was credited on."""
    both = set(rows.filter(person=person).values_list(item, flat=True))
    theirs = rows.filter(person=other)
    count = theirs.count()
    theirs.filter(**{f"{item}__in": both}).delete()
    theirs.update(person=person)
    return count
