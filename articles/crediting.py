"""Who a story or a photo credits, written the same way by every path: the import, the PDF's
credited pictures, and the desk's edits (a byline or credit line changed, a history revert).

* :func:`people_get_or_create`: the people named, found by their ``Person.name``
  (:func:`articles.namechars.person_key`) or made in one insert;
* :func:`photo_credits_set`: a photo's photographers, in order, written only when they changed;
* a photo's history record keeps its photographers' names (``photographers``,
  :class:`articles.models.photos.PhotoVersionFields`: :func:`record_photographers`, connected in
  ``articles/apps.py``, and :func:`photographers_recorded` after a form saved them), and a
  history revert gives them back (:func:`photographers_restore`): a deleted photo restored
  from its history comes back credited, its people's pages list it again.

Both write rows in bulk, so they send no model signals: the caller's save of the story or photo
(a form's, or the import's explicit :mod:`articles.changes` call) says what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from articles.bulk import insert_rows
from articles.models import Article, Byline, Person, PersonAlias, Photo, PhotoCredit
from articles.namechars import person_key
from articles.parsing.creditpeople import credit_photographers
from articles.people.namesakes import STORY_ROWS, namesake_chosen
from articles.queries import Prepared, StrList, field_names, maker


def people_get_or_create(
    names: Iterable[str],
    *,
    paper_id: int | None = None,
    keep: Iterable[int] = (),
    unsure: dict[str, str] | None = None,
    on: date | None = None,
    rows: str = STORY_ROWS,
) -> dict[str, Person]:
    """The people named, by ``Person.name`` (:func:`articles.namechars.person_key`: ``Zoë``
    however its characters were typed is one person), or by a name the desk renamed them from
    (:class:`~articles.models.PersonAlias`: ``王明``, renamed 王明远, gives 王明远 under the key
    ``王明``); the missing ones created. A name several people bear (同名记者, told apart by
    their 区分说明) gives the one :func:`articles.people.namesakes.namesake_chosen` picks:
    one of ``keep`` (person ids credited on the story or photo being saved), else the one who
    wrote for ``paper_id`` (several did: the nearest in date to ``on``), else the latest
    anywhere; an unsure choice said in ``unsure`` (``{name: warning}``, filled when given;
    the warning asks to check ``rows``, :data:`~articles.people.namesakes.STORY_ROWS` or
    :data:`~articles.people.namesakes.PHOTO_ROWS`). Empty names are skipped; ``{}`` for none.
    Four queries and one insert at most, whatever the count (the former names are asked only
    for names no person bears, first whether any is one; two more a name several people
    bear)."""
    bearing = _people_bearing(names)
    found = {name: people[0] for name, people in bearing.items()}
    for name, people in bearing.items():
        if len(people) > 1:
            keep = keep if isinstance(keep, set) else set(keep)  # (read once, when needed)
            found[name], doubt = namesake_chosen(
                people, paper_id=paper_id, keep=keep, on=on, rows=rows
            )
            if doubt and unsure is not None:
                unsure[name] = doubt
    return found


def _people_bearing(names: Iterable[str]) -> dict[str, list[Person]]:
    """``{name: the people bearing it}`` for ``names`` (keys: :func:`person_key`), each list in
    id order: several for a name namesakes bear; the one a name the desk renamed someone from
    gives (曾用名: first whether any is one, through a statement built once); a person made
    for a name nobody bears. Four queries and one insert at most."""
    names = {person_key(n) for n in names if n}
    if not names:
        return {}
    bearing: dict[str, list[Person]] = {}
    for person in _people_named(names):
        bearing.setdefault(person.name, []).append(person)
    unknown = names - bearing.keys()
    if unknown and _ALIASED.rows(StrList(unknown))[1]:  # a name the desk renamed someone from
        aliases = PersonAlias.objects.filter(name__in=unknown).select_related("person")
        bearing.update((a.name, [a.person]) for a in aliases)  # (that person: 曾用名)
    missing = [(n, "") for n in sorted(names - bearing.keys())]
    if missing:  # one executemany; a name a concurrent import just added is left alone
        insert_rows(Person, ["name", "note"], missing, conflict=("name", "note"))
        for person in _people_named([n for (n, _) in missing]):
            bearing.setdefault(person.name, []).append(person)
    return bearing


def people_for(item: Article | Photo, names: Iterable[str]) -> dict[str, Person]:
    """:func:`people_get_or_create` for ``names`` credited on ``item`` (a story or a photo being
    saved): a name several people bear gives the one it credits now, else the one who last
    wrote for its paper."""
    if isinstance(item, Photo):
        credited, issue = PhotoCredit.objects.filter(photo=item), item.page.issue
    else:
        credited, issue = Byline.objects.filter(article=item), item.issue
    keep = credited.values_list("person_id", flat=True)
    return people_get_or_create(names, keep=keep, paper_id=issue.publication_id, on=issue.date)


def photos_credited_now(photos) -> dict[int, dict[str, Person]]:
    """Whom each of ``photos`` credits now, ``{photo id: {Person.name: Person}}``: a name
    several people bear (同名记者) keeps the namesake the photo credits (one the desk split
    off, or picked in its 摄影 rows), as a story's byline keeps its reporter. One query."""
    credited: dict[int, dict[str, Person]] = {}
    rows = PhotoCredit.objects.filter(photo__in=[p.pk for p in photos]).select_related("person")
    for credit in rows:
        credited.setdefault(credit.photo_id, {})[credit.person.name] = credit.person
    return credited


def credits_kept(
    names: list[str], now: dict[str, Person], people: dict[str, Person], unsure: dict[str, str]
) -> tuple[list[Person], list[str]]:
    """Whom a photo imported again credits for ``names`` (its credit's, in order): the person
    of each name it credits ``now`` (:func:`photos_credited_now`: a namesake kept), else the
    one ``people`` gives (:func:`people_get_or_create`, its choice for the page); and the
    warnings of ``unsure`` (``{name: warning}``) for the names chosen so, each once."""
    said = [unsure[n] for n in names if n in unsure and n not in now]
    return [now.get(n) or people[n] for n in names], list(dict.fromkeys(said))


def people_credited(named: list[tuple]) -> dict[int, dict[str, Person]]:
    """:func:`people_get_or_create` for an import's pages, each page's names by its own issue:
    ``named`` is ``[(report, names, issue, rows)]``, a page's report (a
    :class:`~articles.importing.reports.PageImportReport`), names its bylines
    (``rows``: :data:`~articles.people.namesakes.STORY_ROWS`) or its photos' credits
    (:data:`~articles.people.namesakes.PHOTO_ROWS`) print, and the page's issue. Returns
    ``{issue id: {name: Person}}``: a name several people bear gives, on each issue, the one
    who wrote for that issue's paper nearest in date to it (a batch holding pages of several
    days or papers credits each page's namesake as a page imported alone would); a choice the
    rule was unsure of (:mod:`articles.people.namesakes`) is said once in each report of a page
    printing the name, asking to check the story's 记者 or the photo's 摄影 rows. Three queries
    and an insert, two more for each name namesakes bear on each issue printing it."""
    bearing = _people_bearing(n for _, names, _, _ in named for n in names)
    issues = {issue.pk: issue for _, _, issue, _ in named}
    credited = {pk: {n: people[0] for n, people in bearing.items()} for pk in issues}
    doubts: dict[tuple, str] = {}
    for report, names, issue, rows in named:
        for name in dict.fromkeys(person_key(n) for n in names if n):
            people = bearing.get(name, [])
            if len(people) < 2:
                continue
            if (issue.pk, name, rows) not in doubts:
                credited[issue.pk][name], doubts[issue.pk, name, rows] = namesake_chosen(
                    people, paper_id=issue.publication_id, on=issue.date, rows=rows
                )
            said = doubts[issue.pk, name, rows]
            if said and said not in report.warnings:
                report.warnings.append(said)
    return credited


def person_renamed(person: Person, former: str) -> None:
    """After the 人员 form saved ``person`` under a new name: ``former`` (their name before)
    is kept as their former name (:class:`~articles.models.PersonAlias`), so bylines printed
    with it still link to them, ``/people/<former>/`` leads to their page and a later import
    printing it credits them; a former name of theirs they bear again is no longer one. Call
    in the save's transaction (the admin's is one). Nothing for an unchanged name."""
    if former == person.name:
        return
    PersonAlias.objects.filter(person=person, name=person.name).delete()
    PersonAlias.objects.update_or_create(name=former, defaults={"person": person})


_PERSON_FIELDS = field_names(Person)
_NAMED = Prepared(
    Person,
    (StrList,),
    lambda names: Person.objects.filter(name__in=names).values_list(*_PERSON_FIELDS),
)


# Whether any of some names is a former name of someone (曾用名): almost never, and an import
# asks for every batch's new reporters and photographers (the ORM building the aliases' read
# with its join cost more than the answer).
_ALIASED = Prepared(
    PersonAlias,
    (StrList,),
    lambda names: PersonAlias.objects.filter(name__in=names).order_by().values_list("pk")[:1],
)


def _people_named(names: Iterable[str]) -> list[Person]:
    """``Person.objects.filter(name__in=names)``, whole and in its order, through a statement
    built once per connection (an import asks for every batch's reporters and photographers:
    the ORM building the query anew, a placeholder a name, cost more than running it)."""
    alias, rows = _NAMED.rows(list(names))
    make = maker(Person, alias, _PERSON_FIELDS)
    return [make(row) for row in rows]


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


def photographer_names(photo_id: int) -> list[str]:
    """The names of the photo's photographers as stored now, in credit order. One query."""
    return list(
        PhotoCredit.objects.filter(photo_id=photo_id)
        .order_by("order", "pk")
        .values_list("person__name", flat=True)
    )


def photo_credits_deleting(sender, instance: Photo, **kwargs) -> None:
    """``pre_delete`` receiver for photos: the photographers as they are before the deletion
    takes their credits with it, for the deletion's history record (:func:`record_photographers`),
    which is written after them."""
    if instance.pk is not None:
        instance._photographers_deleted = photographer_names(instance.pk)


def record_photographers(sender, instance: Photo, history_instance, **kwargs) -> None:
    """``pre_create_historical_record`` receiver for photos: the record keeps the photographers'
    names (a deletion's: those the photo had just before, :func:`photo_credits_deleting`)."""
    if history_instance.history_type == "-":
        history_instance.photographers = getattr(instance, "_photographers_deleted", None)
    elif instance.pk is not None:
        history_instance.photographers = photographer_names(instance.pk)


def photographers_fill(records) -> None:
    """Give each photo history record in ``records`` (a queryset of ``Photo.history``) that
    keeps no photographers its photo's as stored now: bulk inserts of history (the desk's
    baseline of an imported photo) skip the signal that records them. Two queries a record."""
    for record in records.filter(photographers__isnull=True):
        record.photographers = photographer_names(record.id)
        record.save(update_fields=["photographers"])


def photographers_recorded(photo: Photo) -> None:
    """After a form saved a photo and then its credits (the record was written before them):
    its newest history record holds the photographers saved. One query, one update at most."""
    record = photo.history.order_by("-history_date", "-history_id").first()
    names = photographer_names(photo.pk)
    if record is not None and record.photographers != names:
        record.photographers = names
        record.save(update_fields=["photographers"])


def photographers_restore(photo: Photo, record) -> list[str] | None:
    """After a history revert saved ``photo`` as history ``record`` (a ``HistoricalPhoto``)
    holds it: its photographers as the record names them, people found by name or created
    again (one whose row went since). A record that kept none (older than the field): those
    its credit line names (:func:`~articles.parsing.creditpeople.credit_photographers`, the
    importer's reading) when the photo has none now (it was deleted: its credits went with it),
    else the photo's as they are. Returns the names credited, None when unchanged. Call in the
    revert's transaction."""
    names = record.photographers
    if names is None:
        if PhotoCredit.objects.filter(photo=photo).exists():
            return None
        names = credit_photographers(record.credit_line)
    people = people_get_or_create(names)
    keys = list(dict.fromkeys(person_key(n) for n in names if n))
    changed = photo_credits_set(photo, [people[key] for key in keys])
    getattr(photo, "_prefetched_objects_cache", {}).pop("credits", None)
    return keys if changed else None
