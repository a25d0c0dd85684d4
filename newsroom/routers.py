"""Public pages read from a replica; everything else (the admin, imports, every write) from the
primary.

:class:`PublicReadsMiddleware` marks a request as a public read (GET or HEAD outside the admin);
:class:`PublicReadRouter` then sends its reads to ``settings.NEWSROOM_REPLICA_ALIAS`` when one is
configured (``DATABASE_REPLICA_URL``). Without a replica nothing changes.

A replica may lag behind the primary. Pages that are cached are rendered inside
:func:`articles.caching.consistent_public_reads`, which checks that the replica has applied every
content change first and otherwise uses :func:`reads_from_primary` for that page; see the module
docstring of ``articles/caching.py`` for why (and what it costs).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

from django.conf import settings

_public_read = contextvars.ContextVar("newsroom_public_read", default=False)

# Requests under these paths always use the primary (editors must see their own writes at once).
PRIMARY_ONLY = ("/admin/",)


def public_replica() -> str | None:
    """The alias of the replica this request's reads go to, or None (no replica configured, or
    not a public read: the admin, a write, a management command)."""
    alias = getattr(settings, "NEWSROOM_REPLICA_ALIAS", None)
    return alias if alias and _public_read.get() else None


@contextlib.contextmanager
def reads_from_primary() -> Iterator[None]:
    """Within: this request reads from the primary, even if it is a public read."""
    token = _public_read.set(False)
    try:
        yield
    finally:
        _public_read.reset(token)


class PublicReadRouter:
    """Reads of a public request go to the replica (when configured); writes and migrations to
    the primary only."""

    def db_for_read(self, model, **hints):
        return public_replica()

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica is a copy of the primary: nothing is migrated on it. (Other aliases, such as
        # the tests' stand-in for a lagging replica, are databases of their own.)
        return db not in {"replica", getattr(settings, "NEWSROOM_REPLICA_ALIAS", None)}


class PublicReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        public = request.method in ("GET", "HEAD") and not request.path.startswith(PRIMARY_ONLY)
        token = _public_read.set(public)
        try:
            return self.get_response(request)
        finally:
            _public_read.reset(token)
