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

import threading

from diskcache import DjangoCache


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
