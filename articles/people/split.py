"""拆分同名记者: two reporters 王明 the archive held as one person (one at a daily's sports desk
in the 1990s, one at the evening paper now) become two, each told apart by a note (区分说明).

The librarian picks, on the person's desk page, the stories and photos that are the other
person's and gives each a note; :func:`person_split` makes the new person (same name, the new
note), moves those bylines and photo credits to them and gives the person kept their note, in
one transaction, and returns what moved for the desk's log. Undone by merging them back
(:func:`articles.people.merge.person_merge`). Which of the two a page imported later credits:
:mod:`articles.people.namesakes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from articles.models import Byline, Person, PhotoCredit
from articles.namechars import name_char_problem
from articles.people.formernames import former_names_follow
from articles.people.moves import PeopleChangeRefused, credits_moved

NOTE_LENGTH = Person._meta.get_field("note").max_length


@dataclass(frozen=True)
class PersonSplitDone:
    """A split made: ``person`` (kept, with its note now), ``new`` (made), and the stories and
    photos moved to ``new`` (their ids)."""

    person: Person
    new: Person
    story_ids: list[int]
    photo_ids: list[int]

    def message(self) -> str:
        """The desk log's line: ``拆分同名记者：王明（体育部）分出王明（晴川晚报），稿件 3 篇（#…）、图片 1 张（#…）``."""
        moved = []
        if self.story_ids:
            moved.append(f"稿件 {len(self.story_ids)} 篇（{_ids(self.story_ids)}）")
        if self.photo_ids:
            moved.append(f"图片 {len(self.photo_ids)} 张（{_ids(self.photo_ids)}）")
        return f"拆分同名记者：{self.person}分出{self.new}，移过去的有{'、'.join(moved)}"


def _ids(ids: list[int]) -> str:
    return "、".join(f"#{pk}" for pk in sorted(ids))


def note_clean(note: str) -> str:
    """A note as stored: its outer blanks dropped, a run of blanks one space."""
    return " ".join(note.split())


@transaction.atomic
def person_split(
    *,
    person: Person,
    note_kept: str,
    note_new: str,
    story_ids: Iterable[int],
    photo_ids: Iterable[int],
) -> PersonSplitDone:
    """Split ``person``: the stories ``story_ids`` and photos ``photo_ids`` (credited to them)
    are a new person's of the same name, noted ``note_new``; ``person`` is noted ``note_kept``.
    Raises :class:`~articles.people.moves.PeopleChangeRefused` (nothing written) for a blank or
    equal pair of notes, a note another person of the name has, a story or photo not credited
    to ``person`` (any more), none chosen, or all of them chosen (that is a new note, not a
    split)."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    note_kept, note_new = note_clean(note_kept), note_clean(note_new)
    _notes_check(person, note_kept, note_new)
    story_ids, photo_ids = sorted(set(story_ids)), sorted(set(photo_ids))
    bylines = Byline.objects.filter(person=person)
    credits = PhotoCredit.objects.filter(person=person)
    mine_stories = set(bylines.values_list("article_id", flat=True))
    mine_photos = set(credits.values_list("photo_id", flat=True))
    stray = [pk for pk in story_ids if pk not in mine_stories]
    stray += [pk for pk in photo_ids if pk not in mine_photos]
    if stray:
        raise PeopleChangeRefused(
            f"什么都没有改：{_ids(stray)} 已不署“{person.name}”的名了（可能刚在另一个窗口改过）；"
            "请重新打开拆分页再选。"
        )
    if not story_ids and not photo_ids:
        raise PeopleChangeRefused("什么都没有改：请勾选属于另一位同名人员的稿件或图片。")
    if set(story_ids) == mine_stories and set(photo_ids) == mine_photos:
        raise PeopleChangeRefused(
            "什么都没有改：全部稿件和图片都勾选了，留给这位人员的就什么都没有；"
            "如果只是要写区分说明，请在人员页直接填写。"
        )
    person.note = note_kept
    person.save(update_fields=["note"])
    new = Person.objects.create(name=person.name, note=note_new)
    bylines.filter(article_id__in=story_ids).update(person=new)
    credits.filter(photo_id__in=photo_ids).update(person=new)
    former_names_follow(person, new)
    credits_moved([person, new])
    return PersonSplitDone(person=person, new=new, story_ids=story_ids, photo_ids=photo_ids)


def _notes_check(person: Person, note_kept: str, note_new: str) -> None:
    """Refuse notes that would not tell the people of the name apart."""
    if not note_kept or not note_new:
        raise PeopleChangeRefused(
            "什么都没有改：请给两位各写一个区分说明（所在报纸、部门或年代，如“晴川晚报”“体育部 1990年代”），"
            "读者和编辑靠它分辨同名的人。"
        )
    if note_kept == note_new:
        raise PeopleChangeRefused(
            f"什么都没有改：两位的区分说明都是“{note_new}”，分辨不出来；请写成不同的。"
        )
    for note in (note_kept, note_new):
        if problem := name_char_problem(note, "区分说明"):
            raise PeopleChangeRefused(f"什么都没有改：{problem}。")
        if len(note) > NOTE_LENGTH:
            raise PeopleChangeRefused(
                f"什么都没有改：区分说明“{note[:20]}…”有 {len(note)} 个字，最多 {NOTE_LENGTH} 个；请写短一些。"
            )
    taken = Person.objects.filter(name=person.name, note__in=[note_kept, note_new]).exclude(
        pk=person.pk
    )
    for other in taken:
        raise PeopleChangeRefused(
            f"什么都没有改：已有人员“{other}”用了这个区分说明；请换一个，或者先把这两位合并。"
        )
