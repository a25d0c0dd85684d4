"""A page of the public search's results, of the stories its filters list or of a keyword's
stories, with what each result line shows, in a fixed number of prepared queries.

The rules are :mod:`search.engine`'s and :mod:`search.forms`'s; the queries are built from them
once per shape (:mod:`search.prepared`) rather than by the ORM on every request (its compiler
was most of the search page's time). What a query may not be put in by substitution (a word
with a quote, ``%`` or ``_``) and the rarer paths (no index match: the substring fallback and
the words found apart; more matches than the rank window) go through :func:`search.engine.search`
as before; every path lists its page with the same columns and the same display queries
(:func:`show`), so a page is the same whichever way it came.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from django.db import router
from django.db.models import F, QuerySet

from articles.bylines import credit_pieces, names_as_printed
from articles.continuations.joinedbylines import JoinedBylines, joined_from, listed_byline
from articles.importeddecks import decks_maybe_cut
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
)
from articles.printeddeck import printed_deck, shown_printed_title
from articles.public import person_url
from articles.queries import Prepared, field_names, instance
from articles.selectors import byline_former_names
from articles.storynames import opening_text, story_label
from articles.storytext import joined_blocks
from search import engine, pages
from search.engine import Query, SearchResult
from search.forms import FILTER_KINDS, FILTERS, apply_filters, lookup_values, narrowed
from search.models import Keyword
from search.prepared import NotPrepared, PreparedCount, PreparedText, Shapes
from search.shortscan import scan_finds_more
from search.spaced import spaced_search
from search.storyphotos import PhotoText, story_photo_texts
from search.text import normalize

PER_PAGE = 20


def _columns(model, shown: str) -> list[str]:
    """The columns of ``model`` named in ``shown``, in the model's order."""
    return [name for name in field_names(model) if name in shown.split()]


# What a result line and a story's address read (the other columns are left deferred: a page of
# twenty stories converted some two hundred timestamps it never showed).
_ARTICLE = _columns(
    Article,
    "id issue_id page_id position kicker headline subheadline dateline byline status edited_at",
)
_ISSUE = _columns(Issue, "id publication_id date number status")
_PAPER = _columns(Publication, "id name slug")
_PAGE = _columns(Page, "id issue_id label sequence section")
#: What a result line reads of a story, its issue, its paper and its first page, in one row.
STORY_COLUMNS = [
    *_ARTICLE,
    *(f"issue__{name}" for name in _ISSUE),
    *(f"issue__publication__{name}" for name in _PAPER),
    *(f"page__{name}" for name in _PAGE),
]


_ISSUE_OF_STORY = Article._meta.get_field("issue")
_PAGE_OF_STORY = Article._meta.get_field("page")
_PAPER_OF_ISSUE = Issue._meta.get_field("publication")
_ISSUE_OF_PAGE = Page._meta.get_field("issue")


def stories(alias: str, rows) -> list[Article]:
    """Stories from rows of :data:`STORY_COLUMNS`, each with its issue, paper and page, as
    ``select_related`` gives them (the related object put in each one's cache), one object for
    each issue, paper and page however many stories share it."""
    found = []
    issue_at = len(_ARTICLE)
    paper_at = issue_at + len(_ISSUE)
    page_at = paper_at + len(_PAPER)
    shared: dict[tuple, object] = {}
    for row in rows:
        story = instance(Article, alias, _ARTICLE, row)
        issue = shared.get((Issue, row[issue_at]))
        if issue is None:
            issue = shared[Issue, row[issue_at]] = instance(Issue, alias, _ISSUE, row, issue_at)
            paper = shared.get((Publication, row[paper_at]))
            if paper is None:
                paper = instance(Publication, alias, _PAPER, row, paper_at)
                shared[Publication, row[paper_at]] = paper
            _PAPER_OF_ISSUE.set_cached_value(issue, paper)
        page = shared.get((Page, row[page_at]))
        if page is None:
            page = shared[Page, row[page_at]] = instance(Page, alias, _PAGE, row, page_at)
            _ISSUE_OF_PAGE.set_cached_value(page, issue)
        _ISSUE_OF_STORY.set_cached_value(story, issue)
        _PAGE_OF_STORY.set_cached_value(story, page)
        found.append(story)
    return found


# --- what each result line shows -------------------------------------------------------------


class Shown(NamedTuple):
    """What a result line shows of a story that no query changes: its paper, date, the labels
    of the pages it ran on (in order), its first page's section, its reporters, the
    photographers its photos credit (in print order, each once: ``摄影：林晓舟``) and its
    keywords (in order); ``links`` and ``photographer_links`` are the reporters and
    photographers as ``(name, their page)`` (a namesake told apart by a note: their own,
    :func:`articles.public.person_url`). Plain values: ``search/includes/hit_meta.html`` is
    rendered once per set."""

    paper: str
    date: date
    labels: tuple[str, ...]
    section: str
    people: tuple[str, ...]
    keywords: tuple[str, ...]
    photographers: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    photographer_links: tuple[tuple[str, str], ...] = ()


_PARTS = Prepared(
    ArticlePart,
    (int,) * PER_PAGE,
    lambda *ids: (
        ArticlePart.objects.filter(article__in=ids)
        .annotate(joined=JoinedBylines(F("article_id")))  # (its story's: the same on each part)
        .order_by("sequence")
        .values_list("article_id", "blocks", "page__label", "title_lines", "joined")
    ),
)
_BYLINES = Prepared(
    Byline,
    (int,) * PER_PAGE,
    lambda *ids: Byline.objects.filter(article__in=ids).values_list(
        "article_id", "person__name", "person_id", "person__note"
    ),
)
_PHOTOGRAPHERS = Prepared(
    PhotoCredit,
    (int,) * PER_PAGE,
    lambda *ids: (
        PhotoCredit.objects.filter(photo__article__in=ids)
        .order_by("photo__page__sequence", "photo__position", "order")
        .values_list("photo__article_id", "person__name", "person_id", "person__note")
    ),
)
_KEYWORDS = Prepared(
    Keyword,
    (int,) * PER_PAGE,
    lambda *ids: (
        Keyword.objects.filter(article__in=ids).order_by("rank").values_list("article_id", "word")
    ),
)


def _by_story(prepared: Prepared, ids: list[int]) -> dict[int, list[tuple]]:
    """``{story id: [the rest of each row, in order]}`` for a page of ids (the list is filled
    up to :data:`PER_PAGE` with its first id: one query shape whatever the page's length)."""
    found: dict[int, list[tuple]] = {}
    for start in range(0, len(ids), PER_PAGE):
        chunk = ids[start : start + PER_PAGE]
        chunk += chunk[:1] * (PER_PAGE - len(chunk))
        for row in prepared.rows(*chunk)[1]:
            found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def _deck(story: Article) -> tuple[str, str, str]:
    return story.kicker, story.headline, story.subheadline


def _first_lines(parts: dict[int, list[tuple]], pk: int):
    """The title lines of story ``pk``'s first part (``parts``: :data:`_PARTS` rows by story)."""
    own = parts.get(pk)
    return own[0][2] if own else ()


def show(found: list[Article]) -> list[Article]:
    """Give each story of ``found`` what its result line shows: ``text``, its body as
    :meth:`Article.full_text` gives it (its parts in order, their blocks' text, a blank line
    between, a paragraph a jump cut in two joined), ``reader_name``, what its link reads (its
    title; an untitled brief by its first part's first words, as the e-paper's lists name it:
    :func:`articles.selectors.with_reader_names`, here from the parts read anyway) and ``shown``
    (:class:`Shown`: its reporters as the byline prints them, a renamed one by the name printed,
    :func:`articles.bylines.names_as_printed`) and ``shown_byline``, its 署名 as its page shows
    it (:func:`~articles.continuations.joinedbylines.listed_byline`: with the 署名 its joined parts
    printed apart, read with its parts). Four queries, however many stories (a fifth when
    a byline prints a renamed reporter's former name; one when a story edited by hand may have
    had its deck cut short: as imported, :func:`articles.importeddecks.decks_maybe_cut`) (a story's photos, all
    printed with it in its issue, are public when it is)."""
    if not found:
        return found
    ids = [story.pk for story in found]
    parts, people, keywords, photographers = (
        _by_story(p, ids) for p in (_PARTS, _BYLINES, _KEYWORDS, _PHOTOGRAPHERS)
    )
    reporters = {
        story.pk: [
            Person(pk=pk, name=name, note=note) for name, pk, note in people.get(story.pk, [])
        ]
        for story in found
    }
    _bylines_shown(found, parts)
    former = byline_former_names((story.shown_byline, reporters[story.pk]) for story in found)
    imported = decks_maybe_cut(  # (a deck the desk may have cut short: as imported)
        (story.pk, _first_lines(parts, story.pk), *_deck(story))
        for story in found
        if story.edited_at
    )
    for story in found:
        own = parts.get(story.pk, [])
        story.text = "\n\n".join(b["text"] for b in joined_blocks(blocks for blocks, *_ in own))
        # The headline printed, when the deck was changed since (见报标题: search.views._mark).
        deck = _deck(story)
        printed = printed_deck(own[0][2] if own else (), *deck, imported.get(story.pk))
        story.printed_title = shown_printed_title(printed, story.kicker, story.subheadline)
        opening = opening_text(own[0][0]) if own else ""
        story.reader_name = story_label(story.title, opening=opening, dateline=story.dateline)
        names = _as_printed(story.shown_byline, [p.name for p in reporters[story.pk]], former)
        shot = [Person(pk=pk, name=n, note=note) for n, pk, note in photographers.get(story.pk, [])]
        story.shown = Shown(
            story.issue.publication.name,
            story.issue.date,
            tuple(label for _, label, *_ in own),
            story.page.section,
            tuple(names),
            tuple(word for (word,) in keywords.get(story.pk, [])),
            tuple(dict.fromkeys(p.name for p in shot)),
            _linked(zip(names, reporters[story.pk], strict=True)),
            _linked((p.name, p) for p in shot),
        )
    return found


def _bylines_shown(found: list[Article], parts: dict[int, list[tuple]]) -> None:
    """Give each story of ``found`` its ``shown_byline``: its 署名 as its page shows it, with
    the 署名 its joined parts printed apart (``parts``: :data:`_PARTS` rows by story, whose
    last column is :class:`~articles.continuations.joinedbylines.JoinedBylines`)."""
    for story in found:
        own = parts.get(story.pk)
        story.joined_printed = joined_from(own[0][3] if own else None)
        story.shown_byline = listed_byline(story)


def _linked(credited) -> tuple[tuple[str, str], ...]:
    """``(name shown, person)`` pairs as ``(name, their page)``, each once: a namesake's own
    page (``/people/王明/12/``), else the page of the name shown (a former name's leads on)."""
    return tuple(
        dict.fromkeys(
            (name, person_url(person if person.note else name)) for name, person in credited
        )
    )


def _as_printed(byline: str, names: list[str], former: dict) -> list[str]:
    """``names`` as ``byline`` prints them (a renamed reporter by the name printed, 曾用名)."""
    if not any(name in former for name in names):
        return names
    return names_as_printed(credit_pieces(byline, names, former), names)


def photos_of(found: list[Article]) -> dict[int, list[PhotoText]]:
    """:func:`search.storyphotos.story_photo_texts` (captions and credit lines) of the stories
    of a results page the search found by a photo, read from the database the stories came
    from. One query."""
    if not found:
        return {}
    alias = found[0]._state.db or router.db_for_read(Photo)
    return story_photo_texts([story.pk for story in found], using=alias)


class Results:
    """A list of stories for :class:`django.core.paginator.Paginator`: ``count()`` is known, a
    slice is one page of stories, read by ``fetch(offset, limit) -> (alias, rows of
    STORY_COLUMNS)`` and given what their lines show (:func:`show`)."""

    def __init__(self, count: int, fetch: Callable[[int, int], tuple[str, list]]):
        self._count = count
        self.fetch = fetch

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: slice) -> list[Article]:
        start, stop, _ = index.indices(self._count)
        if stop <= start:
            return []
        return show(stories(*self.fetch(start, stop - start)))


def _result_page(result: SearchResult, newest: bool) -> Callable[[int, int], tuple[str, list]]:
    """A page of ``result``'s stories as rows of :data:`STORY_COLUMNS`, best (or ``newest``)
    first (a ranked window's in two steps: :func:`search.pages.page`)."""

    def fetch(offset: int, limit: int) -> tuple[str, list]:
        rows = pages.page(result, offset, limit, newest=newest, columns=STORY_COLUMNS)
        return result.queryset.db, rows

    return fetch


# --- the searches ----------------------------------------------------------------------------


def _public() -> QuerySet:
    return Article.objects.public()


def _filtered(filters: tuple[str, ...], values: tuple, *, entries: bool = False) -> QuerySet:
    """The public stories narrowed by the filters named (:data:`search.forms.FILTERS` order)
    with ``values`` as :func:`search.forms.lookup_values` gives them (``entries``: a search's,
    :func:`search.forms.narrowed`)."""
    return narrowed(_public(), dict(zip(filters, values, strict=True)), entries=entries)


def _filter_kinds(filters: tuple[str, ...]) -> tuple[type, ...]:
    return tuple(FILTER_KINDS[name] for name in filters)


# A search's shape: (filters given, number of terms, number of parts, substring check); its
# arguments: the terms, the parts, the filters' values.


def _search_kinds(shape: tuple) -> tuple[type, ...]:
    filters, terms, parts, _ = shape
    return (str,) * (terms + parts) + _filter_kinds(filters)


def _matching(shape: tuple, args: tuple) -> tuple[QuerySet, Query, bool]:
    """The stories to search, the query and whether to check for substrings, for a search of
    ``shape`` with ``args`` (stand-ins when the query is built)."""
    filters, terms, parts, check = shape
    words = Query("", tuple(args[terms : terms + parts]), tuple(args[:terms]))
    return _filtered(filters, args[terms + parts :], entries=True), words, check


def _newest_query(shape: tuple):
    def build(*args):
        stories_, words, check = _matching(shape, args)
        return engine.newest(engine.index_filter_any(stories_, [words], check=check))

    return _search_kinds(shape), lambda *args: build(*args).values_list("pk")


def _ranked_query(shape: tuple):
    def build(*args):
        stories_, words, check = _matching(shape, args)
        return engine.ranked_matches(stories_, words, check=check).values_list(*STORY_COLUMNS)

    return _search_kinds(shape), build


_NEWEST = Shapes(Article, _newest_query)
_RANKED = Shapes(Article, _ranked_query)


def found(values: dict, q: Query, *, newest: bool = False) -> tuple[SearchResult, Results]:
    """The search of ``q`` (not empty) over the public stories narrowed by the filter
    ``values`` (:meth:`search.forms.SearchForm.filter_values`): the figures
    :func:`search.engine.search` gives (``queryset`` None when prepared queries list the
    stories) and its stories, best first, for the paginator.

    Two prepared queries when the index finds the query's words and fewer stories than the rank
    window (the window is then every match, so they are ranked directly); otherwise, and for
    words :class:`~search.prepared.PreparedText` cannot take, :func:`search.engine.search`
    (also for a query that excludes words, and for ``newest``: the same stories listed newest
    first, :func:`search.pages.page`)."""
    if q.spaced:  # (a phrase typed with spaces: its own way, search.spaced)
        stories = apply_filters(_public(), values, entries=True)
        result = spaced_search(stories, q)
        return result, Results(result.listed, _result_page(result, newest))
    if q.terms and not q.excluded and not newest:
        try:
            return _prepared_search(values, q)
        except NotPrepared:
            pass
    # With no filter the stories are exactly the public ones: the engine reads its window and
    # count from the index entries (search.public).
    # (dates alone: a character in most stories walks the entries' dates, search.characters)
    dates = (values.get("start"), values.get("end")) if values.keys() <= {"start", "end"} else None
    stories = apply_filters(_public(), values, entries=True)
    result = engine.search(stories, q, public=not values, ranks=not newest, dates=dates)
    return result, Results(result.listed, _result_page(result, newest))


def _prepared_search(values: dict, q: Query) -> tuple[SearchResult, Results]:
    filters = tuple(name for name in FILTERS if name in values)
    parts = q.parts if q.needs_check else ()  # (not read: a token match is the substring's)
    shape = (filters, len(q.terms), len(parts), q.needs_check)
    looked_up = lookup_values(values)
    args = (*q.terms, *parts, *(looked_up[name] for name in filters))
    newest = _NEWEST.get(shape)
    alias = router.db_for_read(Article)
    with engine.index_plans(alias):  # (a name's few dozen matches by key)
        # A common word (PostgreSQL): its window is among the newest entries, and the prepared
        # query would join and sort every story with it only to find the window full. Asked
        # only where there is a "newest" to ask about (not on SQLite, nor on an archive smaller
        # than the recent entries): building the question's queryset was a seventh of a
        # search request's CPU time.
        if engine.recent_since(alias) is not None:
            matched = engine.index_filter(narrowed(_public(), looked_up, entries=True), q)
            entries = engine.public_window_entries(alias, q, not values, check=q.needs_check)
            if engine.recent_window_is_full(matched, entries):
                raise NotPrepared("a common word: the engine reads its window among the newest")
        ids = newest.page(*args, limit=engine.RANK_WINDOW)[1]
    if not ids or len(ids) >= engine.RANK_WINDOW:
        # No index match (the substring fallback, the words found apart) or a full window (a
        # count, and only the newest ranked): the engine's way, rarer and dearer anyway.
        raise NotPrepared("not a window holding every match")
    if q.name_like and (more := scan_finds_more(values, q, [i for (i,) in ids])) is not None:
        return more, Results(more.listed, _result_page(more, False))
    ranked = _RANKED.get(shape)

    def fetch(offset: int, limit: int) -> tuple[str, list]:
        with engine.index_plans(router.db_for_read(Article)):
            return ranked.page(*args, limit=limit, offset=offset)

    return SearchResult(q, None, len(ids), False), Results(len(ids), fetch)


# --- lists without a query: filters, a keyword ------------------------------------------------

#: How stories without a query are listed.
NEWEST_FIRST = ("-issue__date", "page__sequence", "position")

_LISTED = Shapes(
    Article,
    lambda filters: (
        _filter_kinds(filters),
        lambda *args: _filtered(filters, args).order_by(*NEWEST_FIRST).values_list(*STORY_COLUMNS),
    ),
)
_LISTED_COUNT = Shapes(
    Article,
    lambda filters: (_filter_kinds(filters), lambda *args: _filtered(filters, args)),
    PreparedCount,
)


def listed(values: dict) -> Results:
    """The public stories the filter ``values`` leave (at least one), newest first, for the
    paginator. One query to count them, one a page."""
    filters = tuple(name for name in FILTERS if name in values)
    looked_up = lookup_values(values)
    args = tuple(looked_up[name] for name in filters)
    page = _LISTED.get(filters)

    def fetch(offset: int, limit: int) -> tuple[str, list]:
        return page.page(*args, limit=limit, offset=offset)

    return Results(_LISTED_COUNT.get(filters).count(*args), fetch)


def keyword_of(word: str) -> str:
    """The keyword a reader's ``word`` names, as keywords are stored: in search's matching form
    (:func:`search.text.normalize`: 臺灣 → 台湾, ＡＩ → ai), at most 50 characters (the
    column's length; :mod:`search.entries` cuts longer words there)."""
    return normalize(word)[:50]


def _tagged(word: str) -> QuerySet:
    return _public().filter(search_keywords__word=word)


_TAGGED = PreparedText(
    Article,
    (str,),
    lambda word: _tagged(word).order_by(*NEWEST_FIRST).values_list(*STORY_COLUMNS),
)
_TAGGED_COUNT = PreparedCount(Article, (str,), _tagged)


def tagged(word: str) -> Results:
    """The public stories with the keyword ``word`` (as stored: :func:`keyword_of`), newest
    first, for the paginator."""

    def fetch(offset: int, limit: int) -> tuple[str, list]:
        return _TAGGED.page(word, limit=limit, offset=offset)

    return Results(_TAGGED_COUNT.count(word), fetch)
