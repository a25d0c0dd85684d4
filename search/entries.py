"""A story's search entry and keywords: built from its analysed title and body, written in bulk.

:func:`build_entry` and :func:`write_entries` take and give :class:`~search.models.SearchEntry`
objects; :func:`entry_row` and :func:`write_rows` the same values as tuples (the indexer's own
path, :mod:`search.indexing`: no model object per story).
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Callable, Iterable
from itertools import chain

from django.db import connections, router, transaction
from django.utils import timezone

from articles.bulk import insert_rows, rows_delete, written
from search.keywords import keywords
from search.models import Keyword, SearchEntry
from search.text import Analysis, analyse

_ENTRY_FIELDS = [
    "title",
    "body",
    "title_tokens",
    "body_tokens",
    "source_hash",
    "parts_signature",
    "indexed_at",
]


def parts_signature(part_ids: Iterable[int]) -> str:
    """The parts an entry was built from: their ids in order, comma-separated."""
    return ",".join(str(pk) for pk in part_ids)


def source_hash(title: str, body: str) -> str:
    """The SHA-256 (hex) of the normalised title and body an entry was built from."""
    return hashlib.sha256(f"{title}\x00{body}".encode()).hexdigest()


def build_entry(
    article_id: int,
    *,
    title: str,
    body: str,
    signature: str,
    title_analysis: Analysis | None = None,
    body_analysis: Analysis | None = None,
) -> tuple[SearchEntry, list[KeywordRow]]:
    """The entry and keywords of one story from its normalised title and body: the keywords as
    :data:`KeywordRow` tuples ``(article_id, word, weight, rank)``, the columns
    :func:`write_entries` inserts (a model object per keyword cost more than its insert).

    The analyses may be passed in when the caller has them already (the speed benchmark builds
    stories from pre-analysed sentences); otherwise the texts are segmented here, once each."""
    title_analysis = title_analysis or analyse(title, normalised=True)
    body_analysis = body_analysis or analyse(body, normalised=True)
    row, rows = entry_row(article_id, title, body, signature, title_analysis, body_analysis)
    return SearchEntry(**dict(zip(_ENTRY_ROW, row, strict=True))), rows


def entry_row(
    article_id: int,
    title: str,
    body: str,
    signature: str,
    title_analysis: Analysis,
    body_analysis: Analysis,
    keywords_from: Analysis | None = None,
) -> tuple[EntryRow, list[KeywordRow]]:
    """:func:`build_entry`'s entry as an :data:`EntryRow` (what the index writes; no model
    object: :func:`search.indexing.index_articles` makes thousands), and its keyword rows.
    ``keywords_from``: the part of the body the keywords are drawn from, when not all of it
    (a story's paragraphs, not its photos' captions; default ``body_analysis``)."""
    made = entry_made(title, body, title_analysis, body_analysis, keywords_from)
    return made_row(article_id, signature, made)


def entry_made(
    title: str,
    body: str,
    title_analysis: Analysis,
    body_analysis: Analysis,
    keywords_from: Analysis | None = None,
) -> MadeEntry:
    """What :func:`entry_row` makes of a story's texts and their analyses, without the story's
    id and parts (the same for any story printing them: :mod:`search.entriesahead`)."""
    # The title's words count twice: a word in the headline says more about the story.
    words = title_analysis.words * 2 + (keywords_from or body_analysis).words
    return (
        title,
        body,
        title_analysis.joined(),
        body_analysis.joined(),
        source_hash(title, body),
        [(word[:50], weight) for word, weight in keywords(words, text=f"{title}\n{body}")],
    )


def made_row(article_id: int, signature: str, made: MadeEntry) -> tuple[EntryRow, list[KeywordRow]]:
    """The entry and keyword rows of story ``article_id`` (its parts' ``signature``) from
    ``made`` (:func:`entry_made`)."""
    title, body, title_tokens, body_tokens, hashed, words = made
    entry = (article_id, title, body, title_tokens, body_tokens, hashed, signature)
    return entry, [(article_id, word, weight, rank) for rank, (word, weight) in enumerate(words)]


#: :func:`entry_made`'s: the normalised title and body, their tokens joined, the body's
#: :func:`source_hash` and the keywords ``[(word, weight)]``, best first.
MadeEntry = tuple[str, str, str, str, str, list[tuple[str, float]]]
#: A keyword row as :func:`build_entry` makes it: ``(article_id, word, weight, rank)``.
KeywordRow = tuple[int, str, float, int]
#: An entry as the index writes it: the values of :data:`_ENTRY_ROW`, in that order.
EntryRow = tuple[int, str, str, str, str, str, str]
_ENTRY_ROW = ("article_id", *_ENTRY_FIELDS[:-1])  # all but indexed_at
_KEYWORD_COLUMNS = ("article_id", "word", "weight", "rank")
# Every column of an entry, as bulk_create wrote them (the database's triggers fill the last
# three); the ones a re-indexed story's row takes are _ENTRY_FIELDS.
_ENTRY_COLUMNS = (*_ENTRY_ROW, "indexed_at", "search_vector", "issue_date", "visible")
_entry_values = operator.attrgetter(*_ENTRY_ROW)


def write_entries(
    entries: list[SearchEntry],
    keyword_rows: list[KeywordRow],
    *,
    replaced: Iterable[int] | None = None,
) -> None:
    """Upsert ``entries`` and replace their stories' keywords, in bulk (one ``executemany``
    each: :func:`articles.bulk.insert_rows`). ``replaced``: the stories that may have keywords
    already (default: all of them)."""
    if not entries:
        return
    replaced = [e.article_id for e in entries] if replaced is None else list(replaced)
    write_rows([_entry_values(e) for e in entries], keyword_rows, replaced)


def write_rows(
    entries: list[EntryRow], keyword_rows: list[KeywordRow], replaced: list[int]
) -> None:
    """:func:`write_entries` of :data:`EntryRow` tuples (``replaced`` as there, given)."""
    if not entries:
        return
    now = timezone.now()
    # No savepoint of its own: inside an import, the import's transaction is the unit. The
    # entries go many to a statement: SQLite's trigger that fills the full-text table costs
    # more a statement than a row (1,136 entries of bench/import_bench.py's 500 pages: 0.26 s
    # one a statement, 0.14 s ninety to a statement), and the rows are the same either way.
    with transaction.atomic(savepoint=False):
        insert_rows(
            SearchEntry,
            _ENTRY_COLUMNS,
            [(*entry, now, None, None, None) for entry in entries],
            conflict="article",
            update=_ENTRY_FIELDS,
            together=True,
        )
        if replaced:
            rows_delete(Keyword, "article", replaced)
        _insert_keywords(keyword_rows)


def _insert_keywords(rows: list[KeywordRow]) -> None:
    """Insert keyword rows, many to a statement (``INSERT … VALUES (…), (…), …``, as many as the
    connection takes parameters: 249 rows on SQLite), in the order given: the rows
    :func:`articles.bulk.insert_rows` writes, ids in the same order, with the values as they
    are. They are already what the fields would make of them (an int, a str, a float, an int:
    ``get_db_prep_save`` returns the same values; on PostgreSQL it wraps the rank in psycopg's
    ``Int2``, which only says how to send the same number), and preparing the four values of
    every row through the fields cost more than inserting them (about 23,600 rows for the
    fixture editions: bench/import_bench.py --editions). Many to a statement rather than one
    ``executemany`` row a statement: SQLite's work a statement (its AUTOINCREMENT counter
    written again each time) cost about a third of inserting them."""
    if not rows:
        return
    connection = connections[router.db_for_write(Keyword)]
    quote = connection.ops.quote_name
    meta = Keyword._meta
    names = ", ".join(quote(meta.get_field(name).column) for name in _KEYWORD_COLUMNS)
    marks = "(" + ", ".join(["%s"] * len(_KEYWORD_COLUMNS)) + ")"
    fields = [meta.get_field(name) for name in _KEYWORD_COLUMNS]
    size = max(1, min(connection.ops.bulk_batch_size(fields, rows), 65_535 // len(fields)))
    start = f"INSERT INTO {quote(meta.db_table)} ({names}) VALUES "
    for at in range(0, len(rows), size):
        chunk = rows[at : at + size]
        written(connection, start + ", ".join([marks] * len(chunk)), list(chain(*chunk)))


def in_keyset_pages(
    queryset,
    batch_size: int,
    index: Callable[[list[int]], int],
    progress: Callable[[int, int], None] | None,
    total: int,
) -> tuple[int, int]:
    """``index(ids)`` over the primary keys of ``queryset``, in keyset pages of ``batch_size``
    ids, ascending (a query a page: no table is held in memory, and rows added meanwhile are
    not missed); ``progress(done, max(total, done))`` after each page. Returns ``(ids looked
    at, the sum of what index returned)`` (entries written)."""
    done, written, last = 0, 0, 0
    while True:
        chunk = list(
            queryset.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:batch_size]
        )
        if not chunk:
            return done, written
        written += index(chunk)
        done += len(chunk)
        last = chunk[-1]
        if progress:
            progress(done, max(total, done))
