"""A window of a search's matches as the engine found it: its ids and what came with them."""

from __future__ import annotations

from datetime import date


class WindowIds(list):
    """The ids of a window of matches, newest first (a list), and, when the statement that found
    them read them too, each one's issue date (``dates``, in the same order; else None) and
    rank (``ranks``: ``ts_rank`` of its index entry for the query's terms, as
    :func:`search.pages.page` computes it; else None): what :func:`search.pages.page` orders a
    page by, without asking again."""

    dates: list[date] | None = None
    ranks: list[float] | None = None
    #: Found among the public stories' entries (a search with ``public=True``).
    public: bool = False
    #: The dated window (:func:`search.engine.newest_window`: among the newest entries), not
    #: every match's, when the statement that found them may give either.
    dated: bool = True


def window_ids(rows: list) -> WindowIds:
    """The :class:`WindowIds` of a window's rows ``(story id, issue date, count)`` or ``(story
    id, issue date, count, rank, dated)`` (:func:`search.public.prepared_window`); the ranks
    are kept only when every row has one."""
    ids = WindowIds(row[0] for row in rows)
    ids.dates = [row[1] for row in rows]
    if rows and len(rows[0]) > 3:
        if all(row[3] is not None for row in rows):
            ids.ranks = [row[3] for row in rows]
        ids.dated = rows[0][4]
    return ids
