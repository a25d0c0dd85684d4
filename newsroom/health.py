"""``/healthz``: whether this web process can answer, for a load balancer or a monitor.

200 ``ok`` when the primary database answers ``SELECT 1``; 503 with the reason when it does not.
It reads no cache, session or user, is never cached (``Cache-Control: no-store``) and is exempt
from the HTTPS redirect (production.py), so a plain-HTTP probe from the proxy's host works; it
must still name one of ``ALLOWED_HOSTS`` (``curl -H 'Host: paper.example.org'``)."""

from __future__ import annotations

import logging

from django.db import DatabaseError, connections
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    """200 ``ok`` (text) when the ``default`` database answers; 503 ``database unavailable``
    when a connection or query fails (logged as one warning line with the driver's reason)."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("healthz: the database does not answer: %s", str(exc).strip() or exc)
        return HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain; charset=utf-8"
        )
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
