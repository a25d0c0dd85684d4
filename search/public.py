"""PostgreSQL: a search over the public stories read from their index entries alone.

``Article.objects.public()`` (articles/querysets.py) is a published story in a published issue
dated inside :func:`articles.dates.issue_date_range`. The entry carries the first two as
``visible`` and the date as ``issue_date``, both kept by the database's triggers (migrations 0004
and 0005), so the public stories the index finds are the entries with ``visible``, an
``issue_date`` in the range, and the index match: no story or issue is visited to count them or
to order them newest first (``-issue_date, -article_id`` is the stories' ``-issue__date, -pk``).

Only the window's ids and the count come from here: the ranked page that shows them is still
read from the stories (``Article.objects.public()`` narrowed to those ids), so a story that is
not public is never shown even if an entry said otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.contrib.postgres.search import SearchQuery
from django.db import router
from django.db.models import Count, Q, QuerySet, TextField, Window
from django.db.models.expressions import RawSQL

from articles.dates import issue_date_range
from search.models import SearchEntry
from search.prepared import NotPrepared, Shapes


def tsquery_text(terms: tuple[str, ...]) -> str:
    """``'党建' & '品牌'``: each term a quoted lexeme (``'`` doubled, ``\\`` escaped) for to_tsquery."""
    return " & ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in terms)


def public_entries(alias: str, tsquery: str, parts_any: list[tuple[str, ...]] | None) -> QuerySet:
    """The :class:`~search.models.SearchEntry` rows of the public stories whose vector matches
    ``tsquery`` (``to_tsquery('simple', …)`` text, :func:`tsquery_text`) and, unless
    ``parts_any`` is None, whose normalised title or body contains every part of one of its
    tuples (the engine's substring check). PostgreSQL only (``visible`` is NULL elsewhere)."""
    entries = SearchEntry.objects.using(alias).filter(
        visible=True,
        issue_date__range=issue_date_range(),
        search_vector=SearchQuery(tsquery, search_type="raw", config="simple"),
    )
    if parts_any is None:
        return entries
    condition = Q()
    for parts in parts_any:
        every = Q()
        for part in parts:
            every &= Q(title__contains=part) | Q(body__contains=part)
        condition |= every
    return entries.filter(condition)


def counted(entries: QuerySet, *, row: bool = False) -> QuerySet:
    """``entries`` newest first (``-issue_date, -article_id``: the stories' ``-issue__date,
    -pk``) as ``values_list`` rows ``(story id, issue date, how many entries in all)``, the
    count by ``count(*) OVER ()``: a window's statement (:func:`search.engine.newest_window`).
    ``row``: each entry's row address (``ctid``) too, a fourth column (:func:`_with_ranks`)."""
    entries = entries.annotate(matches=Window(Count("*")))
    columns = ["pk", "issue_date", "matches"]
    if row:
        entries = entries.annotate(row=RawSQL("ctid", (), output_field=TextField()))
        columns.append("row")
    return entries.order_by("-issue_date", "-pk").values_list(*columns)


def _window_query(shape: tuple) -> tuple[tuple[type, ...], Callable]:
    """A window's statement of ``shape`` (terms, parts checked, dated from a day on, entries'
    row addresses selected): its arguments the terms, the parts, then that day."""
    terms, parts, recent, row = shape

    def build(*args):
        alias = router.db_for_read(SearchEntry)
        checked = [tuple(args[terms : terms + parts])] if parts else None
        entries = public_entries(alias, tsquery_text(tuple(args[:terms])), checked)
        entries = entries.filter(issue_date__gte=args[-1]) if recent else entries
        return counted(entries, row=row)

    return (str,) * (terms + parts) + ((date,) if recent else ()), build


_WINDOWS = Shapes(SearchEntry, _window_query)


def _with_ranks(tsquery: str, table: str, least: int) -> Callable[[str, list], tuple[str, list]]:
    """The window statement ``sql`` (rows of :func:`counted` with ``row``, ``LIMIT`` included)
    read again with each row's rank, ``ts_rank`` of its entry's vector for ``tsquery`` (the
    same expression :func:`search.pages.page` asks for), as a fourth column: the entry found
    by its row address in the same statement (no key looked up), its vector read only for the
    rows the limit kept, and only when the window holds at least ``least`` matches (NULL
    otherwise: a recent window too small to be kept)."""

    def wrap(sql: str, params: list) -> tuple[str, list]:
        return (
            "SELECT w.pk, w.day, w.matches, CASE WHEN w.matches >= %s THEN "
            f"ts_rank(e.search_vector, to_tsquery('simple', %s)) END FROM ({sql}) "
            f"AS w (pk, day, matches, row) JOIN {table} e ON e.ctid = w.row "
            "ORDER BY w.day DESC, w.pk DESC",
            [least, tsquery, *params],
        )

    return wrap


def prepared_window(
    alias: str, terms: tuple[str, ...], parts: tuple[str, ...] | None, *, ranks: bool = False
) -> Callable[[date | None, int], list | None]:
    """``window(since, limit)``: the first ``limit`` rows of :func:`counted` over
    :func:`public_entries` for ``terms`` (and ``parts``, None: no substring check), dated
    ``since`` or later unless None, from a query built once per shape
    (:class:`search.prepared.PreparedText`; building and compiling it with the ORM cost more of
    the client's CPU than PostgreSQL spent running it, bench/search_scale.py). None when it
    cannot be run so (a word with a quote, ``%`` or ``_``; ``alias`` not the one the entries
    are read from): the caller asks the ORM.

    ``ranks``: each row also has its story's rank (:func:`_with_ranks`), for a window that will
    be paged best first: a dated window's rows only when it is full (``limit`` rows: the one
    :func:`search.engine.newest_window` keeps), an undated one's always. The page then needs no
    statement of its own for the ranks (at 1,000,000 stories one round trip and 1,000 key
    lookups fewer for a common word, bench/search_scale.py)."""
    parts = parts or ()

    def window(since: date | None, limit: int) -> list | None:
        if alias != router.db_for_read(SearchEntry):
            return None
        shape = (len(terms), len(parts), since is not None, ranks)
        args = (*terms, *parts, *(() if since is None else (since,)))
        least = limit if since is not None else 0
        wrap = (
            _with_ranks(tsquery_text(terms), SearchEntry._meta.db_table, least) if ranks else None
        )
        try:
            # (ids, dates and the count come from psycopg as they are: no converter needed)
            return _WINDOWS.get(shape).page(*args, limit=limit, convert=False, wrap=wrap)[1]
        except NotPrepared:
            return None

    return window
