"""Who a story or photo credits after an editor retyped its 署名 or credit line at the desk
(the story and photo forms, a story spreadsheet's 署名 cell, a history revert's reporters):
the names the old line gave are replaced by those the new one gives, read as the importer
reads them; a 区分说明 typed after a name picks that namesake (同名记者,
:mod:`articles.people.bylinenotes`), two of them typed after one name credit both
(``记者 王明（体育部） 王明（时政部）``)."""

from __future__ import annotations

from collections.abc import Iterable

from articles.bylines import reporters_read
from articles.crediting import people_for, photo_credits_set
from articles.models import Article, Byline, Person, Photo, PhotoCredit
from articles.namechars import person_key
from articles.parsing.creditpeople import credit_photographers
from articles.people.bylinenotes import notes_typed


def reporters_follow_byline(article: Article, old_byline: str) -> list[str] | None:
    """After an editor changed ``article``'s byline from ``old_byline`` (and not its reporters):
    credit whom the new byline names. The names read from the old byline
    (:func:`articles.bylines.reporters_read`, the importer's reading; ``article.dateline`` when
    a byline names nobody) are replaced by those read from the new one, in printed order;
    a reporter the old byline did not name (one an editor added, or a sign-off's) stays, after
    them. People are found by name or created, as the importer's are (``Person.name``, clipped
    to its length). A new byline that names nobody (``新华社``, ``本报评论员``) credits nobody the
    old one named. Nothing changes when the byline was emptied (the line was cleared, not the
    credit: the reporters field removes one). Returns the new reporters as the desk names them
    (``王明（体育部）`` for a namesake; ``[]``: none left), None when they did not change. Call
    inside the save's transaction (the admin's is)."""
    if not article.byline.strip():
        return None
    typed = notes_typed(article.byline, article.dateline)  # (王明（体育部）: that namesake)
    new = _person_names(reporters_read(typed.byline, article.dateline))
    old = set(_person_names(reporters_read(notes_typed(old_byline).byline, article.dateline)))
    current = list(
        Byline.objects.filter(article=article)
        .order_by("order")
        .values_list("person__name", flat=True)
    )
    names = _names_after(new, old, current)
    if names is None and not typed.moves(article.pk):
        return None
    people = set_reporters(article, current if names is None else names, typed.chosen)
    getattr(article, "_prefetched_objects_cache", {}).pop("bylines", None)
    return [str(p) for p in people]


def photographers_follow_credit(photo: Photo, old_credit: str) -> list[str] | None:
    """After an editor changed ``photo``'s credit line from ``old_credit`` (and not its
    photographers): credit whom the new line names, as :func:`reporters_follow_byline` does for
    a story's byline (the names read by the importer's reading,
    :func:`~articles.parsing.creditpeople.credit_photographers`: none for an agency). The names
    the old line gave are replaced by the new line's; a photographer it did not give stays,
    after them. Nothing changes when the line was emptied. Returns the new photographers'
    names, None when they did not change (a reviewer changed 本报记者 柯岚摄 to 本报记者 陈默摄
    and the 记者 filter still found 柯岚)."""
    if not photo.credit_line.strip():
        return None
    new = _person_names(credit_photographers(photo.credit_line))
    old = set(_person_names(credit_photographers(old_credit)))
    current = list(
        PhotoCredit.objects.filter(photo=photo)
        .order_by("order")
        .values_list("person__name", flat=True)
    )
    names = _names_after(new, old, current)
    if names is None:
        return None
    people = people_for(photo, names)  # (namesakes: the ones it credits now)
    photo_credits_set(photo, [people[name] for name in names])
    return names


def _names_after(new: list[str], old: set[str], current: list[str]) -> list[str] | None:
    """Who is credited after a credit's line changed: ``new`` (the names the new line gives),
    then those of ``current`` (credited now, in order) the old line did not give (``old``);
    None when that is ``current``."""
    names = list(dict.fromkeys([*new, *(n for n in current if n not in old)]))
    return None if names == current else names


def _person_names(names: Iterable[str]) -> list[str]:
    """``names`` as ``Person.name`` holds them (:func:`articles.namechars.person_key`:
    canonical, clipped), in order, each once."""
    return list(dict.fromkeys(person_key(name) for name in names))


def set_reporters(article: Article, names, chosen: dict | None = None) -> list[Person]:
    """Replace ``article``'s reporters by ``names``, in that order (``chosen``: ``{name: the
    namesakes typed notes name}``, each credited in the name's place, in typed order); returns
    them."""
    names = _person_names(names)
    people = people_for(article, names)  # (namesakes: those it credits)
    return reporters_credit(
        article, [p for n in names for p in (chosen or {}).get(n) or [people[n]]]
    )


def reporters_credit(article: Article, people: list[Person]) -> list[Person]:
    """Make ``people`` ``article``'s reporters, in that order, each once; returns them."""
    credited = list({p.pk: p for p in people}.values())
    Byline.objects.filter(article=article).delete()
    Byline.objects.bulk_create(
        [Byline(article=article, person=p, order=i) for i, p in enumerate(credited)]
    )
    return credited


def people_recorded(article: Article, recorded: list) -> list[Person]:
    """The people a story's history version credited (``recorded``: its snapshot's
    ``people``, ``[[id, name, 区分说明], …]`` in byline order, :func:`articles.editing.story_snapshot`),
    as they are now: each by their id; one whose id is gone (merged into another since) by
    name and 区分说明, else by name as a byline's (:func:`articles.crediting.people_for`), so
    two namesakes come back as the two they were. Two queries, three when an id is gone."""
    by_id = Person.objects.in_bulk([pk for pk, _, _ in recorded])
    missing = [(name, note) for pk, name, note in recorded if pk not in by_id]
    noted: dict[tuple[str, str], Person] = {}
    if missing:
        for person in Person.objects.filter(name__in={name for name, _ in missing}):
            noted.setdefault((person.name, person.note), person)
    unnoted = [person_key(n) for n, note in missing if (n, note) not in noted]
    named = people_for(article, unnoted) if unnoted else {}
    return [
        by_id.get(pk) or noted.get((name, note)) or named[person_key(name)]
        for pk, name, note in recorded
    ]
