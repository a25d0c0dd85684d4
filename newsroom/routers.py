"""Public pages read from a replica; everything else (the admin, imports, every write) from the
primary.

:class:`PublicReadsMiddleware` marks a request as a public read (GET or HEAD outside the admin);
:class:`PublicReadRouter` then sends its reads to ``settings.NEWSROOM_REPLICA_ALIAS`` when one is
configured (``DATABASE_REPLICA_URL``). Without a replica nothing changes.
"""

from __future__ import annotations

import contextvars

from django.conf import settings

_public_read = contextvars.ContextVar("newsroom_public_read", default=False)

# Requests under these paths always use the primary (editors must see their own writes at once).
PRIMARY_ONLY = ("/admin/",)


class PublicReadRouter:
    def db_for_read(self, model, **hints):
        alias = getattr(settings, "NEWSROOM_REPLICA_ALIAS", None)
        if alias and _public_read.get():
            return alias
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica is a copy of the primary: migrations run on the primary only.
        return db == "default"


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
