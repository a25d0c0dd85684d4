"""The full-text index's query text for several queries at once, and the stories it matches:
what :func:`search.engine.index_filter_any` narrows a queryset by, and what
:mod:`search.learnedwords` runs as a statement built once (the text its one parameter)."""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db.models import QuerySet

from search.lookups import fts5_match_text
from search.public import tsquery_text
from search.queries import Query


def any_match_text(queries: list[Query], vendor: str) -> str:
    """The index's query text matching any of ``queries`` (each with terms) on the database
    ``vendor``: a ``tsquery`` on PostgreSQL, an FTS5 ``MATCH`` text elsewhere (SQLite)."""
    if vendor == "postgresql":
        return " | ".join(f"({tsquery_text(q.terms)})" for q in queries)
    return " OR ".join(f"({fts5_match_text(q.terms)})" for q in queries)


def index_filter_text(queryset: QuerySet, text: str, vendor: str) -> QuerySet:
    """``queryset`` narrowed to the stories the index matches for ``text``
    (:func:`any_match_text` on ``vendor``), its one parameter."""
    if vendor == "postgresql":
        return queryset.filter(
            search_entry__search_vector=SearchQuery(text, search_type="raw", config="simple")
        )
    return queryset.filter(search_fts__document__match=text)
