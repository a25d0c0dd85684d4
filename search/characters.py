"""A query of one Han character searched on SQLite: a bounded scan.

A part of one Han character (报, 龘) is matched as a substring (:mod:`search.engine`'s notes). On
PostgreSQL a search over the public stories reads it from the index of characters (migration
``search.0008``, :func:`search.public.public_substring_entries`): every story holding it, at
any archive size. SQLite has no such index: it is a scan of the stories' normalised text,
≈ 2.5 µs a story (0.5 s at 200,000 stories for a character no story prints). So that scan reads
the newest :data:`CHARACTER_SCAN` stories of those searched only, and the results page says
from which date on, and how to search earlier ones (an end date, the word the character is in).

(A search with filters on PostgreSQL still scans the stories the filters leave, as before: a
date bound did not drive its plans, bench/HISTORY.md, stop 54.)
"""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from search.queries import Query

#: The stories a one-character scan reads at most (newest first, from the issue date of the last
#: of them): ≈ 50–100 ms (bench/search_scale.py).
CHARACTER_SCAN = 20_000


def character_scan_since(queryset: QuerySet, q: Query) -> date | None:
    """For a query with a part of one Han character scanned without the index of characters
    (SQLite):
    the issue date of the :data:`CHARACTER_SCAN`-th newest story of ``queryset`` (stories),
    from which on its stories are scanned; None when ``q`` has no such part or ``queryset``
    holds no more stories than that (every one is read). One query."""
    if not q.characters:
        return None
    newest = queryset.order_by("-issue__date", "-pk").values_list("issue__date", flat=True)
    return newest[CHARACTER_SCAN - 1 : CHARACTER_SCAN].first()
