"""A window of a search's matches as the engine found it: its ids and what came with them."""

from __future__ import annotations

from datetime import date


class WindowIds(list):
    """The ids of a window of matches, newest first (a list), and, when the statement that found
    them read them too, each one's issue date (``dates``, in the same order; else None): what
    :func:`search.pages.page` orders a page newest first by, without asking again."""

    dates: list[date] | None = None
    #: Found among the public stories' entries (a search with ``public=True``).
    public: bool = False


def window_ids(rows: list) -> WindowIds:
    """The :class:`WindowIds` of a window's rows ``(story id, issue date, count)``."""
    pks, days, _ = zip(*rows, strict=True) if rows else ((), (), ())
    ids = WindowIds(pks)
    ids.dates = list(days)
    return ids
