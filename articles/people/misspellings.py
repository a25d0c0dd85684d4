"""A byline fix that moves a story from one person to another (``陈晓兰`` corrected to
``陈晓岚``): when the person it was credited to is left with no story and no photo, and their
name is the new one spelt another way (:func:`articles.proofreading.names.same_person`: one
character apart, or 繁简 / full-width), the old name is recorded as a former name of the new
person, marked 错写 (``PersonAlias.misspelling``; the empty person merged in,
:func:`articles.people.merge.person_merge`): a later page printing it credits the right person
and its byline is flagged (``articles.proofmarks.misspelt_findings``), in any issue. A person
left with nothing whose name is not close to a new one (another reporter altogether) is kept,
and the desk is told it may merge them if that was a misspelling."""

from __future__ import annotations

from articles.models import Byline, Person, PersonAlias, PhotoCredit
from articles.proofreading.names import same_person


def credited_now(article) -> list[Person]:
    """The people ``article`` credits now (call before a byline fix to know whom it moved)."""
    return list(Person.objects.filter(bylines__article=article).order_by("bylines__order"))


def misspellings_recorded(article, before: list[Person]) -> list[str]:
    """After ``article``'s byline fix: deal with each of ``before`` (its reporters before the
    fix) no longer credited on it and left with no story or photo, as the module says. Returns
    what to tell the editor, in Chinese. Call inside the save's transaction."""
    from articles.people.merge import person_merge

    now = credited_now(article)
    kept = {p.pk for p in now}
    said: list[str] = []
    for old in before:
        if old.pk in kept or Byline.objects.filter(person=old).exists():
            continue
        if PhotoCredit.objects.filter(person=old).exists():
            continue
        near = [p for p in now if same_person(old.name, p.name) and p.name != old.name]
        if len(near) == 1:
            person = near[0]
            person_merge(person=person, other=old)
            marked = PersonAlias.objects.filter(name=old.name, person=person).update(
                misspelling=True
            )
            if marked:
                said.append(
                    f"“{old.name}”已没有署名稿件，记为{person}的错写（曾用名）：以后版面上印“{old.name}”"
                    f"会记在{person}名下，并在校对提示里提醒核对"
                )
            continue
        others = "、".join(str(p) for p in now) or "新署名的人员"
        said.append(
            f"“{old}”已没有署名稿件和图片：如果这是错写，请打开人员“{others}”，用“合并另一位人员…”"
            f"把“{old}”并进去（会记为曾用名）；如果是另一位记者，不用理会"
        )
    return said
