"""The photos standing alone that a search finds: the results page's 「图片」 section.

A photo printed with a story is found through its story; a photo with no story (picture news)
through its own entry (:class:`search.models.PhotoEntry`, :mod:`search.photoindex`). The rules
are the stories' (:mod:`search.engine`): the query's terms in the index, checked for its parts
as substrings of the normalised caption or credit line unless the index match is exact; when the
stories were found by the substring fallback, the photos are too, and when the stories have the
query's words apart (``loose``), so may the photos. Public as ``Photo.objects.public()`` says
(a published issue dated inside the site's range) and with no story (``article IS NULL``, also
when an entry lingers), narrowed by the same filters: paper, dates, 版次 and 版名 by the photo's
page, 记者 by its photographers.

Newest first, :data:`PHOTOS_SHOWN` of them: one prepared query (:mod:`search.prepared`, one per
shape as the stories' are; a word :class:`~search.prepared.PreparedText` cannot take goes
through the ORM), run only for the first page of a search with a query.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery
from django.db import connections, router
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.safestring import SafeString

from articles.models import Issue, Page, Photo, PhotoCredit, Publication
from articles.querysets import page_shown, public_issue
from search.engine import Query, SearchResult, fts5_match_text
from search.forms import FILTER_KINDS, FILTERS, _in_section, lookup_values
from search.highlight import highlight, snippet
from search.lookups import person_one_of
from search.plans import character_plans
from search.prepared import NotPrepared, Shapes
from search.public import Characters, tsquery_text
from search.queries import is_one_han

#: PostgreSQL, a query of one Han character: the newest this many photos standing alone are
#: read first (≈ 1 µs a caption), the index of characters only when they hold too few.
PHOTO_WALK = 500
#: A statement reading the photos the index of characters finds (:func:`_query`).
INDEXED = "indexed"

#: How many photos the section lists (newest first); one more is read to know there are more.
PHOTOS_SHOWN = 6

#: How the photos are matched (:func:`found_photos`): the index, checked for substrings; the
#: index alone (its match is exact, or the stories have the words apart); substrings only.
CHECKED, INDEX, SUBSTRING = "checked", "index", "substring"

_COLUMNS = (
    "pk",
    "position",
    "caption",
    "credit_line",
    "image",
    "page__label",
    "page__issue__date",
    "page__issue__publication__name",
    "page__issue__publication__slug",
    "rendition",
    "thumbnail",
    "width",
    "height",
    "rendition_state",  # a picture whose copies failed is not shown (Photo.picture_shown)
)
NEWEST_FIRST = ("-page__issue__date", "page__sequence", "position", "pk")


@dataclass
class PhotoHits:
    """The section: ``photos`` (each a :class:`~articles.models.Photo` with its page, issue and
    paper, and ``hl_caption``, ``hl_credit``: marked), ``more``: there are more than those."""

    photos: list[Photo]
    more: bool

    def __bool__(self) -> bool:
        return bool(self.photos)


def standing_alone() -> QuerySet:
    """The public photos printed in no story: ``Photo.objects.public()`` of those, which is
    their issue's being public (:func:`articles.querysets.public_issue`) and their page's
    (:func:`articles.querysets.page_shown`: a hit links its page; written so, the statement
    does not join the story the photo has none of)."""
    return Photo.objects.filter(
        public_issue("page__issue__"), page_shown("page_id"), article__isnull=True
    )


def narrowed_photos(queryset: QuerySet, values: dict) -> QuerySet:
    """``queryset`` (photos) narrowed by the filter ``values`` as
    :func:`search.forms.lookup_values` gives them, as :func:`search.forms.narrowed` narrows the
    stories: by the photo's page, and by its photographers for 记者."""
    if "paper" in values:
        queryset = queryset.filter(page__issue__publication__slug=values["paper"])
    if "start" in values:
        queryset = queryset.filter(page__issue__date__gte=values["start"])
    if "end" in values:
        queryset = queryset.filter(page__issue__date__lte=values["end"])
    if "label" in values:
        queryset = queryset.filter(page__label=values["label"])
    if "section" in values:
        queryset = queryset.filter(_in_section(values["section"]))
    if "reporter" in values:
        credits = PhotoCredit.objects.filter(
            person_one_of(values["reporter"]), photo=OuterRef("pk")
        )
        queryset = queryset.filter(Exists(credits))
    return queryset


def matching(queryset: QuerySet, terms: tuple[str, ...], parts: tuple[str, ...]) -> QuerySet:
    """``queryset`` (photos) narrowed to those whose entry has every term in the index (none
    given: not asked) and holds every part as a substring of its caption or credit line."""
    if terms:
        if connections[queryset.db].vendor == "postgresql":
            tsquery = SearchQuery(tsquery_text(terms), search_type="raw", config="simple")
            queryset = queryset.filter(search_entry__search_vector=tsquery)
        else:
            queryset = queryset.filter(search_fts__document__match=fts5_match_text(terms))
    for part in parts:
        queryset = queryset.filter(
            Q(search_entry__caption__contains=part) | Q(search_entry__credit__contains=part)
        )
    return queryset


def _query(shape: tuple):
    """The photos' statement of ``shape`` (filters, terms, parts, how, way): ``way`` "" for every
    photo, ``(INDEXED, places)`` for those the index of characters finds holding the parts at
    ``places`` (those of one Han character)."""
    filters, terms, parts, _, way = shape
    kinds = (str,) * (terms + parts) + tuple(FILTER_KINDS[name] for name in filters)

    def build(*args) -> QuerySet:
        values = dict(zip(filters, args[terms + parts : terms + parts + len(filters)], strict=True))
        photos = matching(
            narrowed_photos(standing_alone(), values),
            tuple(args[:terms]),
            tuple(args[terms : terms + parts]),
        )
        if way:
            single = [args[terms + place] for place in way[1]]
            photos = photos.alias(
                characters=Characters("search_entry__caption", "search_entry__credit")
            ).filter(characters__contains=single)
        return photos.order_by(*NEWEST_FIRST).values_list(*_COLUMNS)

    return kinds, build


_PHOTOS = Shapes(Photo, _query)
#: The filter's newest photos (filters as :data:`search.forms.FILTERS` orders them), with their
#: page's place and their entry's caption and credit line, for :func:`_newest_holding`.
_NEWEST = Shapes(
    Photo,
    lambda filters: (
        tuple(FILTER_KINDS[name] for name in filters),
        lambda *args: (
            narrowed_photos(standing_alone(), dict(zip(filters, args, strict=True)))
            .order_by(*NEWEST_FIRST)
            .values_list(
                *_COLUMNS, "page__sequence", "search_entry__caption", "search_entry__credit"
            )
        ),
    ),
)


def _newest_holding(filters: tuple, values: tuple, parts: tuple[str, ...]) -> list:
    """Rows of :data:`_COLUMNS`: the first :data:`PHOTOS_SHOWN` + 1 photos, newest first, of
    the filter's newest :data:`PHOTO_WALK` whose caption or credit line holds every one of
    ``parts``: one walk that reads at most that many captions (the planner, left to itself,
    tests every caption first: a scan). :class:`NotPrepared` as :meth:`PreparedText.page`."""
    alias, sql, params = _NEWEST.get(filters).statement(*values, limit=PHOTO_WALK)
    width = len(_COLUMNS)
    names = ", ".join(f"c{n}" for n in range(width + 3))
    holds = " AND ".join(
        f"(strpos(c{width + 1}, %s) > 0 OR strpos(c{width + 2}, %s) > 0)" for _ in parts
    )
    day, sequence, position, pk = f"c{_COLUMNS.index('page__issue__date')}", f"c{width}", "c1", "c0"
    sql = (
        f"SELECT {', '.join(f'c{n}' for n in range(width))} FROM ({sql}) AS n ({names}) "
        f"WHERE {holds} ORDER BY {day} DESC, {sequence}, {position}, {pk} LIMIT %s"
    )
    with connections[alias].cursor() as cursor:
        cursor.execute(
            sql, [*params, *(p for part in parts for p in (part, part)), PHOTOS_SHOWN + 1]
        )
        return cursor.fetchall()


def mode(result: SearchResult) -> str:
    """How the photos are matched for the stories' ``result`` (see the module's notes)."""
    if result.fallback or not result.query.terms:
        return SUBSTRING
    if result.loose or not result.query.needs_check:
        return INDEX
    return CHECKED


def found_photos(values: dict, result: SearchResult) -> PhotoHits:
    """The public photos standing alone that the search of ``result`` (the stories') finds,
    narrowed by the filter ``values`` (:meth:`search.forms.SearchForm.filter_values`), newest
    first, marked for its query. One query."""
    q = result.query
    how = mode(result)
    terms = () if how == SUBSTRING else q.terms
    parts = () if how == INDEX else q.parts
    filters = tuple(name for name in FILTERS if name in values)
    looked_up = lookup_values(values)
    args = (*terms, *parts, *(looked_up[name] for name in filters))
    shape = (filters, len(terms), len(parts), how)
    prepared = _PHOTOS.get((*shape, ""))
    try:
        if q.excluded:
            raise NotPrepared("words left out: the ORM adds them")
        rows = _bounded(shape, args, q, looked_up) if how == SUBSTRING and q.characters else None
        if rows is None:
            rows = prepared.page(*args, limit=PHOTOS_SHOWN + 1)[1]
    except NotPrepared:  # (a word with a quote, % or _: the ORM quotes it)
        photos = prepared.build(*args)
        for word in q.excluded:  # (``-项目``: a photo whose caption or credit holds it)
            photos = photos.exclude(
                Q(search_entry__caption__contains=word) | Q(search_entry__credit__contains=word)
            )
        rows = list(photos[: PHOTOS_SHOWN + 1])
    return PhotoHits([_photo(row, q) for row in rows[:PHOTOS_SHOWN]], len(rows) > PHOTOS_SHOWN)


def _bounded(shape: tuple, args: tuple, q: Query, values: dict) -> list | None:
    """PostgreSQL, a query with a part of one Han character matched as a substring: the rows of
    the newest photos it finds, read without a scan of every caption: first among the filter's
    newest :data:`PHOTO_WALK` photos (a character the newest photos print fills the section
    there: every newer photo is among them), else from the index of characters (migration
    ``search.0009``: a character few photos print; read under
    :func:`search.plans.character_plans`). None on other databases (the caller scans).
    ``values``: the filter's, as :func:`search.forms.lookup_values` gives them."""
    alias = router.db_for_read(Photo)
    if connections[alias].vendor != "postgresql":
        return None
    filters = shape[0]
    rows = _newest_holding(filters, tuple(values[name] for name in filters), q.parts)
    if len(rows) > PHOTOS_SHOWN:
        return rows
    places = tuple(n for n, part in enumerate(q.parts) if is_one_han(part))
    with character_plans(alias):
        return _PHOTOS.get((*shape, (INDEXED, places))).page(*args, limit=PHOTOS_SHOWN + 1)[1]


def _photo(row, query: Query) -> Photo:
    """A photo of a row of :data:`_COLUMNS`, with its page, issue and paper, marked."""
    pk, position, caption, credit, image, label, day, paper, slug, *copies = row
    rendition, thumbnail, width, height, state = copies
    publication = Publication(name=paper, slug=slug)
    page = Page(label=label, issue=Issue(date=day, publication=publication))
    photo = Photo(pk=pk, page=page, position=position, caption=caption, credit_line=credit)
    photo.image = image or ""
    photo.rendition, photo.thumbnail = rendition or "", thumbnail or ""
    photo.width, photo.height, photo.rendition_state = width, height, state
    photo.hl_caption = snippet(caption, query) if caption else SafeString("")
    photo.hl_credit = highlight(credit, query)
    return photo


def photos_of_search(values: dict, result: SearchResult | None, page_number: int) -> PhotoHits:
    """:func:`found_photos` for the first page of a search with a query; nothing (and no query)
    otherwise: later pages list only stories."""
    if result is None or page_number != 1 or result.query.is_empty:
        return PhotoHits([], False)
    return found_photos(values, result)
