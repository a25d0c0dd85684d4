"""What a search gives a results page: :class:`SearchResult` (made by :mod:`search.engine`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from search.lookups import among, title_first
from search.queries import Query


@dataclass
class SearchResult:
    """A result list for a paginator: ``count()`` is known, slicing evaluates the queryset.

    ``total`` is every match (``capped``: at least that many, :data:`COUNT_CAP`); ``listed`` how
    many can be paged through: all of them, or, when there are more than :data:`RANK_WINDOW`, the
    newest :data:`RANK_WINDOW`, ranked. ``fallback``: found by the substring scan; ``loose``:
    no story has the query's characters together, these have all its words apart. ``window``: a
    ranked window's (stories searched, ids) (:func:`window_result`), for :mod:`search.pages`.
    ``scanned_since``: only the stories dated then or later were read (a one-character scan
    without the index of characters: :func:`character_scan_since`); None: all of them."""

    query: Query
    queryset: QuerySet
    total: int
    fallback: bool
    listed: int = -1
    capped: bool = False
    loose: bool = False
    window: tuple[QuerySet, list[int]] | None = None
    scanned_since: date | None = None

    def __post_init__(self) -> None:
        if self.listed < 0:
            self.listed = self.total

    @property
    def windowed(self) -> bool:
        return self.listed < self.total

    def count(self) -> int:
        return self.listed

    __len__ = count

    def __getitem__(self, index):
        return self.queryset[index]


def scanned_too(queryset: QuerySet, q: Query, indexed: tuple, scanned: tuple) -> SearchResult:
    """The result of a :attr:`~search.queries.Query.name_like` query whose substring scan
    (``scanned``: :func:`search.engine.substring_window`'s) found stories printing it that the index's
    matches (``indexed``: ids, total, capped) lack (林海 in 林海涛, cut 林 / 海涛): both
    windows listed as the scan lists its stories, a title holding the parts first, then
    newest; counted as the larger (every index match prints the parts, but for a letter-spaced
    run the index reads unspaced)."""
    ids, total, capped, since = scanned
    ids = list(dict.fromkeys([*indexed[0], *ids]))
    total, capped = max(total, indexed[1], len(ids)), capped or indexed[2]
    found = title_first(among(queryset, "pk", ids), q)
    return SearchResult(q, found, total, True, len(ids), capped, scanned_since=since)
