"""PostgreSQL: a second, small GIN index over the newest entries only, for the common words.

:func:`search.engine.newest_window` reads a common word's window and count among the entries
dated on or after :func:`search.engine.recent_since` (the date of the
:data:`search.engine.RECENT_ENTRIES`-th newest entry). Through the GIN index of every entry
(``search_entry_vector_gin``) that statement still builds the bitmap of *all* the word's matches
(330,000 for a word in a third of 1,000,000 stories) and ANDs it with the date's b-tree, only to
keep the newest twelfth of them. ``search_entry_recent_gin`` is the same GIN index restricted to
the entries dated on or after a fixed date ``D`` (its predicate, ``issue_date >= 'D'``), chosen
when the index is built: the date of the (:data:`search.engine.RECENT_ENTRIES` +
:data:`MARGIN`)-th newest entry. Whenever ``since >= D`` — always, as stories are only added
after the build (the Nth-newest date only moves forward), unless more than :data:`MARGIN` of
the newest stories are deleted or re-dated into the past — the planner proves the partial
index's predicate from the statement's ``issue_date >= since`` (a literal: Django's psycopg
binds parameters on the client) and reads the word's recent matches from the small index alone.
Otherwise, or while the index is missing, the full index answers the same statement: the index
is only an access path, results never depend on it.

New stories are added to it by PostgreSQL as to any index, so it grows with the archive from
``RECENT_ENTRIES + MARGIN`` entries; :func:`rebuild` moves ``D`` forward again. It runs in
migration 0006, at the end of ``manage.py rebuild_search_index`` and alone with
``manage.py rebuild_search_index --recent-index`` (a scheduled job: weekly or monthly is
plenty; without it searches stay correct and become slowly dearer for common words). With
fewer than ``RECENT_ENTRIES + MARGIN`` entries no index is built (the engine's recent bound does
not exist below ``RECENT_ENTRIES`` and the whole index is small anyway).
"""

from __future__ import annotations

import re
from datetime import date

from django.db import connections

#: The index's name (its predicate is read back from the catalog: :func:`bound`).
INDEX = "search_entry_recent_gin"
_BUILDING = INDEX + "_new"
#: Entries beyond the engine's recent ones the index covers when built, so that a few recent
#: stories deleted or re-dated do not take the engine's bound below the index's.
MARGIN = 8_000
_PREDICATE = re.compile(r"issue_date >= '(\d{4}-\d{2}-\d{2})'::date")


def wanted_bound(alias: str = "default") -> date | None:
    """The date ``D`` a rebuild would give the index: the issue date of the
    (``RECENT_ENTRIES`` + :data:`MARGIN`)-th newest entry, read from the ``search_entry_newest``
    b-tree; None when there are fewer entries (or on another database)."""
    if connections[alias].vendor != "postgresql":
        return None
    from search import engine

    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT issue_date FROM search_searchentry WHERE issue_date IS NOT NULL "
            "ORDER BY issue_date DESC, article_id DESC LIMIT 1 OFFSET %s",
            [engine.RECENT_ENTRIES + MARGIN - 1],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def bound(alias: str = "default") -> date | None:
    """The date ``D`` of the index as it stands (parsed from its predicate in ``pg_index``);
    None when there is no such index (or on another database)."""
    if connections[alias].vendor != "postgresql":
        return None
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = %s "
            "AND pg_table_is_visible(c.oid) AND i.indisvalid",
            [INDEX],
        )
        row = cursor.fetchone()
    found = _PREDICATE.search(row[0] or "") if row else None
    return date.fromisoformat(found.group(1)) if found else None


def rebuild(alias: str = "default", *, concurrently: bool = False) -> date | None:
    """Build the index afresh for the entries dated on or after :func:`wanted_bound` and return
    that date, or drop it (None) when there are too few entries. Nothing is done when the index
    already has that bound. PostgreSQL only (a no-op returning None elsewhere).

    The new index is built under another name, then swapped in (drop the old, rename the new),
    so searches always have one of the two or, for a moment, the full index. ``concurrently``:
    ``CREATE INDEX CONCURRENTLY`` (writes go on meanwhile: the management command) unless a
    transaction is open (PostgreSQL refuses it there), else a plain build (a migration). At 1,000,000 stories:
    one scan of the entries' rows and ~90,000 vectors indexed (bench/search_scale.py prints it)."""
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return None
    wanted = wanted_bound(alias)
    if wanted is not None and wanted == bound(alias):
        return wanted
    how = "CONCURRENTLY " if concurrently and not connection.in_atomic_block else ""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {how}IF EXISTS {_BUILDING}")
        if wanted is None:
            cursor.execute(f"DROP INDEX {how}IF EXISTS {INDEX}")
            return None
        cursor.execute("SET maintenance_work_mem = '512MB'")
        if not how:  # (checks deferred to the commit would make PostgreSQL refuse the build)
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        # A date's ISO form: nothing in it can be read as SQL.
        cursor.execute(
            f"CREATE INDEX {how}{_BUILDING} ON search_searchentry USING gin (search_vector) "
            f"WHERE issue_date >= '{wanted.isoformat()}'::date"
        )
        cursor.execute("RESET maintenance_work_mem")
        if not how:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute(f"DROP INDEX {how}IF EXISTS {INDEX}")
        cursor.execute(f"ALTER INDEX {_BUILDING} RENAME TO {INDEX}")
    return wanted
