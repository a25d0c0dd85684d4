"""A page of a ranked window (:func:`search.engine.window_result`) in two steps on PostgreSQL:
the order's leading keys from the index entries alone, then only the stories that can be on the
page joined and ordered as the window's queryset orders them.

A window of up to :data:`search.engine.RANK_WINDOW` matches is listed best first by
``ts_rank``, then the issue's date, then page, position and id (:func:`search.engine._ordered`);
newest first, by the date, then page, position and id. Its queryset computes every match's rank
and joins every match to its story, issue and page to sort them, for a page of 20: at 1,000,000
stories 30 µs a match (bench/search_scale.py), most of a search's time. But the rank and the
date are both on the entry (the vector; ``issue_date``, kept equal to the issue's date by the
triggers of migration 0004), so:

1. one statement reads each window entry's rank (relevance) and date — no story, issue or page
   (none when the window came with what the order needs, its dates and, best first, its ranks:
   :class:`search.window.WindowIds`);
2. sorted by those leading keys, the page's first and last rows fix a range of keys, and the rows
   with a key in that range (the page's, and any tied with its edges) are the candidates; the
   rows with a better key all come before the page in the full order, however the ties below are
   broken, and are counted;
3. the window's queryset, built again for the candidates alone, orders them fully; the page is
   its rows from (offset − those counted) on. When the window is the public stories'
   (``search(..., public=True)``) that statement is prepared once per shape from the same
   functions (:func:`_prepared_rows`), over ``Article.objects.public()``.

The same rows as slicing the queryset, not an estimate: both steps compute the rank with the
same function on the same vectors, and the date is the issue's. Should any candidate not come
back (the story stopped being public between the two statements), the page is read the one-step
way. SQLite, and results that are not a ranked window (the substring fallback), take one step.
"""

from __future__ import annotations

from django.db import connections, router
from django.db.models import QuerySet

from articles.models import Article
from search.engine import Query, SearchResult, tsquery_text, window_result
from search.lookups import id_array
from search.prepared import NotPrepared, Shapes

#: The full orders: the window's queryset's own (relevance), and newest first.
NEWEST = ("-issue__date", "page__sequence", "position", "pk")


def _leading_keys(result: SearchResult, newest: bool) -> list[tuple[tuple, int]]:
    """``[(key, story id)]`` for the window's entries, best first, the key being
    ``(rank, date)`` (relevance) or ``(date,)`` (newest), best first meaning greatest first.
    Newest first, the dates the window was found with (:class:`search.window.WindowIds`) when
    it has them; best first, its dates and ranks when it has both (the ranks computed by the
    same expression on the same entries, :func:`search.public.prepared_window`)."""
    alias, ids = result.queryset.db, result.window[1]
    dates, ranks = getattr(ids, "dates", None), getattr(ids, "ranks", None)
    if newest and dates is not None:
        keyed = [((day,), pk) for pk, day in zip(ids, dates, strict=True)]
    elif dates is not None and ranks is not None:
        keyed = [((rank, day), pk) for pk, day, rank in zip(ids, dates, ranks, strict=True)]
    else:
        with connections[alias].cursor() as cursor:
            if newest:
                cursor.execute(
                    "SELECT issue_date, article_id FROM search_searchentry "
                    "WHERE article_id = ANY(%s::bigint[])",
                    [id_array(ids)],
                )
                keyed = [((day,), pk) for day, pk in cursor.fetchall()]
            else:
                cursor.execute(
                    "SELECT ts_rank(search_vector, to_tsquery('simple', %s)), issue_date, "
                    "article_id FROM search_searchentry WHERE article_id = ANY(%s::bigint[])",
                    [tsquery_text(result.query.terms), id_array(ids)],
                )
                keyed = [((rank, day), pk) for rank, day, pk in cursor.fetchall()]
    keyed.sort(reverse=True)
    return keyed


def _ordered(queryset: QuerySet, newest: bool, columns: list[str] | None) -> QuerySet:
    queryset = queryset.order_by(*NEWEST) if newest else queryset
    return queryset if columns is None else queryset.values_list(*columns)


def page(
    result: SearchResult,
    offset: int,
    limit: int,
    *,
    newest: bool = False,
    columns: list[str] | None = None,
) -> list:
    """Rows ``offset`` to ``offset + limit`` of ``result``'s stories, best first (or ``newest``
    first): stories, or tuples of ``columns`` (``values_list``) when given. Exactly
    ``result.queryset`` ordered and sliced so (see the module's notes); two statements and a
    page's worth of stories joined when ``result`` is a ranked window on PostgreSQL."""
    ordered = _ordered(result.queryset, newest, columns)
    if result.window is None or connections[ordered.db].vendor != "postgresql" or limit <= 0:
        return list(ordered[offset : offset + limit])
    keyed = _leading_keys(result, newest)
    if offset >= len(keyed):
        return []
    first, last = keyed[offset][0], keyed[min(offset + limit, len(keyed)) - 1][0]
    before = sum(1 for key, _ in keyed if key > first)
    candidates = [pk for key, pk in keyed if first >= key >= last]
    rows = _prepared_rows(result, candidates, newest, columns)
    if rows is None:
        # The window's queryset built again for the candidates alone: the same filters, order.
        narrowed = window_result(result.window[0], result.query, candidates, 0, False).queryset
        rows = list(_ordered(narrowed, newest, columns))
    if len(rows) != len(candidates):
        return list(ordered[offset : offset + limit])
    return rows[offset - before : offset - before + limit]


#: A story's columns, for stories made from a prepared query's rows.
_FIELDS = tuple(field.attname for field in Article._meta.concrete_fields)


def _candidates_query(shape: tuple):
    """The statement of a page's candidates over the public stories (:func:`page`'s second
    step, when the window is ``Article.objects.public()``'s): ``shape`` is (terms, newest first,
    columns or None for stories); its arguments the terms, then the ids' array text."""
    terms, newest, columns = shape

    def build(*args):
        q = Query("", (), tuple(args[:terms]))
        ranked = window_result(Article.objects.public(), q, args[terms], 0, False).queryset
        ordered = _ordered(ranked, newest, None)
        return ordered.values_list(*(columns or (*_FIELDS, "search_rank")))

    return (str,) * (terms + 1), build


_CANDIDATES = Shapes(Article, _candidates_query)


def _prepared_rows(
    result: SearchResult, candidates: list[int], newest: bool, columns: list[str] | None
) -> list | None:
    """:func:`page`'s candidates ordered, from a statement prepared once per shape
    (:mod:`search.prepared`: building and compiling it with the ORM cost the client more than
    PostgreSQL spent running it), when ``result`` searched exactly the public stories (its
    window came from their index entries, :class:`search.engine.WindowIds`) on the database
    public reads go to; stories made as the queryset makes them (``search_rank`` set). None
    otherwise, or for a word a prepared query cannot take: the caller asks the ORM."""
    alias = result.queryset.db
    if not getattr(result.window[1], "public", False) or alias != router.db_for_read(Article):
        return None
    # Newest first, columns without the rank name no term (the ids were matched already).
    terms = () if newest and columns and "search_rank" not in columns else result.query.terms
    shape = (len(terms), newest, tuple(columns) if columns else None)
    try:
        rows = _CANDIDATES.get(shape).rows(*terms, id_array(candidates))[1]
    except NotPrepared:
        return None
    if columns:
        return rows
    stories = []
    for row in rows:
        story = Article.from_db(alias, _FIELDS, row[:-1])
        story.search_rank = row[-1]
        stories.append(story)
    return stories
