"""PostgreSQL: the planner's settings for a search's statements (:func:`index_plans`,
:func:`character_plans`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from django.db import DatabaseError, connections

# The planner's settings for a search's statements (see index_plans).
_INDEX_PLANS = (
    "SET max_parallel_workers_per_gather = 0; SET enable_hashjoin = off; SET enable_mergejoin = off"
)
_DEFAULT_PLANS = (
    "RESET max_parallel_workers_per_gather; RESET enable_hashjoin; RESET enable_mergejoin"
)
# The planner's settings for a one-character search's statements (see character_plans).
_CHARACTER_PLANS = (
    "SET enable_seqscan = off; SET enable_indexscan = off; SET jit = off; "
    "SET max_parallel_workers_per_gather = 0"
)
_DEFAULT_CHARACTER_PLANS = (
    "RESET enable_seqscan; RESET enable_indexscan; RESET jit; RESET max_parallel_workers_per_gather"
)
# The planner's settings for a walk along the entries' dates (see walk_plans).
_WALK_PLANS = _INDEX_PLANS + (
    "; SET enable_sort = off; SET enable_hashagg = off; SET enable_bitmapscan = off; SET jit = off"
)
_DEFAULT_WALK_PLANS = (
    _DEFAULT_PLANS + "; RESET enable_sort; RESET enable_hashagg; RESET enable_bitmapscan; RESET jit"
)


@contextmanager
def index_plans(alias: str) -> Iterator[None]:
    """PostgreSQL: inside the block, the statements of this connection join the index's matches
    to their stories one by one (nested loops over primary keys), without parallel workers.

    With no statistics on the vector (migration 0003) the planner takes every ``@@`` to match
    0.5 % of the entries: 5,000 at 1,000,000 stories, where a name matches a few dozen. For that
    guess it starts two workers and hashes the whole story table (45–180 ms for 69 matches in
    bench/search_scale.py's archive, against 1 ms by key). Index matches are few or, for a common
    word, bounded by the newest window, so the keyed join is the right plan for them all.
    Settings are restored on leaving; a no-op on other databases."""
    with _planner(alias, _INDEX_PLANS, _DEFAULT_PLANS):
        yield


@contextmanager
def character_plans(alias: str) -> Iterator[None]:
    """PostgreSQL: inside the block, the statements of this connection read tables through
    bitmap scans only (no sequential scan, no plain index scan): what a search of one Han
    character needs to be answered from the index of characters (migration ``search.0008``),
    its bitmap combined with the date index's, and never by a plan that splits every visited
    entry's text into characters (≈ 0.3 ms an entry) to test it. That function's declared cost
    makes every plan look dear: without JIT compilation (over a second of it for a plan that
    runs in 10 ms) and parallel workers. Settings are restored on leaving; a no-op on other
    databases."""
    with _planner(alias, _CHARACTER_PLANS, _DEFAULT_CHARACTER_PLANS):
        yield


@contextmanager
def walk_plans(alias: str) -> Iterator[None]:
    """PostgreSQL: inside the block, the statements of this connection read their rows in the
    order of an index and join each to the rest by key (nested loops; no sort, hash, bitmap or
    parallel worker): a walk along the entries' dates that stops at its limit
    (:func:`search.characters.dated_walk`). Left to itself, the planner may guess a filter
    narrow and hash every story it keeps first (a 版名 keeping them all: 534 ms of server CPU at
    200,000 stories, against 126 ms walked: bench/HISTORY.md, stop 56). Settings are restored
    on leaving; a no-op on other databases."""
    with _planner(alias, _WALK_PLANS, _DEFAULT_WALK_PLANS):
        yield


@contextmanager
def _planner(alias: str, settings: str, defaults: str) -> Iterator[None]:
    """``settings`` (``SET`` statements) for this connection inside the block, ``defaults``
    (their ``RESET``) on leaving; a no-op on other databases than PostgreSQL."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(settings)
    try:
        yield
    except BaseException:
        # A statement that failed inside a transaction leaves it aborted: the settings go back
        # with its rollback, and the error that did it is the one to raise.
        with suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute(defaults)
        raise
    with connection.cursor() as cursor:
        cursor.execute(defaults)
