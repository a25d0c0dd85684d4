"""The lead a page shows for each story printed on it: its part's first paragraph, or, for a
whole copy of a story held on another page (``ArticlePart.whole_copy``: no text of its own), the
story's (its first part's)."""

from __future__ import annotations

from collections.abc import Sequence

from articles.public import first_paragraph_in


def page_leads(rows, page_id: int | None, columns: Sequence[str]) -> dict[int, str]:
    """``{part id: the first paragraph of its text}`` for the parts of ``rows`` (the page's
    parts query's, :data:`articles.selectors.pages._PRINTED_PARTS`: ``columns`` first, the
    blocks as the database gives them last but one, ordered by story and sequence) printed on the page
    ``page_id``. A whole copy with no text shows its story's first part's (whose row comes
    first); its blocks are decoded only then (:func:`articles.public.first_paragraph_in`)."""
    story, page, sequence, copy = (
        columns.index(name) for name in ("article_id", "page_id", "sequence", "whole_copy")
    )
    leads: dict[int, str] = {}
    home: dict[int, object] = {}  # story id → its first part's blocks, as read
    for row in rows:
        if row[sequence] == 0:
            home.setdefault(row[story], row[-2])
        if row[page] == page_id and row[0] not in leads:
            own = first_paragraph_in(row[-2])
            if row[copy] and not own:
                own = first_paragraph_in(home.get(row[story], "[]"))
            leads[row[0]] = own
    return leads
