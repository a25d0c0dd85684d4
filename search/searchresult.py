"""What a search gives a results page: :class:`SearchResult` (made by :mod:`search.engine`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

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
