"""PostgreSQL: the planner's settings for a search's statements (:func:`index_plans`)."""

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
    connection = connections[alias]
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(_INDEX_PLANS)
    try:
        yield
    except BaseException:
        # A statement that failed inside a transaction leaves it aborted: the settings go back
        # with its rollback, and the error that did it is the one to raise.
        with suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute(_DEFAULT_PLANS)
        raise
    with connection.cursor() as cursor:
        cursor.execute(_DEFAULT_PLANS)
