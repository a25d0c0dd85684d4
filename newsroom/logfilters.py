"""Filters of the site's log lines (``LOGGING`` in ``newsroom/settings/base.py``).

Every line reads ``2026-12-07T03:20:01+0800 WARNING django.request [203.0.113.9 GET /x] Not
Found: /x``: time, level, logger, and for a request's record its client address
(:func:`newsroom.logins.client_address`), method and path."""

from __future__ import annotations

import logging


class RequestContext(logging.Filter):
    """Adds ``record.where``: ``"ADDRESS METHOD PATH"`` for a record Django logged with its
    request (``extra={"request": …}``: django.request, django.security.*), else ``"-"``."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        where = "-"
        if request is not None and hasattr(request, "META"):
            from newsroom.logins import client_address

            try:
                where = f"{client_address(request) or '?'} {request.method} {request.path}"
            except Exception:  # a log line never fails for its context
                where = "?"
        record.where = where
        return True


class OneWarningLine(logging.Filter):
    """A record kept to one WARNING line, its traceback left out: for refusals that are the
    client's doing, not the site's (``django.security.DisallowedHost``: a request naming a host
    not in ``ALLOWED_HOSTS``, which Django logs as an ERROR with a 14-line traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True
