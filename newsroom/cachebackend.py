"""The one-host cache backend (no Redis): diskcache's Django backend, kept open between requests.

:class:`diskcache.DjangoCache` keeps the cache in SQLite files (``SHARDS`` of them, in WAL mode)
that every process of one machine shares: a write takes its shard's lock and evicts by size
(the oldest stored first), a read takes no lock. Django's own file cache instead lists the whole
cache folder on every write and, past ``MAX_ENTRIES`` (300), deletes a third of the cache at
random: pages, fragments and the tag versions alike (``articles/caching.py``).

Why it can be trusted with tag versions (a lost version bump would serve a stale edit): its
``set``, ``add``, ``delete`` and ``incr`` retry until they get the shard's write lock (diskcache's
``retry=True``, the Django backend's default), so no write is dropped because another process
held the lock; ``clear`` retries each shard. A read that cannot get the file (SQLite busy for
longer than ``DATABASE_TIMEOUT``) returns nothing: a missing tag counts as changed, and a missing
page or fragment is rendered again.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import defaultdict

from diskcache import DjangoCache, Timeout
from diskcache.core import EVICTION_POLICY

#: Keys a statement of :meth:`DiskCache.get_many` asks for (SQLite's oldest limit is 999
#: parameters; one more is the time).
_KEYS_A_STATEMENT = 900


class DiskCache(DjangoCache):
    """:class:`diskcache.DjangoCache` whose SQLite connections stay open after each request.

    Django closes every cache when a request finishes (``request_finished``); diskcache then
    opens each shard's file again at the next use and sets its pragmas once more: ≈ 0.8 ms a
    shard on this project's machine, five times a minimal view's whole request. Its author's
    advice is to open and close a cache as little as possible (grantjenks/python-diskcache#71),
    and Django's own ``PyLibMCCache`` keeps its connections for the same reason. The connections
    are diskcache's, one per thread and process (it opens new ones after a fork). Those of the
    main thread (gunicorn's sync workers serve every request on it) stay open for the process's
    life; another thread's close with its request, as Django's own backend would close them."""

    def close(self, **kwargs) -> None:
        """Keep the connections of the main thread open (see the class docstring); close those
        of any other thread, which the server may end after this request (runserver starts a
        thread for each connection, and each thread gets caches and connections of its own)."""
        if threading.current_thread() is not threading.main_thread():
            super().close()

    def close_connections(self) -> None:
        """Close this thread's connections to every shard (they open again at the next use)."""
        super().close()

    def get_many(self, keys, version=None) -> dict:
        """``{key: value}`` of ``keys`` the cache holds, as Django's ``get_many`` gives them (a
        ``get`` of each), in one statement a shard instead of one a key: a change's commit asks
        for a hundred tag versions (``articles.caching``), ≈ 25 µs each one by one. The same
        rows as diskcache's ``Cache.get`` reads (key and its kind, not expired), read the same
        way (its fast path: a read that updates nothing, with this project's eviction policy
        and no statistics; otherwise, or for a key diskcache pickles, a ``get`` of each). A
        shard that times out or fails gives none of its keys, as its ``get`` gives the default;
        a value whose file went meanwhile is missing."""
        made = {self.make_key(key, version=version): key for key in keys}
        fanout = self._cache
        shards: dict[int, list] = defaultdict(list)
        for db_key in made:
            shards[fanout._hash(db_key) % fanout._count].append(db_key)
        found = {}
        for index, db_keys in shards.items():
            shard = fanout._shards[index]
            plain = all(type(key) is str for key in db_keys)
            if not plain or shard.statistics or EVICTION_POLICY[shard.eviction_policy]["get"]:
                for db_key in db_keys:  # (what Django's get_many does)
                    value = fanout.get(db_key, _MISSING)
                    if value is not _MISSING:
                        found[made[db_key]] = value
                continue
            try:
                rows = [
                    row
                    for at in range(0, len(db_keys), _KEYS_A_STATEMENT)
                    for row in _rows(shard, db_keys[at : at + _KEYS_A_STATEMENT])
                ]
            except (Timeout, sqlite3.OperationalError):
                continue
            for db_key, mode, filename, db_value in rows:
                try:
                    found[made[db_key]] = shard._disk.fetch(mode, filename, db_value, False)
                except OSError:  # (its file deleted before it could be read)
                    continue
        return found


_MISSING = object()


def _rows(shard, db_keys: list[str]) -> list[tuple]:
    """(key, mode, filename, value) of the rows of ``shard`` (a diskcache ``Cache``) holding
    ``db_keys`` (texts: stored as they are, ``raw``) and not expired: ``Cache.get``'s select."""
    marks = ", ".join("?" * len(db_keys))
    select = (
        f"SELECT key, mode, filename, value FROM Cache WHERE key IN ({marks}) AND raw = 1"
        " AND (expire_time IS NULL OR expire_time > ?)"
    )
    return shard._sql(select, (*db_keys, time.time())).fetchall()
