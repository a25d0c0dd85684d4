"""PostgreSQL: a search over the public stories read from their index entries alone.

``Article.objects.public()`` (articles/querysets.py) is a published story in a published issue
dated inside :func:`articles.dates.issue_date_range`. The entry carries the first two as
``visible`` and the date as ``issue_date``, both kept by the database's triggers (migrations 0004
and 0005), so the public stories the index finds are the entries with ``visible``, an
``issue_date`` in the range, and the index match: no story or issue is visited to count them or
to order them newest first (``-issue_date, -article_id`` is the stories' ``-issue__date, -pk``).

Only the window's ids and the count come from here: the ranked page that shows them is still
read from the stories (``Article.objects.public()`` narrowed to those ids), so a story that is
not public is never shown even if an entry said otherwise.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q, QuerySet

from articles.dates import issue_date_range


def public_entries(alias: str, tsquery: str, parts_any: list[tuple[str, ...]] | None) -> QuerySet:
    """The :class:`~search.models.SearchEntry` rows of the public stories whose vector matches
    ``tsquery`` (``to_tsquery('simple', …)`` text, :func:`search.engine.tsquery_text`) and, unless
    ``parts_any`` is None, whose normalised title or body contains every part of one of its
    tuples (the engine's substring check). PostgreSQL only (``visible`` is NULL elsewhere)."""
    from search.models import SearchEntry

    entries = SearchEntry.objects.using(alias).filter(
        visible=True,
        issue_date__range=issue_date_range(),
        search_vector=SearchQuery(tsquery, search_type="raw", config="simple"),
    )
    if parts_any is None:
        return entries
    condition = Q()
    for parts in parts_any:
        every = Q()
        for part in parts:
            every &= Q(title__contains=part) | Q(body__contains=part)
        condition |= every
    return entries.filter(condition)
