"""The count of committed content changes behind the public cache (see :mod:`articles.caching`),
and the count of its missed invalidations (:mod:`articles.cachehealth`).

Why this and not "send public reads to the primary for a few seconds after any write": that is
correct only while the replica lags less than the window, and a replica lags most exactly when
the primary is busiest (an import) or the network is bad — no window is safe without an
assumption nobody checks. Counting in the same transaction holds for any lag, and costs little.
``bench/replica_bench.py`` (one story page, Redis, a loaded 2-CPU machine), time per request as
a ratio to today's without a replica, SQLite / PostgreSQL:

* this design: cache hit 0.98× / 1.01×, render 1.03× / 1.05×;
* (a) the version read from the replica on every request: cache hit 1.15× / 1.27×;
* (b) primary for a window after writes (one more cache read): cache hit 1.19× / 1.25×;
* a one-story save, keeping the count: 1.13× / 1.11× (+0.5 ms / +0.9 ms).

A cache hit (the site's common path) costs nothing more, because the tag versions still come
from the cache; a render (6–10 queries anyway) adds the two one-table sums; a content-changing
transaction adds one ``UPDATE`` of a free slot (``… FOR UPDATE SKIP LOCKED``), once however many
rows it writes. Taking the key from the replica on *every* request instead (key and content from
one snapshot) is correct too, but puts a database round trip on every hit.
"""

from __future__ import annotations

from django.db import models


class ContentChangeCounter(models.Model):
    """One slot of the count of committed content changes (the count is the sum of all slots).

    Kept by :mod:`articles.caching` in the same transaction as every content change, so a public
    page is rendered only from a database that has seen every change its cache version counts
    (read replicas that lag are skipped; see that module)."""

    changes = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "内容变更计数"
        verbose_name_plural = "内容变更计数"

    def __str__(self) -> str:
        return f"slot {self.pk}: {self.changes}"


class CacheGeneration(models.Model):
    """How many content changes could not give their pages new versions in the cache (one row,
    pk 1): the cache is trusted only once it has applied this many (:mod:`articles.cachehealth`,
    a Redis outage or blip)."""

    missed = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "缓存作废补记"
        verbose_name_plural = "缓存作废补记"

    def __str__(self) -> str:
        return f"missed {self.missed}"
