"""One content version for the whole public site, so a cache never outlives an edit, and a read
replica that lags never makes a stale page current.

Every public response is keyed on (and its ETag derived from) :func:`content_version`. Anything
that changes what readers may see calls :func:`bump_content_version`, through
:func:`articles.changes.content_changed` (the one way to say content changed: services that
write in bulk call it, and every admin save or delete reaches it through one signal receiver). The version lives in the
configured cache (Redis in production, shared by every worker and host), so no server restart is
ever needed to see an edit. It is a fresh value made after the change has committed.

**Read replicas** (issue 12). Public pages may read from a replica (``newsroom/routers.py``).
The version above says that the *primary* has changed; a replica may not have applied the change
yet, and a page rendered from it then would be cached (and ETagged) under the new version and
stay public after the replica caught up. The rule: a page rendered from data older than version
N is never stored or ETagged as N. It is kept like this:

* the database counts content changes: :func:`bump_content_version` also adds one to
  :class:`ContentChangeCounter` *inside* the transaction that changes content (once per
  transaction, whether the rows were saved one by one or by ``update()``/``bulk_update``), so
  the count commits, and replicates, with the content itself;
* before rendering a page that is not in the cache, :func:`consistent_public_reads` reads the
  count on the primary, then on the replica (on the connection the page is then read from). If
  the replica has applied at least as many changes, it holds every change committed before the
  version was read, and the page is rendered from it; otherwise this one page is rendered from
  the primary. Either way the page is at least as new as the version it is cached under.

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

A cache hit (the site's common path) costs nothing more, because the key still comes from the
cache; a render (6–10 queries anyway) adds the two one-table sums; a content-changing
transaction adds one ``UPDATE`` of a free slot (``… FOR UPDATE SKIP LOCKED``), once however many
rows it writes. Taking the key from the replica on *every* request instead (key and content from
one snapshot) is correct too, but puts a database round trip on every hit.

The counter is a few rows ("slots") summed, not one row: on PostgreSQL a transaction increments
whichever slot no other transaction holds (``SKIP LOCKED``) and adds a slot when all are held,
so concurrent imports never queue (nor deadlock) on a shared row. Each committed change raises
the sum by exactly one, and a replica applies commits in order, so "replica sum ≥ primary sum"
means the replica holds everything the primary held. SQLite runs one writer at a time anyway.
What this assumes: the replica connection reaches one server for the whole request (with
several replicas behind a pooler, pool by session), and every content write goes through
:func:`bump_content_version` (as the cache version already requires).

Without a replica configured nothing of this is read: public pages cost what they did. The count
is still kept (one tiny write per content transaction), so that a host that reads from a replica
can trust it even when the host that imports has no replica configured.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import F, Subquery, Sum

from articles.models import ContentChangeCounter
from newsroom import routers

VERSION_KEY = "newsroom:content-version"


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = f"{time.time_ns():x}"
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return str(version)


def _bump() -> None:
    cache.set(VERSION_KEY, f"{time.time_ns():x}", timeout=None)


def _count_change() -> None:
    """Add one to the change count, in the current transaction of the primary (its own
    transaction when there is none, which then commits after the content it follows)."""
    with transaction.atomic(using=DEFAULT_DB_ALIAS, savepoint=False):
        slots = ContentChangeCounter.objects.using(DEFAULT_DB_ALIAS)
        free = slots.select_for_update(skip_locked=True).order_by("pk").values("pk")[:1]
        if not slots.filter(pk=Subquery(free)).update(changes=F("changes") + 1):
            slots.create(changes=1)  # every slot is held by another transaction (or none yet)


def committed_changes(using: str) -> int:
    """How many content changes the database ``using`` has applied (committed ones, plus those
    of the current transaction on that connection)."""
    total = ContentChangeCounter.objects.using(using).aggregate(n=Sum("changes"))["n"]
    return total or 0


def bump_content_version() -> None:
    """Count a content change in the current transaction, and invalidate every cached public
    page once it commits.

    Once per transaction, however many rows it saves (an import saves hundreds)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        here = set(connection.savepoint_ids)
        if any(sids == here and func is _bump for sids, func, *_ in connection.run_on_commit):
            return  # already counted and due when this (savepoint of the) transaction commits
    _count_change()
    transaction.on_commit(_bump)


@contextlib.contextmanager
def consistent_public_reads() -> Iterator[None]:
    """Around the rendering of a public page about to be cached under :func:`content_version`
    (read before entering): its reads come from the replica only if the replica has applied
    every content change the primary had committed by now, else from the primary.

    Without a replica configured, or outside a public read, this does nothing (no query)."""
    replica = routers.public_replica()
    if replica is None:
        yield
        return
    primary = committed_changes(DEFAULT_DB_ALIAS)  # first the primary, then the replica
    if committed_changes(replica) >= primary:
        yield
    else:
        with routers.reads_from_primary():
            yield
