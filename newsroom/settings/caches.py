"""The cache of one host without Redis (``newsroom.settings.base`` when ``REDIS_URL`` is unset).

Kept apart so that the benches configure exactly what is deployed (``bench/public_settings.py``,
``bench/desk_day_bench.py``).
"""

from __future__ import annotations

from pathlib import Path

#: Pages, fragments and kept values expire after a day; tag versions never (articles/caching.py).
DAY_SECONDS = 24 * 3600


def one_host_cache(location: Path | str, key_prefix: str) -> dict:
    """``CACHES["default"]`` for the processes of one machine: SQLite files in ``location``
    shared by every worker (:class:`newsroom.cachebackend.DiskCache`, on diskcache).

    Why these settings:

    * ``size_limit`` 1 GiB in all (diskcache's default, split among the shards): a working day
      of a 10,000-story archive read and edited (``bench/desk_day_bench.py``) stays far below
      it, so nothing is evicted before it expires; past it the oldest stored entries go first.
    * ``least-recently-stored`` eviction: a read writes nothing (``least-recently-used`` would
      update the entry's row on every hit, taking the shard's write lock on the site's busiest
      path). A tag version is stored again by every change that names it.
    * ``disk_min_file_size`` 1 MiB (diskcache's default is 32 KiB): every page, fragment and
      kept value is a row of its shard, not a file of its own beside it. A 60 KB page stored
      as a file took ≈ 4.7 ms (a file created, the old one deleted) against ≈ 0.5 ms as a row
      (the file cache: ≈ 3.8 ms); 20 KB 0.6 against 0.4 ms.
    * ``SHARDS`` 1 (diskcache's default is 8): a process opens a connection to every shard when
      it first uses the cache, and ``runserver`` gets a cache of its own for each request's
      thread (Django keeps caches per thread): 8 shards cost 88 ms a request there and two dozen
      open files, one 15 ms and three (medians, a machine at load 10). Writes (a page stored, a change's tags) then wait for
      each other on one lock, for well under a millisecond each; reads never wait (WAL).
    * ``DATABASE_TIMEOUT`` 5 s (SQLite's own default, not diskcache's 10 ms): how long a read
      waits for the rare exclusive lock of a WAL file's recovery or clean-up before it counts as
      a miss; writes retry until they get the lock whatever it is (see the backend's module).
    """
    return {
        "BACKEND": "newsroom.cachebackend.DiskCache",
        "LOCATION": str(location),
        "KEY_PREFIX": key_prefix,
        "TIMEOUT": DAY_SECONDS,
        "SHARDS": 1,
        "DATABASE_TIMEOUT": 5.0,
        "OPTIONS": {
            "size_limit": 2**30,
            "eviction_policy": "least-recently-stored",
            "disk_min_file_size": 2**20,
        },
    }
