"""Querying the index: what readers type → the stories that contain it, best first.

The rules (the same on PostgreSQL and SQLite):

* The query is normalised like the index (NFKC, lower case) and split on spaces into **parts**;
  a story matches when it contains every part as a substring of its title deck or its body.
* Each part is segmented with jieba's accurate mode (same dictionary, same HMM setting as the
  index) into **terms**, and the index is asked for stories that have every term. Terms are quoted
  lexemes passed as query parameters — ``'党建' & '品牌'`` for ``to_tsquery('simple', …)``, ``"党建"
  "品牌"`` for FTS5 ``MATCH`` — so no input can be read as query syntax or SQL.
* The index finds stories with the terms *somewhere*; unless the query is a single plain token
  (then a token match is a substring match), candidates are checked in the same SQL statement
  for the parts as substrings of the normalised text, so every result really contains the query.
* Ranking: PostgreSQL ``ts_rank`` (title weight A above body B), SQLite FTS5 ``bm25`` (title 10 :
  body 1); then newer first. A word in a large part of the archive (南通 in a Nantong paper) has
  its newest :data:`RANK_WINDOW` matches ranked and listed, with the count of all of them, exact
  up to :data:`COUNT_CAP` (past it: "more than").
* A part of one Han character (报, 周) is never asked of the index: jieba's tokens hold a
  character alone only where it cut it so (报 is a token in one story in twenty-six that print
  it), so the index would find a fraction of its stories. It is matched as a substring only:
  alone, by the substring scan (every story that prints it: over the public stories on
  PostgreSQL from the index of characters; on SQLite among the newest stories only,
  :mod:`search.characters`); beside other parts (``报 南通``), by their index match checked for
  it.
* A query the index answers with nothing (a word shorter than the index's tokens, 会展中心 inside
  国际会展中心; a stop word; a word the tokens split differently) falls back to a substring match
  over the normalised text, title matches first.
* When neither finds a story with a part's characters together (大桥通车 against 海港大桥月底通车:
  readers type no spaces), :func:`search` lists the stories that have all the query's terms
  anywhere, and says so (``loose``); a part between quotes (``"大桥通车"``) stays together.

``filter_articles(queryset, query)`` is the one entry point for any list of stories (the admin's
search calls it); ``search`` does the same for a results page and also says whether the
substring fallback was used.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import replace
from datetime import date

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, Count, F, FloatField, Q, QuerySet, Value, When, Window

from search.characters import character_scan_since, common_window, indexed_characters
from search.lookups import among as _among
from search.lookups import contains_parts as _contains_parts
from search.lookups import fts5_match_text, fts5_split_text, without_excluded
from search.lookups import ordered as _ordered
from search.lookups import title_first as _title_first
from search.matchtext import any_match_text, index_filter_text
from search.plans import character_plans, index_plans
from search.public import (
    newest_holding,
    prepared_window,
    public_entries,
    public_substring_entries,
    tsquery_text,
)
from search.queries import (  # noqa: F401 (the engine's names, as its callers import them)
    MAX_PARTS,
    MAX_QUERY_LENGTH,
    MAX_TERMS,
    OPERATORS,
    Query,
    _as_query,
    parse_query,
)
from search.searchresult import SearchResult, scanned_too
from search.window import WindowIds, window_ids

# Ranking reads every match's index entry: above this many matches, the newest this many are
# ranked (and listed); the count is still exact. Filters narrow a common word below it.
RANK_WINDOW = 1000
# Matches are counted exactly up to this many; past it the page says "more than" (counting every
# story that has a word half the archive uses reads half the archive: bench/search_scale.py).
COUNT_CAP = 10_000
# PostgreSQL: a query's newest matches are looked for first among the entries of the newest this
# many stories (the entry's issue_date, migration 0004). A word in one recent story in 80 has its
# window there, and one in one story in 8 its count (past COUNT_CAP) too: one statement that
# joins the newest few thousand of its stories instead of all of them. (The 20 most frequent
# words at 1,000,000 stories, bench/search_scale.py: median 64 ms with 80,000, 76 ms with
# 40,000, 80 ms with 120,000; read from the public entries alone, server CPU a query 24 ms with
# 80,000, 32 with 40,000 and 33 with 160,000.)
RECENT_ENTRIES = 80_000
# How long a process reuses the date that bounds those entries (a stale date is only slower:
# see newest_window).
RECENT_SECONDS = 60.0
_recent_dates: dict[str, tuple[float, date | None]] = {}

# Per-vendor query strings, built only from the terms, each one quoted. -------------------------


def _vendor(queryset: QuerySet) -> str:
    return connections[queryset.db].vendor


def index_filter(queryset: QuerySet, q: Query) -> QuerySet:
    """``queryset`` narrowed to the stories the index finds (and the substring check passes)."""
    return index_filter_any(queryset, [q])


def index_filter_any(queryset: QuerySet, queries: list[Query], *, check: bool = True) -> QuerySet:
    """``queryset`` narrowed to the stories the index finds for any of ``queries``, in one
    statement. Exact for one query; for several, the index match and the substring check are
    each ORed over the queries, so a few more stories may come back (the caller, re-indexing
    stories that may contain newly learned names, only does a little extra work for them).
    ``check=False``: every term anywhere, no substring check (:func:`search`'s last resort)."""
    queries = [q for q in queries if q.terms]
    if not queries:
        return queryset.none()
    vendor = _vendor(queryset)
    queryset = index_filter_text(queryset, any_match_text(queries, vendor), vendor)
    if not check or not all(q.needs_check for q in queries):
        return queryset  # some query's index match is exact: the substring check cannot narrow
    condition = Q()
    for q in queries:
        condition |= _contains_parts(q.parts)
    return queryset.filter(condition)


def _ranked(queryset: QuerySet, q: Query) -> QuerySet:
    """``queryset`` (already narrowed by :func:`index_filter`) with ``search_rank``, best first."""
    if _vendor(queryset) == "postgresql":
        tsquery = SearchQuery(tsquery_text(q.terms), search_type="raw", config="simple")
        rank = SearchRank(F("search_entry__search_vector"), tsquery)
    else:
        rank = -F("search_fts__rank")
    return _ordered(queryset.annotate(search_rank=rank))


def index_matches(queryset: QuerySet, query: str | Query) -> QuerySet:
    """Stories of ``queryset`` the full-text index finds for ``query``, annotated ``search_rank``
    (higher is better) and ordered best first, then newest. Empty when the query has no terms.

    Every match is ranked; :func:`search` ranks only the newest :data:`RANK_WINDOW` when there
    are more (ranking reads each match's index entry: over tens of thousands of matches it is
    the one cost that grows with the archive)."""
    q = _as_query(query)
    if not q.terms:
        return queryset.none()
    return _ranked(index_filter(queryset, q), q)


def substring_matches(queryset: QuerySet, query: str | Query) -> QuerySet:
    """Stories of ``queryset`` whose normalised title or body contains every part of ``query``;
    title matches first, then newest. A scan: the fallback, not the rule."""
    q = _as_query(query)
    if q.is_empty:
        return queryset.none()
    in_title = Q()
    for part in q.parts:
        in_title &= Q(search_entry__title__contains=part)
    queryset = queryset.filter(_contains_parts(q.parts)).annotate(
        search_rank=Case(
            When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField()
        )
    )
    return _ordered(queryset)


def filter_articles(queryset: QuerySet, query: str | Query, *, rank: bool = True) -> QuerySet:
    """The stories of ``queryset`` matching ``query`` — all of them — best first
    (``search_rank`` annotated), or unranked with ``rank=False``.

    A :attr:`~search.queries.Query.name_like` query (林海, 拖欠工资) lists the index's matches
    and every story printing its parts (林海 inside 林海涛, cut 林 / 海涛), a title holding them
    first, then newest, as the substring fallback ranks.

    For the admin's ``get_search_results``: ``return filter_articles(queryset, term), False``
    (pass ``rank=False`` when the change list keeps its own ordering: ranking reads every match's
    index entry). Uses the index; falls back to a substring match when the index finds nothing.
    A blank query leaves ``queryset`` as it is; one with no words in it (only punctuation)
    matches nothing."""
    if not (query.text if isinstance(query, Query) else (query or "")).strip():
        return queryset
    q = _as_query(query)
    if q.is_empty:
        return queryset.none()
    queryset = without_excluded(queryset, q)
    if q.terms and q.name_like:  # (the index's matches and every story printing the parts)
        found = queryset.filter(
            Q(pk__in=index_filter(queryset, q).values("pk")) | _contains_parts(q.parts)
        )
        return _title_first(found, q) if rank else found
    if q.terms:
        found = index_filter(queryset, q)
        if found.exists():
            return _ranked(found, q) if rank else found
    found = queryset.filter(_contains_parts(q.parts))
    return substring_matches(queryset, q) if rank else found


def newest(matched: QuerySet) -> QuerySet:
    """The ids of the stories of ``matched`` (or of index entries), newest first
    (``values_list``): the window's query, sliced to :data:`RANK_WINDOW`."""
    day = "issue_date" if matched.model._meta.model_name == "searchentry" else "issue__date"
    return matched.order_by(f"-{day}", "-pk").values_list("pk", flat=True)


def window_count(matched: QuerySet, ids: list[int]) -> tuple[int, bool]:
    """How many stories ``matched`` has (counted up to :data:`COUNT_CAP`) and whether there are
    more than that, given ``ids``, its newest :data:`RANK_WINDOW` (:func:`newest`): their number
    when the window is not full, else one bounded count, which stops at :data:`COUNT_CAP` + 1
    matches instead of visiting every story of a word in half the archive."""
    if len(ids) < RANK_WINDOW:
        return len(ids), False
    total = matched.order_by()[: COUNT_CAP + 1].count()
    return min(total, COUNT_CAP), total > COUNT_CAP


def _newest(matched: QuerySet) -> tuple[list[int], int, bool]:
    """The ids of the newest :data:`RANK_WINDOW` stories of ``matched``, how many it has in all
    (counted up to :data:`COUNT_CAP`) and whether there are more than that. One query when the
    window is not full, two when it is (:func:`window_count`)."""
    ids = list(newest(matched)[:RANK_WINDOW])
    return ids, *window_count(matched, ids)


def recent_since(alias: str) -> date | None:
    """PostgreSQL: the issue date of the :data:`RECENT_ENTRIES`-th newest index entry (None when
    there are fewer entries, or on another database), read from the ``search_entry_newest``
    index and kept for :data:`RECENT_SECONDS` per process."""
    if connections[alias].vendor != "postgresql":
        return None
    now = time.monotonic()
    cached = _recent_dates.get(alias)
    if cached is not None and now - cached[0] < RECENT_SECONDS:
        return cached[1]
    from search.models import SearchEntry

    since = (
        SearchEntry.objects.using(alias)
        .filter(issue_date__isnull=False)
        .order_by("-issue_date", "-article_id")
        .values_list("issue_date", flat=True)[RECENT_ENTRIES - 1 : RECENT_ENTRIES]
        .first()
    )
    _recent_dates[alias] = (now, since)
    return since


def newest_window(
    matched: QuerySet,
    entries: QuerySet | None = None,
    *,
    prepared: Callable[[date | None, int], list | None] | None = None,
) -> tuple[list[int], int, bool]:
    """:func:`_newest` for index matches: the same ids, total and cap, found first among the
    newest entries where that is enough.

    On PostgreSQL, ``matched`` is first narrowed to entries dated on or after
    :func:`recent_since` (GIN and the date's b-tree combined, then only those stories joined
    and sorted), counting them in the same statement. Every match newer than that date is in
    the narrowed set, so when it holds :data:`RANK_WINDOW` matches they are the newest window
    exactly; when it holds more than :data:`COUNT_CAP`, so does ``matched``. Otherwise (a rarer
    word, a narrow filter) the whole of ``matched`` is read, window and count in one statement.
    Relies on the entry's ``issue_date`` being its issue's date (migration 0004's triggers).
    ``entries``: the index entries of exactly the stories of ``matched``
    (:func:`search.public.public_entries`), read instead of the stories; ``prepared``: those
    statements over ``entries`` prepared (:func:`search.public.prepared_window`); ``entries``
    may also be a function making them, called only when they are read."""
    since = recent_since(matched.db)
    if since is None:
        return _newest(matched)
    date = "search_entry__issue_date" if entries is None else "issue_date"

    def source() -> QuerySet:
        return matched if entries is None else entries() if callable(entries) else entries

    def counted(recent: bool) -> tuple[WindowIds, int]:
        rows = None if prepared is None else prepared(since if recent else None, RANK_WINDOW)
        if rows is None:
            found = source().filter(**{f"{date}__gte": since}) if recent else source()
            return _counted_window(found)
        return window_ids(rows), rows[0][2] if rows else 0

    ids, recent = counted(True)  # (prepared: every match's window instead when not enough)
    if recent < RANK_WINDOW or not ids.dated:
        if ids.dated:
            ids, recent = counted(False)  # every match joined once, window and count
        return ids, min(recent, COUNT_CAP), recent > COUNT_CAP
    if recent > COUNT_CAP:
        return ids, COUNT_CAP, True
    return ids, *window_count(source(), ids)


def recent_window_is_full(matched: QuerySet, entries: QuerySet | None = None) -> bool:
    """PostgreSQL: do the entries of the newest :data:`RECENT_ENTRIES` stories hold a full
    :data:`RANK_WINDOW` of ``matched`` (a common word, whose window :func:`newest_window` reads
    there)? One statement that stops at the window's size. False on other databases.
    ``entries``: as for :func:`newest_window`."""
    since = recent_since(matched.db)
    if since is None:
        return False
    if entries is not None:
        recent = entries.filter(issue_date__gte=since).order_by()[:RANK_WINDOW]
        return recent.count() >= RANK_WINDOW
    recent = matched.filter(search_entry__issue_date__gte=since).order_by()[:RANK_WINDOW]
    return recent.count() >= RANK_WINDOW


def _counted_window(matched: QuerySet) -> tuple[WindowIds, int]:
    """PostgreSQL: the ids of the newest :data:`RANK_WINDOW` stories of ``matched`` (with their
    issue dates, :class:`WindowIds`) and how many it has, in one statement (``count(*) OVER
    ()``). Ordered by the issue's date, as :func:`newest`: ordered by the entry's, the planner
    may walk the entries' date index and read every story's vector to test it (seconds, for a
    rare word). Run with the compiled SQL: the ORM's row handling cost more than the statement
    for a window of 1,000 (bench/search_scale.py)."""
    day = "issue_date" if matched.model._meta.model_name == "searchentry" else "issue__date"
    window = (
        matched.annotate(matches=Window(Count("*")))
        .order_by(f"-{day}", "-pk")
        .values_list("pk", day, "matches")[:RANK_WINDOW]
    )
    sql, params = window.query.get_compiler(window.db).as_sql()
    with connections[window.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return window_ids(rows), rows[0][2] if rows else 0


def public_window_entries(
    alias: str, q: Query, public: bool, *, check: bool = True
) -> QuerySet | None:
    """:func:`search.public.public_entries` for ``q`` when ``public`` and on PostgreSQL."""
    if not public or connections[alias].vendor != "postgresql":
        return None
    return public_entries(alias, f"({tsquery_text(q.terms)})", [q.parts] if check else None)


def _index_window(
    queryset: QuerySet, q: Query, public: bool, check: bool, ranks: bool = False
) -> tuple[list[int], int, bool]:
    """:func:`newest_window` of the stories of ``queryset`` the index finds for ``q`` (checked
    for its parts when ``check``), from the public entries when ``public`` (on PostgreSQL:
    statements of one table, which join nothing, so without :func:`index_plans`' two round
    trips; their plans are the same, for all 440 statements of bench/search_scale.py's words);
    ``ranks``: :func:`search`'s."""
    alias, entries, prepared = queryset.db, None, None
    if public and connections[alias].vendor == "postgresql":
        entries = lambda: public_window_entries(alias, q, True, check=check)  # noqa: E731
        prepared = prepared_window(alias, q.terms, q.parts if check else None, ranks=ranks)
    with index_plans(alias) if entries is None else nullcontext():
        found = newest_window(
            index_filter_any(queryset, [q], check=check), entries, prepared=prepared
        )
    if isinstance(found[0], WindowIds):
        found[0].public = entries is not None
    return found


def search(
    queryset: QuerySet, query: str | Query, *, public=False, ranks=False, dates: tuple | None = None
) -> SearchResult:
    """Run ``query`` over ``queryset``: the index first, the substring fallback if it finds none,
    and when neither finds a story with the query's characters together, the stories with all
    its words apart (``loose``: 大桥通车 finds 海港大桥月底通车, as readers who type no spaces
    expect; said so on the results page).

    Two queries: the matches (the newest :data:`RANK_WINDOW` of them; when there are that many,
    one more for the count), then, sliced by the caller, a page of those ranked.

    ``public=True`` says ``queryset`` is ``Article.objects.public()`` with no other filter: on
    PostgreSQL the window and count are then read from the index entries alone
    (:mod:`search.public`); the ranked page is still read from ``queryset``. ``ranks=True``
    (the caller pages it best first): there, the window's ranks come with it
    (:func:`search.public.prepared_window`). ``dates``: ``queryset`` is the public stories
    dated from the first to the last (None: unbounded), no other filter (:func:`dated_walk`)."""
    q = _as_query(query)
    if q.is_empty:
        return SearchResult(q, queryset.none(), 0, False)
    if q.excluded:  # (the public entries know nothing of the words left out)
        queryset, public = without_excluded(queryset, q), False
    indexed = None
    if q.terms:
        ids, total, capped = _index_window(queryset, q, public, q.needs_check, ranks)
        # (a name in fewer stories than a window is scanned too: a frequent one lists its
        # newest matches ranked, as any frequent word, and its scan would read thousands)
        if ids and (not q.name_like or len(ids) >= RANK_WINDOW):
            return window_result(queryset, q, ids, total, capped)
        indexed = (ids, total, capped) if ids else None
    ids, total, capped, since = substring_window(queryset, q, public, dates)
    if indexed is not None:  # (a short Han query: the index's matches and the scan's together)
        if set(ids) <= set(indexed[0]) and total <= indexed[1]:
            return window_result(queryset, q, *indexed)  # (the scan found no other story)
        return scanned_too(queryset, q, indexed, (ids, total, capped, since))
    if not ids and (apart := q.apart) is not None:
        # (a phrase's characters together, even here; a word the index may hold only in
        # pieces, 拖欠工资, by them: 拖欠 … 工资)
        loose = _index_window(queryset, apart, public, bool(q.phrases))
        if loose[0]:
            return window_result(queryset, replace(q, terms=apart.terms), *loose, loose=True)
    found = _title_first(_among(queryset, "pk", ids), q) if ids else queryset.none()
    return SearchResult(q, found, total, True, len(ids), capped, scanned_since=since)


def substring_window(
    queryset: QuerySet, q: Query, public: bool, dates: tuple | None = None
) -> tuple[list[int], int, bool, date | None]:
    """:func:`_newest` of the stories of ``queryset`` holding every part of ``q`` (the
    substring scan), and the date before which no story was read (None: every one was). Read
    from the public entries alone when ``public`` on PostgreSQL
    (:func:`search.public.public_substring_entries`: newest first along their date index; a
    part of one Han character from the index of characters). On SQLite a query with a part of
    one Han character reads only the newest :data:`CHARACTER_SCAN` stories of ``queryset``
    (:func:`character_scan_since`)."""
    postgresql = connections[queryset.db].vendor == "postgresql"
    if postgresql and not public and q.held:
        return *_filtered_character_window(queryset, q, dates), None
    if not public or not postgresql:
        since = None if postgresql else character_scan_since(queryset, q)
        if since is not None:
            queryset = queryset.filter(issue__date__gte=since)
        if not postgresql and q.name_like:  # (the stories whose tokens may hold it, not all)
            queryset = queryset.filter(search_fts__document__match=fts5_split_text(q.parts))
        return *_newest(queryset.filter(_contains_parts(q.parts))), since
    if q.held:
        return *_character_window(queryset.db, q), None
    entries = public_substring_entries(queryset.db, q.parts)
    ids = list(
        entries.order_by("-issue_date", "-article_id").values_list("article_id", flat=True)[
            :RANK_WINDOW
        ]
    )
    return ids, *window_count(entries, ids), None


def _character_window(alias: str, q: Query) -> tuple[list[int], int, bool]:
    """:func:`substring_window` over the public entries of a query with a part of one Han
    character: a character in half the stories or more has its window among the newest
    2 × :data:`RANK_WINDOW` entries (:func:`search.public.newest_holding`) and is counted along
    the date index as before (≈ 10,000 entries read); any other from the index of characters
    (its entries' bitmap, with the date index's for the newest: :func:`newest_window`)."""
    ids = newest_holding(alias, q.parts, 2 * RANK_WINDOW, RANK_WINDOW)
    if len(ids) == RANK_WINDOW:
        return ids, *window_count(public_substring_entries(alias, q.parts, characters=False), ids)
    entries = public_substring_entries(alias, q.parts, held=q.held)
    with character_plans(alias):  # (never a plan that splits each visited entry's text)
        return newest_window(entries, entries)


def _filtered_character_window(
    queryset: QuerySet, q: Query, dates: tuple | None
) -> tuple[list[int], int, bool]:
    """:func:`substring_window` over filtered stories (PostgreSQL) of a query with a part of one
    Han character: one in half the newest public stories or more (:func:`newest_holding`) is
    read along the dates (:func:`search.characters.common_window`). Any other from the index of
    characters joined to the filter (:func:`indexed_characters`), window and count in one."""
    matched, alias = queryset.filter(_contains_parts(q.parts)), queryset.db
    holding = newest_holding(alias, q.parts, 2 * RANK_WINDOW, 2 * RANK_WINDOW)
    if len(holding) >= RANK_WINDOW:
        ids, total = common_window(queryset, matched, holding, dates, RANK_WINDOW, COUNT_CAP)
        return ids, min(total, COUNT_CAP), total > COUNT_CAP
    with character_plans(alias):
        ids, total = _counted_window(indexed_characters(matched, q))
    return ids, min(total, COUNT_CAP), total > COUNT_CAP


def window_result(
    queryset: QuerySet, q: Query, ids: list[int], total: int, capped: bool, *, loose: bool = False
) -> SearchResult:
    """The result for the index's matches ``ids`` (the newest of ``total``: :func:`newest`)."""
    window, searched = _among(queryset, "pk", ids), (queryset, ids)
    if _vendor(queryset) != "postgresql":  # bm25 is read from the FTS5 match itself
        window = window.filter(search_fts__document__match=fts5_match_text(q.terms))
    else:  # the entries by their key too: the planner otherwise scans every entry to join them
        window = _among(window, "search_entry__article_id", ids)
    return SearchResult(q, _ranked(window, q), total, False, len(ids), capped, loose, searched)


def ranked_matches(queryset: QuerySet, q: Query, *, check: bool = True) -> QuerySet:
    """Every story of ``queryset`` the index finds for ``q`` (substring-checked unless
    ``check`` is False or ``q`` needs none), ranked as :func:`search` ranks them: what
    :func:`window_result` lists when the window holds every match."""
    return _ranked(index_filter_any(queryset, [q], check=check), q)
