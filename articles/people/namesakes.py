"""Which of several people bearing one name (同名记者, told apart by their 区分说明) a byline
or credit line printed with that name credits: the rule every path that finds people by name
follows (:func:`articles.crediting.people_get_or_create`).

1. The one already credited on the story or photo being saved (``keep``): an editor correcting
   a byline keeps the 王明 the story had.
2. Else the one who wrote for the same paper (``paper_id``): 体育部's 王明 of the daily for a
   1990s page of the daily, 晴川晚报's for the evening paper's page. When more than one of
   them did, the one whose credited work on that paper is nearest in date to the page's
   (``on``; the latest there when no date is given), and the choice is *unsure*: a 2021 page of
   the evening paper credits the 王明 of its 2020 story rather than the one of a 2022 story
   merged in, and the import asks to check it (:func:`namesakes_unsure_said`).
3. Else (none of them ever wrote for that paper, or no paper is known) the one whose credited
   work is latest anywhere, and the choice is *unsure* too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from django.db.models import Max, Min, Q

from articles.models import Byline, Person, PhotoCredit

#: Where an editor checks whom an unsure choice credited (:func:`namesakes_unsure_said`): a
#: byline's namesake in the story's 记者 rows, a credit line's in the photo's 摄影 rows.
STORY_ROWS, PHOTO_ROWS = "稿件的记者栏", "图片的摄影栏"


def namesake_chosen(
    people: Sequence[Person],
    *,
    paper_id: int | None = None,
    keep: Iterable[int] = (),
    on: date | None = None,
    rows: str = STORY_ROWS,
) -> tuple[Person, str]:
    """The one of ``people`` (two or more bearing one name) a byline printed with the name on
    a page of ``paper_id`` dated ``on`` credits (the module's rule), and the warning for an
    editor when the choice is unsure (more than one wrote for the paper, or none did;
    :func:`namesakes_unsure_said`, telling the editor to check ``rows``: :data:`STORY_ROWS`
    for a byline, :data:`PHOTO_ROWS` for a photo's credit), else ``""``. Two queries at most."""
    keep = set(keep)
    kept = [p for p in people if p.pk in keep]
    if kept:
        return kept[0], ""
    ids = [p.pk for p in people]
    if paper_id is not None:
        there = _nearest(ids, paper_id, on)
        if there:
            chosen = min(people, key=lambda p: (p.pk not in there, there.get(p.pk), -p.pk))
            sure = len(there) == 1
            doubt = "" if sure else namesakes_unsure_said(chosen, people, True, rows)
            return chosen, doubt
    anywhere = _nearest(ids, None, None)
    chosen = min(people, key=lambda p: (p.pk not in anywhere, anywhere.get(p.pk), p.pk))
    return chosen, namesakes_unsure_said(chosen, people, False, rows)


def _nearest(ids: list[int], paper_id: int | None, on: date | None) -> dict[int, int]:
    """How far (days, smaller first) each person's credited work is from ``on``: its nearest
    issue date's distance, or (no ``on``) minus its latest's ordinal; of ``paper_id``'s issues
    only when given: stories by byline, photos by credit. ``{person id: days}``, only those
    with credited work."""
    far: dict[int, int] = {}
    for rows, issue in (
        (Byline.objects, "article__issue"),
        (PhotoCredit.objects, "photo__page__issue"),
    ):
        rows = rows.filter(person_id__in=ids)
        if paper_id is not None:
            rows = rows.filter(**{f"{issue}__publication_id": paper_id})
        day = f"{issue}__date"
        if on is None:
            found = rows.values("person_id").annotate(a=Max(day), b=Max(day))
        else:
            found = rows.values("person_id").annotate(
                a=Max(day, filter=Q(**{f"{day}__lte": on})),
                b=Min(day, filter=Q(**{f"{day}__gte": on})),
            )
        for pk, before, after in found.values_list("person_id", "a", "b"):
            days = [
                -d.toordinal() if on is None else abs((d - on).days)
                for d in (before, after)
                if d is not None
            ]
            if days and (pk not in far or min(days) < far[pk]):
                far[pk] = min(days)
    return far


def namesakes_unsure_said(
    chosen: Person, people: Sequence[Person], wrote_there: bool = False, rows: str = STORY_ROWS
) -> str:
    """The import's warning for a name several people bear when the rule could not be sure
    which: none of them wrote for the paper, or (``wrote_there``) more than one did and the
    nearest in date was taken; whom it credited, who else bears the name, and where to check
    (``rows``: :data:`STORY_ROWS` for a byline, :data:`PHOTO_ROWS` for a photo's credit)."""
    others = "、".join(str(p) for p in people if p.pk != chosen.pk)
    what = "图片署名" if rows == PHOTO_ROWS else "署名"
    why = "不止一位在这份报纸署过名：按日期最近的" if wrote_there else "都没在这份报纸署过名："
    return (
        f"{what}“{chosen.name}”有 {len(people)} 位同名的人员，{why}暂记在“{chosen}”名下，"
        f"另有“{others}”；请在{rows}核对是哪一位"
    )
