"""The stories that may hold words the dictionary has just learned, found through the index
(:func:`search.indexing.reindex_segmented_as` re-indexes them).

:func:`stories_holding_any` gives the ids :func:`search.engine.index_filter_any` gives for the
same queries, its substring check made here, in Python, on the few stories the index finds,
instead of ORed into the statement: building that condition with the ORM (two ``contains``
lookups a word, up to a hundred words a statement) cost more of the importing process's CPU
than running the statement (``bench/import_bench.py --editions``: 16 statements, 2–48 words
each, 0–25 stories found by the index each).
"""

from __future__ import annotations

from django.db import connections, router

from articles.models import Article
from articles.queries import Prepared
from search.matchtext import any_match_text, index_filter_text
from search.queries import Query

#: The stories the index matches for a query text (:func:`~search.engine.any_match_text`), with
#: their entry's title and body: ``index_filter_any(Article.objects.order_by(), queries,
#: check=False)``'s rows, built once per connection (the query text is its one parameter).
_FOUND = Prepared(
    Article,
    (str,),
    lambda text: index_filter_text(
        Article.objects.order_by(), text, connections[router.db_for_read(Article)].vendor
    ).values_list("pk", "search_entry__title", "search_entry__body"),
)

# SQLite's LIKE (Django's ``contains`` there) ignores the case of ASCII letters, and of them only;
# PostgreSQL's LIKE ignores none.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _like_form(vendor: str):
    """What the database's ``contains`` compares of a text: the text, or on SQLite the text
    with its ASCII capitals in lower case."""
    if vendor == "sqlite":
        return lambda text: (text or "").translate(_ASCII_LOWER)
    return lambda text: text or ""


def stories_holding_any(queries: list[Query]) -> set[int]:
    """The ids of the stories ``index_filter_any(Article.objects.all(), queries)`` finds: those
    the full-text index matches for any of ``queries`` whose entry's title or body holds every
    part of one of them (when every query needs that check, :attr:`Query.needs_check`), as the
    database's ``contains`` compares (SQLite: ASCII letters in either case). One statement."""
    queries = [q for q in queries if q.terms]
    if not queries:
        return set()
    vendor = connections[router.db_for_read(Article)].vendor
    rows = _FOUND.rows(any_match_text(queries, vendor))[1]
    if not all(q.needs_check for q in queries):
        return {pk for pk, _, _ in rows}
    form = _like_form(vendor)
    wanted = [[form(part) for part in q.parts] for q in queries if q.terms and q.parts]
    if not wanted:  # (no part to look for: the check narrows nothing, as an empty ``Q()``)
        return {pk for pk, _, _ in rows}
    ids = set()
    for pk, title, body in rows:
        title, body = form(title), form(body)
        if any(all(part in title or part in body for part in parts) for parts in wanted):
            ids.add(pk)
    return ids
