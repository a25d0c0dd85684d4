"""A query of one Han character searched without reading every story's text.

A part of one Han character (报, 龘) is matched as a substring (:mod:`search.engine`'s notes). On
PostgreSQL it is read from the index of characters (migration ``search.0008``): over the public
stories, :func:`search.public.public_substring_entries`; over the stories a filter leaves
(paper, dates, 版次, 版名, 记者, words left out), :func:`indexed_characters` here (a
character in most stories is read along the dates as before): the same stories in the same
order as a scan of them all (≈ 2–4 s at 200,000 stories with a filter that keeps them all,
bench/HISTORY.md, stops 54 and 55).

SQLite has no such index: it is a scan of the stories' normalised text, ≈ 2.5 µs a story (0.5 s
at 200,000 stories for a character no story prints). So that scan reads the newest
:data:`CHARACTER_SCAN` stories of those searched only (the filter's, when there is one), and the
results page says from which date on, and how to search earlier ones (an end date, the word the
character is in).
"""

from __future__ import annotations

from datetime import date

from django.db import connections
from django.db.models import BooleanField, F, Func, QuerySet, Subquery

from articles.dates import issue_date_range
from search.plans import walk_plans
from search.queries import Query
from search.window import WindowIds, window_ids

#: The stories a one-character scan reads at most (newest first, from the issue date of the last
#: of them): ≈ 50–100 ms (bench/search_scale.py).
CHARACTER_SCAN = 20_000


def character_scan_since(queryset: QuerySet, q: Query) -> date | None:
    """For a query with a part of one Han character scanned without the index of characters
    (SQLite):
    the issue date of the :data:`CHARACTER_SCAN`-th newest story of ``queryset`` (stories),
    from which on its stories are scanned; None when ``q`` has no such part or ``queryset``
    holds no more stories than that (every one is read). One query."""
    if not q.characters:
        return None
    newest = queryset.order_by("-issue__date", "-pk").values_list("issue__date", flat=True)
    return newest[CHARACTER_SCAN - 1 : CHARACTER_SCAN].first()


def indexed_characters(matched: QuerySet, q: Query) -> QuerySet:
    """PostgreSQL: ``matched`` (stories holding every part of ``q`` as a substring) also asked
    of the index of characters (migration ``search.0008``) for each part of one Han character
    (every character of a short Han query's parts: :attr:`~search.queries.Query.held`):
    the same stories (the index is exact), found from the bitmap of the entries holding them
    instead of by reading each story's text (read it under
    :func:`search.plans.character_plans`)."""
    from search.models import SearchEntry
    from search.public import Characters

    holding = SearchEntry.objects.alias(characters=Characters("title", "body"))
    holding = holding.filter(characters__contains=list(q.held)).values("article_id")
    # ``= ANY(ARRAY(…))``: the entries holding them are read first, once (an ``IN`` lets the
    # planner start from a 版次's parts instead and read each one's text: 140 ms at 200,000)
    return matched.filter(_AnyOf(F("pk"), Func(Subquery(holding), function="ARRAY")))


class _AnyOf(Func):
    """``column = ANY(array)``, a condition."""

    template, arg_joiner, output_field = "%(expressions)s)", " = ANY(", BooleanField()


def dated_walk(
    matched: QuerySet, dates: tuple[date | None, date | None], window: int, cap: int
) -> tuple[WindowIds, int]:
    """PostgreSQL: the newest ``window`` stories of ``matched`` (stories of a filter holding a
    common character) with their issue dates, and how many it has up to ``cap`` + 1, in one
    statement that walks the entries' date index (``search_entry_newest``) newest first from the
    filter's end date (``dates``: the filter's start and end, None where it has none; the public
    range bounds the rest) and stops at the ``cap`` + 1-th match: each entry visited is tested
    for the character and, if it holds it, for the filter (bench/search_scale.py). Relies on the
    entry's ``issue_date`` being its issue's date (migration ``search.0004``'s triggers), as
    :mod:`search.public` does."""
    earliest, latest = issue_date_range()
    start, end = dates
    bounded = matched.filter(
        search_entry__issue_date__gte=max(earliest, start or earliest),
        search_entry__issue_date__lte=min(latest, end or latest),
    )
    walk = bounded.order_by("-search_entry__issue_date", "-pk").values_list(
        "pk", "search_entry__issue_date"
    )
    with walk_plans(walk.db):
        return _capped_window(walk, window, cap)


def common_window(
    queryset: QuerySet,
    matched: QuerySet,
    holding: list[int],
    dates: tuple[date | None, date | None] | None,
    window: int,
    cap: int,
) -> tuple[list[int], int]:
    """PostgreSQL: the newest ``window`` stories of ``matched`` (the stories of ``queryset``, a
    filter's, holding a character in half the newest public stories or more: ``holding``, its
    stories among the newest 2 × ``window`` public entries, newest first) and how many it has
    up to ``cap`` + 1. With a filter of dates alone (``dates``), the entries' dates walked
    (:func:`dated_walk`); with one keeping ``window`` of ``holding``, those
    (:func:`newest_of_holding`) and a count that stops at ``cap`` + 1; with one keeping fewer
    (a 版次, a narrow 版名), window and count in one statement (:func:`counted_window`)."""
    if dates is not None:
        return dated_walk(matched, dates, window, cap)
    ids = newest_of_holding(queryset, holding, window)
    if ids is None:
        return counted_window(matched, window, cap)
    return ids, matched.order_by()[: cap + 1].count()


def counted_window(matched: QuerySet, window: int, cap: int) -> tuple[WindowIds, int]:
    """PostgreSQL: the newest ``window`` stories of ``matched`` (stories of a filter that keeps
    few of the newest, holding a common character) with their issue dates, and how many it has
    up to ``cap`` + 1, in one statement, as the planner reads the filter (a 版次's stories from
    the labels' index, each tested once: 70 → 35 ms of server CPU at 200,000 stories for 版次
    A1, where a window and then a count read them twice; bench/HISTORY.md, stop 57)."""
    return _capped_window(
        matched.order_by("-issue__date", "-pk").values_list("pk", "issue__date"), window, cap
    )


def newest_of_holding(queryset: QuerySet, holding: list[int], window: int) -> list[int] | None:
    """The newest ``window`` stories of ``queryset`` (a filter's public stories) among
    ``holding``, the stories of the newest public entries holding a character
    (:func:`search.public.newest_holding`, every one of them, newest first); None when they
    hold fewer. Those are then the newest ``window`` of the filter's stories holding it (any
    other is older than each of them), found by key without reading a text again: a 版名
    keeping most stories, 100 → ≈ 10 ms of server CPU at 200,000 stories, where the planner
    had hashed every story the filter keeps (bench/HISTORY.md, stop 57)."""
    if len(holding) < window:
        return None
    newest = queryset.filter(pk__in=holding).order_by("-issue__date", "-pk")
    with walk_plans(queryset.db):
        ids = list(newest.values_list("pk", flat=True)[:window])
    return ids if len(ids) == window else None


def _capped_window(walk: QuerySet, window: int, cap: int) -> tuple[WindowIds, int]:
    """``walk`` (``values_list`` rows ``(story id, issue date)`` newest first) read up to its
    ``cap`` + 1-th row, in one statement: its first ``window`` rows and how many it read."""
    sql, params = walk[: cap + 1].query.get_compiler(walk.db).as_sql()
    sql = (
        f"SELECT w.pk, w.day, count(*) OVER () FROM ({sql}) AS w (pk, day) "
        "ORDER BY w.day DESC, w.pk DESC LIMIT %s"
    )
    with connections[walk.db].cursor() as cursor:
        cursor.execute(sql, [*params, window])
        rows = cursor.fetchall()
    return window_ids(rows), rows[0][2] if rows else 0
