"""Reporters and photographers: their stories and photos, the people with published work.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import product
from math import prod

from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import Length

from articles import caching
from articles.bylines import credit_pieces, names_unprinted
from articles.models import (
    Article,
    Byline,
    Page,
    Person,
    PersonAlias,
    Photo,
    PhotoCredit,
)
from articles.namechars import name_canonical
from articles.querysets import PUBLISHED, page_shown, photo_story_shown, public_issue
from articles.text import HAN, fold, folding_to

# The most spellings of a name looked up at once (each character's forms multiplied: 何曉雨 has
# 2 × 2 × 1 = 4); a name with more (a long Latin name: each letter and space has a full-width
# form) is only found as stored, and so is one longer than a byline's name is.
_SPELLINGS_AT_MOST = 512
_NAME_AT_MOST = 16  # characters
# Each character's forms, remembered: finding them reads OpenCC's whole character table (about
# 1.5 ms a character on a loaded 2-CPU machine); a name is looked up again only when no one
# bears it as asked.
_forms = lru_cache(maxsize=4096)(folding_to)


def byline_former_names(
    stories: Iterable[tuple[str, Sequence[Person]]],
) -> dict[str, tuple[str, ...]]:
    """``{name: former names}`` (曾用名, :class:`~articles.models.PersonAlias`, oldest first) of
    the people credited on ``stories`` (each its byline and its reporters) whose byline does
    not print their name (:func:`articles.bylines.names_unprinted`): renamed since it was
    printed, :func:`articles.bylines.credit_pieces` finds them by the name printed. One query
    when a byline leaves out a reporter's name, none otherwise."""
    unprinted = {
        person.pk: person.name
        for byline, people in stories
        if byline.strip() and people
        for name in names_unprinted(byline, [person.name for person in people])
        for person in people
        if person.name == name
    }
    found: dict[str, list[str]] = {}
    if unprinted:
        rows = PersonAlias.objects.filter(person_id__in=list(unprinted)).order_by("pk")
        for person_id, former in rows.values_list("person_id", "name"):
            found.setdefault(unprinted[person_id], []).append(former)
    return {name: tuple(formers) for name, formers in found.items()}


def former_names_of(name: str) -> tuple[str, ...]:
    """The former names (曾用名, oldest first) of the person named ``name`` now (canonical
    form), ``()`` for one never renamed or no one. No query while the process holds them all
    (:func:`_former_names`), one when a person or a former name changed since."""
    return _former_names().get(name_canonical(name), ())


# Every person's former names, {name now: (former names, oldest first)}, as read under this
# version of the cache's ``renames`` tag (articles.caching.RENAMES).
_held_renames: tuple[str, dict[str, tuple[str, ...]]] = ("", {})


def _former_names() -> dict[str, tuple[str, ...]]:
    """Every person's former names ({name now: former names, oldest first}; a few dozen rows),
    held by the process under the version of ``renames`` it read them under: a person's or a
    former name's change bumps it when it commits (:mod:`articles.changes`), so the next call
    reads them again. Kept only when the tag has the same version after they were read (a
    change that committed meanwhile may or may not be in them), as a cached page is
    (:func:`articles.caching.kept`): never a stale name. One cache read; one query when they
    are read."""
    global _held_renames
    version = caching.tag_versions([caching.RENAMES])[caching.RENAMES]
    held_version, held = _held_renames
    if held_version == version:
        return held
    found: dict[str, list[str]] = {}
    rows = PersonAlias.objects.order_by("pk").values_list("person__name", "name")
    for name, former in rows:
        found.setdefault(name, []).append(former)
    names = {name: tuple(formers) for name, formers in found.items()}
    if caching.tag_versions([caching.RENAMES])[caching.RENAMES] == version:
        _held_renames = (version, names)
    return names


def person_formerly(name: str) -> Person | None:
    """The person the desk renamed from ``name`` (its canonical form: a former name,
    :class:`~articles.models.PersonAlias`), or None; a Latin name in any case (``john smith``
    for a former ``John Smith``, as a current name's address is found,
    :func:`people_named_alike`), the one in the case asked first. One query."""
    canonical = name_canonical(name)
    aliases = list(PersonAlias.objects.filter(name__iexact=canonical).select_related("person"))
    aliases.sort(key=lambda alias: alias.name != canonical)
    return aliases[0].person if aliases else None


def former_name_printed(person: Person, former: str) -> list[str]:
    """The stories (their headlines, by date) whose stored byline prints ``former``, a former
    name (曾用名) of ``person``, as the person it credits (:func:`articles.bylines.credit_pieces`:
    ``王明`` in ``记者王明 李娜``, not in ``记者王明华``), or whose dateline does with no byline
    (``記者王明／台北報導``: :func:`articles.bylines.reporters_read` reads it there): while one
    does, the name stays theirs (the 人员 form refuses to remove it; its photos' credit lines:
    :func:`former_name_credited`). Two queries; only stories whose byline or dateline holds the
    name are read whole."""
    stories = Article.objects.filter(bylines__person=person).filter(
        Q(byline__contains=former) | Q(dateline__contains=former)
    )
    return [
        f"{story.issue.date}“{story}”"
        for story in _with_people(stories, "bylines", "issue__date")
        if _prints_as(
            story.byline if story.byline.strip() else story.dateline,
            [b.person.name for b in story.bylines.all()],
            person,
            former,
        )
    ]


def former_names_printed(name: str, formers: Sequence[str]) -> list[str]:
    """Of ``formers`` (former names, 曾用名, of the person named ``name``), those a stored
    byline, dateline or photo credit line prints as them (:func:`former_name_printed`,
    :func:`former_name_credited`): the search page's note names no other (a mistaken rename
    undone, 陈立新 → 陈立鑫 → 陈立新, keeps 陈立鑫 theirs for a later page printing it, but no
    byline prints it; reviewer, session 63). Two queries a former name, asked only for a search
    that is a renamed person's name."""
    person = Person.objects.filter(name=name).first()
    if person is None:
        return []
    return [
        former
        for former in formers
        if former_name_printed(person, former) or former_name_credited(person, former)
    ]


def former_name_credited(person: Person, former: str) -> list[str]:
    """The photos (their date, page and caption, by date) whose stored credit line prints
    ``former``, a former name (曾用名) of ``person``, as the photographer it credits
    (``本报记者 林晓舟摄``, as :func:`former_name_printed` reads a byline): while one does, the
    name stays theirs. Two queries."""
    photos = Photo.objects.filter(credits__person=person, credit_line__contains=former)
    return [
        f"{photo.page.issue.date} {photo.page.label}版图片“{photo}”"
        for photo in _with_people(photos, "credits", "page__issue__date")
        if _prints_as(
            photo.credit_line, [c.person.name for c in photo.credits.all()], person, former
        )
    ]


def _with_people(rows, people: str, date: str):
    """``rows`` (stories or photos) each once, by ``date`` (the path to their issue's date),
    with their issue and their ``people`` rows (``bylines``, ``credits``) with each person."""
    credits = rows.model._meta.get_field(people).related_model.objects.select_related("person")
    return (
        rows.select_related(date.removesuffix("__date"))
        .prefetch_related(Prefetch(people, credits))
        .order_by(date, "pk")
        .distinct()
    )


def _prints_as(line: str, names: list[str], person: Person, former: str) -> bool:
    """Whether ``line`` (a byline, dateline or credit line crediting ``names``) prints
    ``former`` as ``person`` (:func:`articles.bylines.credit_pieces`)."""
    return any(
        name == person.name and name_canonical(text) == former
        for text, name in credit_pieces(line, names, {person.name: [former]})
    )


def person_articles(person: Person):
    """A reporter's published stories, newest first."""
    return (
        Article.objects.public()
        .filter(bylines__person=person)
        .select_related("issue__publication", "page")
        .defer("page__raw_text")
        .order_by("-issue__date", "page__sequence", "position")
    )


def person_credited_stories(person: Person):
    """The published stories ``person`` is credited on, as a reporter (a byline) or as a
    photographer (a photo printed with the story credits them: ``PhotoCredit``), each once,
    newest first (the person page's order: issue date, then print order). A queryset: slice it
    and add what is shown (``with_parts()``); by two subqueries, so no join repeats a story."""
    reported = Byline.objects.filter(person=person).values("article_id")
    photographed = PhotoCredit.objects.filter(person=person, photo__article__isnull=False).values(
        "photo__article_id"
    )
    return (
        Article.objects.public()
        .filter(Q(pk__in=reported) | Q(pk__in=photographed))
        .order_by("-issue__date", "page__sequence", "position")
    )


def person_photos_alone(person: Person):
    """The published photos standing alone (printed with no story: picture news, a PDF's
    credited picture) credited to ``person``, newest first (the person page's order: issue
    date, then print order), each with its page, issue and paper and its credits with their
    people (``photo.credits.all()``: the entry's authors). A queryset: slice it; two queries
    however many photos."""
    credits = PhotoCredit.objects.select_related("person").order_by("order")
    return (
        Photo.objects.public()
        .filter(article__isnull=True, credits__person=person)
        .select_related("page__issue__publication")
        .defer("page__raw_text")
        .prefetch_related(Prefetch("credits", queryset=credits))
        .order_by("-page__issue__date", "page__sequence", "position")
    )


def with_photographers(stories: list[Article]) -> None:
    """Give each story of ``stories`` its ``photographers``: the people credited on its photos
    (:class:`~articles.models.Person`, by print order, then credit order), each once. One
    query, none for no story."""
    found: dict[int, dict[int, Person]] = {story.pk: {} for story in stories}
    if found:
        credits = (
            PhotoCredit.objects.filter(photo__article_id__in=list(found))
            .select_related("person")
            .annotate(story_id=F("photo__article_id"))
            .order_by("photo__page__sequence", "photo__position", "order")
        )
        for credit in credits:
            found[credit.story_id].setdefault(credit.person_id, credit.person)
    for story in stories:
        story.photographers = list(found[story.pk].values())


def published_people():
    """Everyone with a published story or photo, with the counts ``stories`` and
    ``photo_count`` (each photo credited: a photo printed twice in an issue counts as readers
    are shown it, once, after :func:`articles.selectors.personphotos.with_photos_shown`)."""
    visible_story = Q(bylines__article__status=PUBLISHED, bylines__article__issue__status=PUBLISHED)
    # On a page readers see (a photo standing alone on a page of drafts is hidden with it).
    shown_pages = Page.objects.filter(page_shown()).values("pk")
    visible_photo = (
        public_issue("photo_credits__photo__page__issue__")
        & photo_story_shown("photo_credits__photo__")
        & Q(photo_credits__photo__page__in=shown_pages)
    )
    return (
        Person.objects.annotate(
            stories=Count("bylines", filter=visible_story, distinct=True),
            photo_count=Count("photo_credits", filter=visible_photo, distinct=True),
        )
        .filter(Q(stories__gt=0) | Q(photo_count__gt=0))
        .order_by("name", "note")
    )


# Blanks typed between two Han characters (``苏 明远``, ``苏　明远`` for 苏明远): a Chinese name is
# printed, and stored, without them; a name in letters needs its own (``Zoë Müller``).
_HAN_SPACED = re.compile(rf"(?<=[{HAN}])\s+(?=[{HAN}])")


def name_unspaced(name: str) -> str:
    """``name`` without the blanks between two Han characters (``苏 明远`` → ``苏明远``; ``Zoë
    Müller`` and ``埃里克 · 施密特`` stay as they are). How a person's address typed with spaces
    finds them; the stored name (:func:`articles.namechars.name_canonical`) keeps its spaces."""
    return _HAN_SPACED.sub("", name)


def people_named_alike(name: str):
    """The people with published work (:func:`~articles.selectors.published_people`, with its
    counts) whose stored name is ``name`` folded alike (:func:`articles.text.fold`: 何曉雨 and
    何晓雨, ＡＢ and AB), by name. Looked up by the unique index on ``Person.name`` and ``note``: every
    spelling that folds to the same text (at most :data:`_SPELLINGS_AT_MOST`, for a name of at
    most :data:`_NAME_AT_MOST` characters; else none); ``name`` is read in its canonical form
    (:func:`articles.namechars.name_canonical`: ``Zoë`` however encoded), and also without
    the blanks typed between its Han characters (:func:`name_unspaced`: ``苏 明远`` finds
    苏明远, as ``苏　明远`` stored finds it as typed); a name in letters in any case too
    (:func:`_same_but_case`: ``Li Ming`` and ``john smith`` find LI Ming and John Smith)."""
    name = name_canonical(name).strip()  # (a blank typed before or after it is no part of it)
    unspaced = name_unspaced(name)
    # A long name has too many spellings to list: it is still found as typed (canonical).
    spellings = (_spellings(name) or [name]) + (
        (_spellings(unspaced) or [unspaced]) if unspaced != name else []
    )
    if not name:
        return Person.objects.none()
    alike = Q(name__in=spellings)
    if _has_case(name):  # a name in letters: any case finds it (Li Ming, LI Ming)
        alike |= Q(pk__in=_same_but_case(name))
    return published_people().filter(alike)


def _has_case(name: str) -> bool:
    """Whether ``name`` holds a letter with an upper and a lower case (Latin, Greek, Cyrillic)."""
    return any(ch.lower() != ch.upper() for ch in name)


def _same_but_case(name: str) -> list[int]:
    """The people whose stored name is ``name`` (canonical) but for the case of its letters and
    the width folding does (``Li Ming``, ``li ming`` and ``ＬＩ Ming`` for ``LI Ming``). Compared
    in Python, among the names of the same length (SQLite's own case-blind comparison knows ASCII
    letters only: ``ZOË`` finds ``Zoë`` on both databases alike)."""
    key = fold(name).lower()
    return [
        pk
        for pk, stored in Person.objects.annotate(length=Length("name"))
        .filter(length=len(name))
        .values_list("pk", "name")
        if fold(stored).lower() == key
    ]


def _spellings(name: str) -> list[str]:
    """Every spelling that folds as ``name`` does; none when there are too many (see
    :func:`people_named_alike`)."""
    if not name or len(name) > _NAME_AT_MOST:
        return []
    forms = [_forms(character) for character in fold(name)]
    if prod(len(each) for each in forms) > _SPELLINGS_AT_MOST:
        return []
    return ["".join(letters) for letters in product(*forms)]
