"""The site when its shared cache (Redis, or the one-host cache's files) fails.

**What keeps working.** The public page cache (:mod:`articles.httpcache`) and the tag versions
behind it (:mod:`articles.caching`) reach the cache only through :data:`cache` here, which
turns a cache error (:data:`CACHE_ERRORS`: redis-py's ``ConnectionError``/``TimeoutError``, a
file or SQLite error of the one-host cache) into a miss for a read and a no-op for a write. So
public pages are rendered from the database (uncached: slower, never stale), and a desk save,
upload, import or publish completes: its search index, keywords, history and proofreading run
whatever the cache does (a failing cache call used to raise in the first ``on_commit`` hook and
so skip the hooks after it, such as the search index). After an error the cache is left alone
for ``NEWSROOM_CACHE_RETRY_SECONDS`` (5) in that process, so an outage costs no time per request;
the first error of an outage is logged once per process as a warning in Chinese (a command's
output shows it once), and the desk says it after a save (:class:`CacheDownNoticeMiddleware`).

**Never a stale page afterwards.** A change whose tag versions could not be written (a *missed
invalidation*) leaves the cache holding pages that no longer match the database: Redis restarted
from its saved copy, or a network blip that lost only that write. So the change records it in
the database (:class:`articles.models.CacheGeneration`, one row: the number of missed
invalidations), and the cache is trusted only while the cache says it has applied that number
(``newsroom:cache-generation``): a process that finds it behind gives every page a new epoch
(``all``, :mod:`articles.caching`) before it reads a page, then writes the number. A process
checks the number (one small query, one cache read) after it saw the cache fail, and at most
every ``NEWSROOM_CACHE_CHECK_SECONDS`` (1 s) otherwise: a worker that did not see the failure
itself (only another host lost the cache for a moment) learns of it within that second. Until
a check succeeds, nothing is served from the cache.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache as django_cache
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import F

from articles.models import CacheGeneration

try:
    from redis.exceptions import RedisError
except ImportError:  # redis-py is only needed with REDIS_URL
    RedisError = OSError

#: What a cache backend raises when its server or files cannot be reached: redis-py's errors
#: (ConnectionError, TimeoutError …), a file cache's ``OSError`` (disk full, permissions), a
#: one-host cache's SQLite errors.
CACHE_ERRORS: tuple[type[BaseException], ...] = (RedisError, OSError, sqlite3.Error)
#: The number of missed invalidations the cache has applied (see the module docstring).
APPLIED_KEY = "newsroom:cache-generation"
#: What the desk and the log say when the cache fails.
WARNING = (
    "缓存服务（Redis）连不上：%s。内容照常保存、建索引；公开页面暂不缓存，直接从数据库读出"
    "（较慢，但不会过时）；缓存恢复后先作废旧页面再用。请检查 Redis（REDIS_URL）。"
)
NOTICE = (
    "已保存。缓存服务（Redis）连不上：公开页面暂不缓存、直接从数据库读出（不会显示旧内容）；"
    "请告诉系统管理员检查 Redis。"
)

logger = logging.getLogger(__name__)


class _Health:
    """This process's view of the cache: how many operations failed (or were skipped after a
    failure), and until when it is left alone."""

    def __init__(self) -> None:
        self.failures = 0
        self.down_until = 0.0
        self.down = False
        self.lock = threading.Lock()

    def skipping(self) -> bool:
        return self.down and time.monotonic() < self.down_until

    def failed(self, error: BaseException | None) -> None:
        retry = float(getattr(settings, "NEWSROOM_CACHE_RETRY_SECONDS", 5))
        with self.lock:
            self.failures += 1
            self.down_until = time.monotonic() + retry
            first, self.down = not self.down, True
        if first:
            logger.warning(WARNING, str(error or "连接失败").rstrip("。."))

    def worked(self) -> None:
        if self.down:
            self.down = False
            logger.warning("缓存服务已恢复：先核对错过的作废，再用缓存。")


health = _Health()


def failures() -> int:
    """How many cache operations of this process failed or were skipped so far (compare two
    reads: a change in between means a write may not have reached the cache)."""
    return health.failures


class GuardedCache:
    """Django's cache API (the calls this project makes) on the configured cache, where a
    :data:`CACHE_ERRORS` error is a miss (``get``: ``default``; ``get_many``: ``{}``), a write
    that did not happen (``set``/``set_many``: None; ``add``/``delete``: False), counted by
    :func:`failures`. The backend is looked up at each call (tests replace it)."""

    def __init__(self, backend=django_cache) -> None:
        self.backend = backend

    def _call(self, name: str, fallback, *args, **kwargs):
        if health.skipping():
            health.failed(None)
            return fallback
        try:
            result = getattr(self.backend, name)(*args, **kwargs)
        except CACHE_ERRORS as error:
            health.failed(error)
            return fallback
        health.worked()
        return result

    def get(self, key, default=None, **kwargs):
        return self._call("get", default, key, default, **kwargs)

    def get_many(self, keys, **kwargs) -> dict:
        return self._call("get_many", {}, keys, **kwargs)

    def set(self, key, value, *args, **kwargs) -> None:
        self._call("set", None, key, value, *args, **kwargs)

    def set_many(self, data, *args, **kwargs) -> list:
        return self._call("set_many", list(data), data, *args, **kwargs)

    def add(self, key, value, *args, **kwargs) -> bool:
        return self._call("add", False, key, value, *args, **kwargs)

    def delete(self, key, **kwargs) -> bool:
        return self._call("delete", False, key, **kwargs)


cache = GuardedCache()


def record_missed_invalidation() -> None:
    """Record in the database that a change's tag versions may not have reached the cache
    (after its commit, in a transaction of its own): the cache is not trusted again before a
    new epoch is given to every page (:func:`trusted`). Never raises: a database that fails
    here too is logged as an error saying what to do."""
    try:
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            rows = CacheGeneration.objects.using(DEFAULT_DB_ALIAS)
            if not rows.filter(pk=1).update(missed=F("missed") + 1):
                rows.create(pk=1, missed=1)
    except Exception:
        logger.exception(
            "缓存作废没写进缓存，也没记进数据库：缓存恢复后请清空它（redis-cli FLUSHDB，"
            "或删除 var/cache），否则读者可能看到旧页面。"
        )
    _trust.checked_at = float("-inf")  # check again before the next read


class _Trust:
    def __init__(self) -> None:
        self.checked_at = float("-inf")
        self.failures_seen = 0


_trust = _Trust()


def _check_seconds() -> float | None:
    value = getattr(settings, "NEWSROOM_CACHE_CHECK_SECONDS", 1.0)
    return None if value is None else float(value)


def trusted(new_epoch: Callable[[], None]) -> bool:
    """Whether what the cache holds may be served: yes while the last check is fresh (less
    than ``NEWSROOM_CACHE_CHECK_SECONDS`` old, no cache failure in this process since);
    otherwise the database's count of missed invalidations is read and, when the cache has not
    applied it, ``new_epoch()`` gives every page a new version first (see the module
    docstring). ``NEWSROOM_CACHE_CHECK_SECONDS = None`` (the tests' settings): checked only
    after a failure. False while the cache cannot tell, or the database cannot after a cache
    failure (a database down with the cache well keeps serving what the last check trusted)."""
    seen = health.failures
    seconds = _check_seconds()
    now = time.monotonic()
    if seen == _trust.failures_seen and (seconds is None or now - _trust.checked_at < seconds):
        return True
    if health.skipping():
        return False  # the cache failed a moment ago: not asked again before the retry
    try:
        row = CacheGeneration.objects.using(DEFAULT_DB_ALIAS).filter(pk=1).first()
    except Exception as error:
        # The database is down too: what the last check found holds while this process's cache
        # has not failed since (no change can be saved, or its miss recorded, meanwhile).
        logger.warning("读不出缓存作废记录（%s），一秒后再读", error)
        if seen != _trust.failures_seen:
            return False
        _trust.checked_at = now
        return True
    missed = row.missed if row is not None else 0
    if cache.get(APPLIED_KEY) != missed:
        new_epoch()
        cache.set(APPLIED_KEY, missed, timeout=None)
    if health.failures != seen:
        return False  # the cache failed meanwhile: nothing it holds is trusted yet
    _trust.failures_seen, _trust.checked_at = seen, now
    return True


class CacheDownNoticeMiddleware:
    """After a desk save (a ``POST`` by a signed-in staff member) during which the cache
    failed, one message on the next page: saved, and the cache is unreachable (:data:`NOTICE`)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        before = health.failures
        response = self.get_response(request)
        if health.failures != before and request.method == "POST":
            user = getattr(request, "user", None)
            if user is not None and user.is_staff and hasattr(request, "_messages"):
                messages.warning(request, NOTICE)
        return response
