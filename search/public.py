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

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQuery
from django.db import connections, router
from django.db.models import Count, Func, Q, QuerySet, TextField, Window
from django.db.models.expressions import RawSQL

from articles.dates import issue_date_range
from search.models import SearchEntry
from search.prepared import NotPrepared, Shapes
from search.queries import is_one_han


class Characters(Func):
    """``search_characters(title, body)``: every character of an entry's normalised title and
    body, an array, the expression of the index of characters (migration ``search.0008``).
    ``characters__contains=["龘"]`` is answered from that index (read it under
    :func:`search.plans.character_plans`)."""

    function = "search_characters"
    output_field = ArrayField(TextField())


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


def public_substring_entries(
    alias: str, parts: tuple[str, ...], *, characters: bool = True, held: tuple[str, ...] = ()
) -> QuerySet:
    """The :class:`~search.models.SearchEntry` rows of the public stories whose normalised
    title or body holds every one of ``parts`` (the engine's substring scan: a part of one Han
    character, a word the index cannot find), no index match asked. Read newest first, they
    walk the entries' date index (``search_entry_newest``) and stop at the window: a character
    in many stories reads a few thousand entries, not every story joined and sorted.
    PostgreSQL only (``visible`` is NULL elsewhere).

    ``characters``: a part of one Han character is asked of the index of characters instead
    (:class:`Characters`, exact: the entries holding it in title or body), so a rare character
    reads its few entries, not every one (read them under :func:`search.plans.character_plans`;
    a common one is cheaper along the date index: :func:`newest_holding`); ``held``: further
    characters to ask it for (those of a short Han query's parts, each story holding them all
    then read for the parts: :attr:`search.queries.Query.held`)."""
    entries = SearchEntry.objects.using(alias).filter(
        visible=True, issue_date__range=issue_date_range()
    )
    single = [part for part in parts if is_one_han(part)] if characters else []
    if single or (characters and held):
        single = list(dict.fromkeys([*single, *held]))
        entries = entries.alias(characters=Characters("title", "body"))
        entries = entries.filter(characters__contains=single)
    for part in parts:
        if part not in single:
            entries = entries.filter(Q(title__contains=part) | Q(body__contains=part))
    return entries


def newest_holding(alias: str, parts: tuple[str, ...], newest: int, limit: int) -> list[int]:
    """The ids of the stories of the newest ``newest`` public entries (as
    :func:`public_substring_entries` orders them) whose normalised title or body holds every one
    of ``parts``, newest first, at most ``limit``: one walk along the date index that reads at
    most ``newest`` entries' text (≈ 5 µs each). A character in most stories fills ``limit``
    from them at once; the others are cheaper from the index of characters."""
    table = SearchEntry._meta.db_table
    holds = " AND ".join("(strpos(title, %s) > 0 OR strpos(body, %s) > 0)" for _ in parts)
    sql = (
        "SELECT article_id FROM (SELECT article_id, issue_date, title, body "
        f"FROM {table} WHERE visible AND issue_date BETWEEN %s AND %s "
        "ORDER BY issue_date DESC, article_id DESC LIMIT %s) AS n "
        f"WHERE {holds} ORDER BY issue_date DESC, article_id DESC LIMIT %s"
    )
    params = [*issue_date_range(), newest, *(p for part in parts for p in (part, part)), limit]
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


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


def _with_ranks(sql: str, params: list, tsquery: str, least: int) -> tuple[str, list]:
    """The window statement ``sql`` (rows of :func:`counted` with ``row``, ``LIMIT`` included)
    read again with each row's rank, ``ts_rank`` of its entry's vector for ``tsquery`` (the
    same expression :func:`search.pages.page` asks for), as a fourth column: the entry found
    by its row address in the same statement (no key looked up), its vector read only for the
    rows the limit kept, and only when the window holds at least ``least`` matches (NULL
    otherwise: a recent window too small to be kept)."""
    return (
        "SELECT w.pk, w.day, w.matches, CASE WHEN w.matches >= %s THEN "
        f"ts_rank(e.search_vector, to_tsquery('simple', %s)) END FROM ({sql}) "
        f"AS w (pk, day, matches, row) JOIN {SearchEntry._meta.db_table} e ON e.ctid = w.row",
        [least, tsquery, *params],
    )


#: A window's rows newest first (its second column the date, its first the story's id).
_NEWEST_FIRST = " ORDER BY 2 DESC, 1 DESC"


def _recent_or_all(
    recent: tuple[str, list], every: tuple[str, list], limit: int
) -> tuple[str, list]:
    """One statement for a dated window and the undated one: the rows of ``recent`` when it
    has ``limit`` of them, else those of ``every``, each with whether it came from ``recent``.
    PostgreSQL runs ``every`` only when it is the answer (its condition names none of its rows:
    a one-time filter over it)."""
    (sql, params), (all_sql, all_params) = recent, every
    return (
        f"WITH r AS MATERIALIZED ({sql}) "
        "(SELECT r.*, true FROM r WHERE (SELECT count(*) FROM r) >= %s) UNION ALL "
        f"(SELECT a.*, false FROM ({all_sql}) AS a WHERE (SELECT count(*) FROM r) < %s)"
        + _NEWEST_FIRST,
        [*params, limit, *all_params, limit],
    )


def prepared_window(
    alias: str, terms: tuple[str, ...], parts: tuple[str, ...] | None, *, ranks: bool = False
) -> Callable[[date | None, int], list | None]:
    """``window(since, limit)``: the first ``limit`` rows of :func:`counted` over
    :func:`public_entries` for ``terms`` (and ``parts``, None: no substring check) dated
    ``since`` or later — or, when fewer than ``limit`` are, of all of them — in one statement
    built once per shape (:class:`search.prepared.PreparedText`; building and compiling it with
    the ORM cost more of the client's CPU than PostgreSQL spent running it,
    bench/search_scale.py). Rows ``(story id, issue date, count, rank, dated)``: ``dated``
    whether they are the dated window (always False when ``since`` is None). None when it
    cannot be run so (a word with a quote, ``%`` or ``_``; ``alias`` not the one the entries
    are read from): the caller asks the ORM.

    ``ranks``: ``rank`` is the story's (:func:`_with_ranks`), for a window that will be paged
    best first (None otherwise): the page then needs no statement of its own for the ranks (at
    1,000,000 stories one round trip and 1,000 key lookups fewer for a common word), as the
    undated window needs none of its own for a rarer word (bench/search_scale.py)."""
    parts = parts or ()
    tsquery = tsquery_text(terms)

    def statement(since: date | None, limit: int) -> tuple[str, list]:
        shape = (len(terms), len(parts), since is not None, ranks)
        args = (*terms, *parts, *(() if since is None else (since,)))
        _, sql, params = _WINDOWS.get(shape).statement(*args, limit=limit)
        if ranks:
            return _with_ranks(sql, params, tsquery, 0 if since is None else limit)
        return f"SELECT w.*, NULL FROM ({sql}) AS w", params

    def window(since: date | None, limit: int) -> list | None:
        if alias != router.db_for_read(SearchEntry):
            return None
        try:
            every = statement(None, limit)
            if since is None:
                sql, params = f"SELECT a.*, false FROM ({every[0]}) AS a{_NEWEST_FIRST}", every[1]
            else:
                sql, params = _recent_or_all(statement(since, limit), every, limit)
        except NotPrepared:
            return None
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            # (ids, dates and the count come from psycopg as they are: no converter needed)
            return cursor.fetchall()

    return window
