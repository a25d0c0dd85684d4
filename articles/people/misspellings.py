"""A byline fix that moves a story from one person to another (``陈晓兰`` corrected to
``陈晓岚``): when the person it was credited to is left with no story and no photo, their name
is the new one spelt another way (:func:`articles.proofreading.names.same_person`: one
character apart, or 繁简 / full-width), and the page printed that name (the story's page text
holds it: the misspelling came from the page, not from an earlier fix at the desk), the old name
is recorded as a former name of the new person, marked 错写 (``PersonAlias.misspelling``; the
empty person merged in, :func:`articles.people.merge.person_merge`): a later page printing it
credits the right person and its byline is flagged (``articles.proofmarks.misspelt_findings``),
in any issue. A name only the desk ever typed (``周立敏`` typed, then ``周立明``: a fix of a fix)
is never merged on one save: the person is kept and the desk is offered 合并另一位人员, as for
a person left with nothing whose name is not close (another reporter altogether).

Going back undoes it (:func:`misspelling_undone`, before the byline credits anyone): a byline
set back to a name recorded as 错写, when no other story's byline prints it, drops that former
name, so the name credits a person of its own again (reviewer B of session 68, defect 2)."""

from __future__ import annotations

from articles.bylines import reporters_read
from articles.models import Article, Byline, Person, PersonAlias, PhotoCredit
from articles.people.moves import credits_moved
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
        if len(near) == 1 and _printed(article, old.name):
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


def _printed(article, name: str) -> bool:
    """Whether a page ``article`` is printed on holds ``name`` in its text (one query)."""
    return article.parts.filter(page__raw_text__contains=name).exists()


def misspelling_undone(article, old_byline: str) -> list[str]:
    """Before ``article``'s byline fix credits anyone: each name its new byline prints (and
    ``old_byline`` did not) that is a 错写 former name, printed in no other story's byline, is
    no longer one, so the byline credits a person of that name again (found or created as the
    importer does). Returns what to tell the editor, in Chinese. Call inside the save's
    transaction."""
    was = set(reporters_read(old_byline, article.dateline)) if old_byline else set()
    said: list[str] = []
    for name in reporters_read(article.byline, article.dateline):
        if name in was:
            continue
        alias = (
            PersonAlias.objects.filter(name=name, misspelling=True).select_related("person").first()
        )
        if alias is None or _printed_elsewhere(article, name):
            continue
        alias.delete()
        credits_moved([alias.person])  # (/people/<name>/ no longer redirects to them)
        said.append(
            f"“{name}”不再记为{alias.person}的错写（署名改回了“{name}”，别的稿件的署名也没有印它）："
            f"这篇稿件记在“{name}”名下"
        )
    return said


def _printed_elsewhere(article, name: str) -> bool:
    """Whether another story's byline prints ``name`` (as the importer reads bylines)."""
    others = Article.objects.filter(byline__contains=name).exclude(pk=article.pk)
    return any(
        name in reporters_read(byline, dateline)
        for byline, dateline in others.values_list("byline", "dateline")
    )
