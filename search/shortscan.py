"""A short Han query's substring scan beside its prepared index matches (:mod:`search.results`):
林海 finds the stories printing it that the index's tokens miss (林海涛 cut 林 / 海涛)."""

from __future__ import annotations

from articles.models import Article
from search import engine
from search.forms import apply_filters
from search.queries import Query
from search.searchresult import SearchResult


def scan_finds_more(values: dict, q: Query, ids: list[int]) -> SearchResult | None:
    """A short Han query's (林海: :attr:`Query.name_like`) index matches ``ids`` (fewer than a
    window) with the stories the substring scan finds and they lack (林海涛 cut 林 / 海涛), as
    :func:`search.engine.scanned_too` lists them; None when there is none. One query more."""
    dates = (values.get("start"), values.get("end")) if values.keys() <= {"start", "end"} else None
    stories = apply_filters(Article.objects.public(), values, entries=True)
    scanned = engine.substring_window(stories, q, not values, dates)
    if scanned[1] <= len(ids) and set(scanned[0]) <= set(ids):
        return None
    return engine.scanned_too(stories, q, (ids, len(ids), False), scanned)
