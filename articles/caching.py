"""One content version for the whole public site, so a cache never outlives an edit.

Every public response is keyed on (and its ETag derived from) :func:`content_version`. Anything
that changes what readers may see calls :func:`bump_content_version`: the import service, jump
resolution, publishing, and every admin save or delete (see ``articles/apps.py``, which connects
``post_save``/``post_delete`` of the content models to it — queryset ``update()`` calls bypass
signals, so code that uses them calls ``bump_content_version`` itself). The version lives in the
configured cache (Redis in production, shared by every worker and host), so no server restart is
ever needed to see an edit.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import transaction

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


def bump_content_version() -> None:
    """Invalidate every cached public page, once the current transaction commits.

    Once per transaction, however many rows it saves (an import saves hundreds)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        here = set(connection.savepoint_ids)
        if any(sids == here and func is _bump for sids, func, *_ in connection.run_on_commit):
            return  # already due when this (savepoint of the) transaction commits
    transaction.on_commit(_bump)


def bump_on_change(sender, **kwargs) -> None:
    """Signal receiver for post_save / post_delete / m2m_changed of content models."""
    bump_content_version()
