"""Which of several people bearing one name (同名记者, told apart by their 区分说明) a byline
or credit line printed with that name credits: the rule every path that finds people by name
follows (:func:`articles.crediting.people_get_or_create`).

1. The one already credited on the story or photo being saved (``keep``): an editor correcting
   a byline keeps the 王明 the story had.
2. Else the one who last wrote for the same paper (``paper_id``): the latest issue date among
   the stories and photos of that paper credited to each; 体育部's 王明 of the daily for a
   1990s page of the daily, 晴川晚报's for the evening paper's page.
3. Else (none of them ever wrote for that paper, or no paper is known) the one whose credited
   work is latest anywhere, and the choice is *unsure*: the import reports it, naming them all,
   for an editor to check (:func:`namesakes_unsure_said`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db.models import Max

from articles.models import Byline, Person, PhotoCredit


def namesake_chosen(
    people: Sequence[Person], *, paper_id: int | None = None, keep: Iterable[int] = ()
) -> tuple[Person, bool]:
    """The one of ``people`` (two or more bearing one name) a byline printed with the name
    credits (the module's rule), and whether the choice is unsure (rule 3). Two queries at most."""
    keep = set(keep)
    kept = [p for p in people if p.pk in keep]
    if kept:
        return kept[0], False
    ids = [p.pk for p in people]
    if paper_id is not None:
        there = _latest(ids, paper_id)
        if there:
            return max(
                people, key=lambda p: (there.get(p.pk) is not None, there.get(p.pk), p.pk)
            ), False
    anywhere = _latest(ids, None)
    return max(
        people, key=lambda p: (anywhere.get(p.pk) is not None, anywhere.get(p.pk), -p.pk)
    ), True


def _latest(ids: list[int], paper_id: int | None) -> dict[int, object]:
    """Each person's latest credited issue date ({person id: date}), of ``paper_id``'s issues
    only when given: stories by byline, photos by credit."""
    latest: dict[int, object] = {}
    for rows, issue in (
        (Byline.objects, "article__issue"),
        (PhotoCredit.objects, "photo__page__issue"),
    ):
        rows = rows.filter(person_id__in=ids)
        if paper_id is not None:
            rows = rows.filter(**{f"{issue}__publication_id": paper_id})
        for pk, date in (
            rows.values("person_id").annotate(d=Max(f"{issue}__date")).values_list("person_id", "d")
        ):
            if date is not None and (latest.get(pk) is None or date > latest[pk]):
                latest[pk] = date
    return latest


def namesakes_unsure_said(name: str, chosen: Person, people: Sequence[Person]) -> str:
    """The import's warning for a name several people bear when the rule could not tell which
    (none of them wrote for the paper): whom it credited and who else bears the name."""
    others = "、".join(str(p) for p in people if p.pk != chosen.pk)
    return (
        f"署名“{name}”有 {len(people)} 位同名的人员，都没在这份报纸署过名：暂记在“{chosen}”名下，"
        f"另有“{others}”；请在稿件的记者栏核对是哪一位"
    )
