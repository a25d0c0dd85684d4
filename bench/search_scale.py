#!/usr/bin/env python
"""Search at archive scale: 1,000,000 stories on PostgreSQL, 200,000 on SQLite, candidates side by side.

    python bench/search_scale.py [--stories 1000000] [--sqlite-stories 200000] [--queries 200]
                                 [--database both|postgresql|sqlite] [--quick]
                                 [--keep DIR | --reuse DIR]

``--keep DIR`` builds the PostgreSQL archive in a server whose data stays in DIR (stopped, not
deleted, at the end); ``--reuse DIR`` starts a server on it again and only measures (pending
migrations are applied first, as on a real archive), so the engine can be iterated on against a
1,000,000-story archive that took half an hour to build.

A newspaper group's 30 years. Building such an archive through the importer would take days, so
the stories are **pre-segmented synthetic** ones written straight into the tables with COPY
(PostgreSQL) or executemany (SQLite), the full-text index built once at the end:

* words are drawn from jieba's own dictionary with its frequencies (a Zipf-like law: a few words
  in most stories, most words in a few), clauses of 4–14 words joined by ，and 。, a title deck of
  5–10 words; 96 stories a day (24 pages of 4) from 1996 on, so 1,000,000 stories span 28 years;
* the normalised text and the space-joined tokens go into ``search_searchentry`` as the indexer
  writes them (the tokens are the words: the text is already segmented), the database's trigger
  computes the ``tsvector`` (PostgreSQL) and FTS5 is rebuilt from the entries (SQLite).

Then the same queries run against every candidate: 200 words drawn uniformly from the words the
archive uses (two or more characters, what readers type: mostly rare words and names) and the 20
words in the most stories (the worst case). Each query asks for the first page (20 stories) and
the number of matches, ordered two ways: **relevance** (rank, then newer) and **newest first**.

Candidates (PostgreSQL):

* ``engine``: what the search page runs today, :func:`search.engine.search` (GIN on the
  ``tsvector``; the newest :data:`search.engine.RANK_WINDOW` matches ranked with ``ts_rank``,
  counted up to :data:`search.engine.COUNT_CAP`; on PostgreSQL the window and count of a common
  word are read first among the entries of the newest :data:`search.engine.RECENT_ENTRIES`
  stories, by the entry's ``issue_date``; over the public stories with no filter, as the search
  page without filters runs it, from the entries alone, by their ``visible`` flag:
  :mod:`search.public`; a common word's recent matches from the GIN index of the newest entries,
  :mod:`search.recent`; the page of a ranked window in two steps, :mod:`search.pages`);
* ``gin``: the same GIN index queried for one page directly: newest first straight from the
  article rows, relevance as ``ts_rank`` over the newest window, and the count capped;
* ``rum``: a RUM index (Debian's ``postgresql-15-rum``) over the ``tsvector`` with the story's
  date attached (``rum_tsvector_addon_ops``), so both orderings come out of the index itself:
  ``<=>`` to the query (relevance) and ``<=>`` to a date (newest first). Skipped, and said so,
  when the extension is not installed.

On SQLite the engine (FTS5) is measured. Prints medians and 95th percentiles with the targets:
on PostgreSQL at 1,000,000 stories, median < 20 ms and p95 < 100 ms including the frequent words,
in both orderings; and the time to build the archive.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MEDIAN_TARGET_MS = 20.0
P95_TARGET_MS = 100.0
PER_PAGE = 20
PER_DAY = 96
PER_PAGE_STORIES = 4
BATCH = 5000
COUNT_CAP = 10_000
START = date(1996, 1, 1)
# The bench's server: durability off (a bench archive), caches sized for an archive server.
SERVER_OPTS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=2GB "
    "-c effective_cache_size=12GB -c maintenance_work_mem=2GB -c max_wal_size=8GB "
    "-c checkpoint_timeout=30min"
)


# The archive -----------------------------------------------------------------------------------


class Vocabulary:
    """jieba's dictionary words (Han characters only) with cumulative frequencies for sampling."""

    def __init__(self):
        from articles.text import get_jieba

        jieba = get_jieba()
        words, cumulative, total = [], [], 0
        path = Path(jieba.__file__).parent / "dict.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            word, freq, *_ = line.split(" ")
            if all("\u4e00" <= ch <= "\u9fff" for ch in word):
                total += int(freq)
                words.append(word)
                cumulative.append(total)
        self.words = words
        self.cumulative = cumulative

    def pool(self, size: int, seed: int) -> list[str]:
        return random.Random(seed).choices(self.words, cum_weights=self.cumulative, k=size)


class Archive:
    """Deterministic pre-segmented stories: ``story(n)`` → (title words, body clauses)."""

    def __init__(self, vocabulary: Vocabulary, seed: int = 3):
        self.pool = vocabulary.pool(3_000_000, seed)
        self.seed = seed

    def story(self, number: int) -> tuple[list[str], list[list[str]]]:
        rng = random.Random(self.seed * 1_000_003 + number)
        pool, size = self.pool, len(self.pool) - 20
        title_at = rng.randrange(size)
        title = pool[title_at : title_at + rng.randint(5, 10)]
        clauses = []
        for _ in range(rng.randint(10, 30)):
            at = rng.randrange(size)
            clauses.append(pool[at : at + rng.randint(4, 14)])
        return title, clauses

    def photo(self, page: int) -> list[str]:
        """A caption's words for the photo standing alone on page ``page`` (6–20 words)."""
        rng = random.Random(self.seed * 2_000_003 + page)
        at = rng.randrange(len(self.pool) - 20)
        return self.pool[at : at + rng.randint(6, 20)]

    @staticmethod
    def day(number: int) -> date:
        return START + timedelta(days=number // PER_DAY)


def _text(clauses: list[list[str]]) -> str:
    return "".join("".join(c) + ("。" if i % 3 == 2 else "，") for i, c in enumerate(clauses))


def build(alias: str, story_count: int, archive: Archive) -> dict:
    """Write ``story_count`` stories with their search entries; return the build time."""
    from django.db import connections

    from articles.models import Article, ArticlePart, Issue, Page, Publication
    from bench.search_quality import insert_rows
    from search.models import SearchEntry
    from search.text import index_token

    vendor = connections[alias].vendor
    now = datetime.now(UTC)
    started = time.perf_counter()
    paper = Publication.objects.using(alias).create(name="南通日报", slug="nantong-daily")
    days = (story_count + PER_DAY - 1) // PER_DAY
    pages_per_day = PER_DAY // PER_PAGE_STORIES
    insert_rows(
        Issue,
        [
            {
                "id": d + 1,
                "publication_id": paper.pk,
                "date": START + timedelta(days=d),
                "number": None,
                "status": "published",
                "published_at": now,
                "publish_acknowledged_chains": "[]",
                "publish_acknowledged_texts": "[]",
                "publish_override": False,
                "created_at": now,
                "updated_at": now,
            }
            for d in range(days)
        ],
        using=alias,
    )
    for first in range(0, days, 2000):
        insert_rows(
            Page,
            [
                {
                    "id": d * pages_per_day + p + 1,
                    "issue_id": d + 1,
                    "label": f"A{p + 1}",
                    "sequence": p + 1,
                    "section": "要闻",
                    "raw_text": "",
                    "raw_encoding": "",
                    "checksum": "",
                    "parser_version": 0,
                    "source_name": "",
                    "imported_at": None,
                    "parser_flags": "[]",
                }
                for d in range(first, min(first + 2000, days))
                for p in range(pages_per_day)
            ],
            using=alias,
        )
    _photos_alone(alias, archive, days * pages_per_day, now)
    _without_index(alias)
    for first in range(0, story_count, BATCH):
        articles, entries = [], []
        for n in range(first, min(first + BATCH, story_count)):
            title, clauses = archive.story(n)
            day, slot = divmod(n, PER_DAY)
            headline = "".join(title)
            articles.append(
                {
                    "id": n + 1,
                    "issue_id": day + 1,
                    "page_id": day * pages_per_day + slot // PER_PAGE_STORIES + 1,
                    "position": slot % PER_PAGE_STORIES + 1,
                    "kicker": "",
                    "headline": headline,
                    "subheadline": "",
                    "dateline": "本报讯",
                    "byline": "",
                    "status": "published",
                    "publish_acknowledged_texts": "[]",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            entries.append(
                {
                    "article_id": n + 1,
                    "title": headline,
                    "body": _text(clauses),
                    "title_tokens": " ".join(w for w in title if index_token(w)),
                    "body_tokens": " ".join(w for c in clauses for w in c if index_token(w)),
                    "source_hash": "",
                    "parts_signature": str(n + 1),
                    "indexed_at": now,
                }
            )
        insert_rows(Article, articles, using=alias)
        # each story printed on its page (before its entry: the entry's labels, search.0010)
        insert_rows(ArticlePart, [_part(a) for a in articles], using=alias)
        insert_rows(SearchEntry, entries, using=alias)
        if first // BATCH % 20 == 0:
            print(f"  {alias}: {first + len(articles):,} stories", file=sys.stderr, flush=True)
    _with_index(alias)
    with connections[alias].cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vendor == "postgresql" else "ANALYZE")
    return {"build_seconds": time.perf_counter() - started}


def _part(article: dict) -> dict:
    """The one part of a synthetic story: printed whole on its page."""
    return {
        "article_id": article["id"],
        "page_id": article["page_id"],
        "position": article["position"],
        "sequence": 0,
        "title_lines": "[]",
        "blocks": "[]",
        "continued_from": "",
        "whole_copy": False,
    }


#: Photos standing alone (picture news, no story): one on every this many pages.
PHOTO_EVERY = 2
PHOTO_CREDITS = ("记者 林晓舟摄", "本报记者 何晓雨 摄", "通讯员 王建国摄")


def _photos_alone(alias: str, archive: Archive, pages: int, now: datetime) -> None:
    """A photo standing alone on every :data:`PHOTO_EVERY`-th page, with its index entry (the
    database's trigger fills its vector), as :mod:`search.photoindex` writes them."""
    from articles.models import Photo
    from bench.search_quality import insert_rows
    from search.models import PhotoEntry
    from search.text import index_token

    for first in range(0, pages, BATCH * PHOTO_EVERY):
        photos, entries = [], []
        for page in range(first, min(first + BATCH * PHOTO_EVERY, pages), PHOTO_EVERY):
            words = archive.photo(page)
            credit = PHOTO_CREDITS[page % len(PHOTO_CREDITS)]
            photos.append(
                {
                    "id": page + 1,
                    "page_id": page + 1,
                    "position": 90,
                    "caption": "".join(words) + "。",
                    "credit_line": credit,
                    "image": "",
                    "rendition": "",
                    "thumbnail": "",
                    "article_id": None,
                    "edited_at": None,
                }
            )
            entries.append(
                {
                    "photo_id": page + 1,
                    "caption": "".join(words) + "。",
                    "credit": credit,
                    "caption_tokens": " ".join(w for w in words if index_token(w)),
                    "credit_tokens": " ".join(credit.replace("摄", " ").split()),
                    "source_hash": "",
                    "indexed_at": now,
                }
            )
        insert_rows(Photo, photos, using=alias)
        insert_rows(PhotoEntry, entries, using=alias)


def _without_index(alias: str) -> None:
    from django.db import connections

    with connections[alias].cursor() as cursor:
        if connections[alias].vendor == "postgresql":
            cursor.execute("DROP INDEX search_entry_vector_gin")
            cursor.execute("DROP INDEX search_entry_characters_gin")
        else:
            for name in ("insert", "delete", "update"):
                cursor.execute(f"DROP TRIGGER search_entry_fts_{name}")


def _with_index(alias: str) -> None:
    from django.db import connections

    from bench.search_speed import _fulltext_migration

    with connections[alias].cursor() as cursor:
        if connections[alias].vendor == "postgresql":
            cursor.execute("SET maintenance_work_mem = '2GB'")
            cursor.execute(
                "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)"
            )
            cursor.execute(  # (migration search.0008's)
                "CREATE INDEX search_entry_characters_gin ON search_searchentry "
                "USING gin (search_characters(title, body))"
            )
        else:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            for statement in _fulltext_migration().SQLITE_TRIGGERS:
                cursor.execute(statement)
    if connections[alias].vendor == "postgresql":
        from search import recent

        recent.rebuild(alias)  # (migration 0006 found the table empty: no index of the newest)


# Queries ---------------------------------------------------------------------------------------


def choose_queries(archive: Archive, story_count: int, count: int) -> tuple[list[str], list[str]]:
    """``count`` words drawn uniformly from the words of 2,000 stories spread over the archive,
    and the 20 words (two or more characters, not stop words) in the most of those stories."""
    from collections import Counter

    from search.text import STOP_WORDS

    stories_with: Counter[str] = Counter()
    step = max(1, story_count // 2000)
    for n in range(0, story_count, step):
        title, clauses = archive.story(n)
        words = set(title) | {w for c in clauses for w in c}
        stories_with.update(w for w in words if len(w) >= 2 and w not in STOP_WORDS)
    sampled = random.Random(11).sample(sorted(stories_with), count)
    frequent = [w for w, _ in sorted(stories_with.items(), key=lambda i: (-i[1], i[0]))[:20]]
    return sampled, frequent


#: Han characters the synthetic archive never prints (its vocabulary is everyday words).
ABSENT_CHARACTERS = "龘靐齉麤爩驫灪籱鱻厵"


def choose_characters(archive: Archive, story_count: int) -> list[str]:
    """20 queries of one Han character (matched by the substring scan, search.engine): the 10
    in the most of 2,000 stories spread over the archive, and 10 drawn uniformly from the
    others."""
    from collections import Counter

    stories_with: Counter[str] = Counter()
    step = max(1, story_count // 2000)
    for n in range(0, story_count, step):
        title, clauses = archive.story(n)
        text = "".join(title) + "".join(w for c in clauses for w in c)
        stories_with.update({ch for ch in text if "\u4e00" <= ch <= "\u9fff"})
    ranked = [ch for ch, _ in sorted(stories_with.items(), key=lambda i: (-i[1], i[0]))]
    return ranked[:10] + random.Random(13).sample(ranked[10:], min(10, len(ranked) - 10))


def _ms(seconds: list[float]) -> tuple[float, float]:
    values = sorted(s * 1000 for s in seconds)
    return statistics.median(values), statistics.quantiles(values, n=20, method="inclusive")[18]


def backend_cpu(alias: str):
    """A function giving the CPU seconds (user + system) the database server's process for
    ``alias`` has used so far, read from ``/proc`` (PostgreSQL on this host, readable by this
    user); None when it cannot be read (SQLite runs in this process: its time is the client's).
    The kernel counts in ticks (10 ms): meaningful summed over many queries, not for one."""
    from django.db import connections

    connection = connections[alias]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        stat = Path(f"/proc/{cursor.fetchone()[0]}/stat")
    tick = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime (fields 14 and 15)

    try:
        used()
    except OSError:
        return None
    return used


def _timed(run, queries: list[str], server=None) -> dict:
    """Wall time of each query (median, p95), the median match count, and the CPU time per
    query, mean over the queries: this process's and, given ``server`` (:func:`backend_cpu`),
    the database server's. CPU time is what a loaded, shared machine does not inflate."""
    for query in queries[:3]:
        run(query)
    times, counts = [], []
    client, backend = time.process_time(), server() if server else 0.0
    for query in queries:
        started = time.perf_counter()
        counts.append(run(query))
        times.append(time.perf_counter() - started)
    client = (time.process_time() - client) / len(queries)
    backend = (server() - backend) / len(queries) if server else None
    return {
        "ms": _ms(times),
        "matches": sorted(counts)[len(counts) // 2],
        "cpu_ms": [client * 1000, None if backend is None else backend * 1000],
    }


def engine_runner(alias: str, order: str):
    """What the search page runs (search.engine.search over the public stories, no filter),
    one page of 20, read as the search page reads it (search.pages.page: a ranked window's page
    in two steps, the window's ranks read with it: ``ranks=True``, as the search page asks);
    newest first is the same result ordered by the issue's date, page, position and id (no
    ranks read)."""
    from articles.models import Article
    from search.engine import search
    from search.pages import page

    base = Article.objects.using(alias).public()

    def run(query: str) -> int:
        result = search(base, query, public=True, ranks=order == "relevance")
        page(result, 0, PER_PAGE, newest=order == "newest")
        return result.total

    return run


def filtered_runner(alias: str, values: dict):
    """What the search page runs for a query with a filter (``search.results.found`` with the
    filter ``values``: the paper's slug, keeping every story of the archive), one page of 20,
    relevance first: for one Han character, the index of characters joined to the filter or,
    for a character in most stories, the walk along the dates (search.engine)."""
    from search.queries import parse_query
    from search.results import found

    def run(query: str) -> int:
        result, listed = found(values, parse_query(query))
        listed[0:PER_PAGE]
        return result.total

    return run


def photo_runner(alias: str, queries: list[str]):
    """The search page's 「图片」 section (search.photohits.found_photos: the photos standing
    alone, newest six, no filter) for each of ``queries``, given the stories' result, which is
    found first and not timed."""
    from articles.models import Article
    from search.engine import search
    from search.photohits import found_photos

    base = Article.objects.using(alias).public()
    results = {query: search(base, query, public=True) for query in queries}

    def run(query: str) -> int:
        return len(found_photos({}, results[query]).photos)

    return run


GIN_NEWEST = """
    SELECT a.id FROM articles_article a
    JOIN search_searchentry e ON e.article_id = a.id
    JOIN articles_issue i ON i.id = a.issue_id
    WHERE e.search_vector @@ to_tsquery('simple', %s) AND a.status = 'published'
    ORDER BY i.date DESC, a.id DESC LIMIT {limit}
"""
GIN_COUNT = f"""
    SELECT count(*) FROM (SELECT 1 FROM search_searchentry e
    WHERE e.search_vector @@ to_tsquery('simple', %s) LIMIT {COUNT_CAP + 1}) t
"""
RUM_NEWEST = """
    SELECT article_id FROM search_searchentry
    WHERE search_vector @@ to_tsquery('simple', %s)
    ORDER BY rum_date <=> '3000-01-01'::timestamp LIMIT {limit}
"""
RUM_RELEVANCE = """
    SELECT article_id FROM search_searchentry
    WHERE search_vector @@ to_tsquery('simple', %s)
    ORDER BY search_vector <=> to_tsquery('simple', %s) LIMIT {limit}
"""


def sql_runner(alias: str, candidate: str, order: str):
    """The GIN and RUM candidates in SQL: a page of 20 ids and the match count (capped)."""
    from django.db import connections

    from search.engine import parse_query, tsquery_text

    connection = connections[alias]

    def run(query: str) -> int:
        text = tsquery_text(parse_query(query).terms)
        with connection.cursor() as cursor:
            if candidate == "gin" and order == "newest":
                cursor.execute(GIN_NEWEST.format(limit=PER_PAGE), [text])
            elif candidate == "gin":
                cursor.execute(GIN_NEWEST.format(limit=1000), [text])
                window = [row[0] for row in cursor.fetchall()]
                cursor.execute(
                    "SELECT article_id FROM search_searchentry WHERE article_id = ANY(%s) "
                    "ORDER BY ts_rank(search_vector, to_tsquery('simple', %s)) DESC LIMIT 20",
                    [window, text],
                )
            elif order == "newest":
                cursor.execute(RUM_NEWEST.format(limit=PER_PAGE), [text])
            else:
                cursor.execute(RUM_RELEVANCE.format(limit=PER_PAGE), [text, text])
            cursor.fetchall()
            cursor.execute(GIN_COUNT, [text])
            return cursor.fetchone()[0]

    return run


def add_rum(alias: str) -> tuple[bool, float, str]:
    """Create the RUM candidate: the story's date on the entry and a RUM index over both."""
    from django.db import connections

    started = time.perf_counter()
    with connections[alias].cursor() as cursor:
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        except Exception as error:  # the extension's files are not installed
            return False, 0.0, str(error).splitlines()[0]
        cursor.execute("ALTER TABLE search_searchentry ADD COLUMN rum_date timestamp")
        cursor.execute("UPDATE search_searchentry SET rum_date = issue_date")
        cursor.execute("SET maintenance_work_mem = '512MB'")
        cursor.execute(
            "CREATE INDEX search_entry_rum ON search_searchentry USING rum "
            "(search_vector rum_tsvector_addon_ops, rum_date) WITH (attach = 'rum_date', "
            "to = 'search_vector')"
        )
        cursor.execute("VACUUM ANALYZE search_searchentry")
    return True, time.perf_counter() - started, ""


def index_size(alias: str, name: str) -> int:
    from django.db import connections

    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_relation_size(%s)", [name])
        return cursor.fetchone()[0]


def worker(
    database_url: str,
    story_count: int,
    query_count: int,
    candidates: list[str],
    *,
    reuse: bool = False,
) -> dict:
    from bench._support import setup_django

    migrate_started = time.perf_counter()
    setup_django(database_url)
    from django.db import connections

    vendor = connections["default"].vendor
    started = time.perf_counter()
    archive = Archive(Vocabulary())
    if reuse:
        with connections["default"].cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # what a migration's backfill left behind
        built = {"build_seconds": 0.0, "migrate_seconds": time.perf_counter() - migrate_started}
        story_count = _stored_stories("default")
    else:
        built = build("default", story_count, archive)
    sampled, frequent = choose_queries(archive, story_count, query_count)
    results: dict[str, dict] = {}

    server = backend_cpu("default")

    def measure(name: str, make) -> None:
        results[name] = {
            f"{order} {kind}": _timed(make(order), queries, server)
            for order in ("relevance", "newest")
            for kind, queries in (("sampled", sampled), ("frequent", frequent))
        }

    measure("engine", lambda order: engine_runner("default", order))
    characters = choose_characters(archive, story_count)
    for order in ("relevance", "newest"):
        results["engine"][f"{order} chars"] = _timed(
            engine_runner("default", order), characters, server
        )
    # Characters in no story: the scan reads every public entry (the worst case of one).
    results["engine"]["absent chars"] = _timed(
        engine_runner("default", "relevance"), list(ABSENT_CHARACTERS), server
    )
    # With a filter (a paper keeping every story): the stories the filter leaves, not the
    # public entries alone.
    paper = {"paper": "nantong-daily"}
    results["engine"]["filtered chars"] = _timed(
        filtered_runner("default", paper), characters, server
    )
    results["engine"]["filtered absent"] = _timed(
        filtered_runner("default", paper), list(ABSENT_CHARACTERS), server
    )
    # With dates alone (the middle third of the archive): a common character walks the entries'
    # dates from the last one (search.characters.dated_walk), a rare one reads its index.
    days = (story_count + PER_DAY - 1) // PER_DAY
    dated = {
        "start": START + timedelta(days=days // 3),
        "end": START + timedelta(days=days * 2 // 3),
    }
    results["engine"]["dated chars"] = _timed(filtered_runner("default", dated), characters, server)
    # With a 版名 keeping every story and a 版次 keeping one in 24 (each story's part on its page):
    # a common character takes its window from the newest holding it, or reads window and count
    # in one statement (search.characters.common_window).
    for name, values in (("section chars", {"section": "要闻"}), ("label chars", {"label": "A1"})):
        results["engine"][name] = _timed(filtered_runner("default", values), characters, server)
    for kind, queries in (("sampled", sampled), ("frequent", frequent), ("chars", characters)):
        results.setdefault("photos", {})[kind] = _timed(
            photo_runner("default", queries), queries, server
        )
    extra: dict[str, object] = {"photos": _stored_photos("default")}
    if vendor == "postgresql" and "gin" in candidates:
        measure("gin", lambda order: sql_runner("default", "gin", order))
    if vendor == "postgresql":
        from search import recent

        extra["gin_mb"] = index_size("default", "search_entry_vector_gin") / 2**20
        extra["characters_mb"] = index_size("default", "search_entry_characters_gin") / 2**20
        since = recent.bound("default")
        if since is not None:
            extra["recent"] = {
                "since": since.isoformat(),
                "mb": index_size("default", recent.INDEX) / 2**20,
            }
    if vendor == "postgresql" and "rum" in candidates:
        ok, seconds, why = add_rum("default")
        extra["rum"] = {"available": ok, "build_seconds": seconds, "why": why}
        if ok:
            extra["rum_mb"] = index_size("default", "search_entry_rum") / 2**20
            measure("rum", lambda order: sql_runner("default", "rum", order))
    return {
        "stories": story_count,
        "queries": len(sampled),
        **built,
        **extra,
        "results": results,
        "seconds": time.perf_counter() - started,
    }


def _stored_photos(alias: str) -> int:
    from articles.models import Photo

    return Photo.objects.using(alias).filter(article__isnull=True).count()


def _stored_stories(alias: str) -> int:
    from django.db import connections

    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_article")
        return cursor.fetchone()[0]


_KEPT_START = r"""
source scripts/lib/postgres.sh
PG_BIN=$(_pg_find_bin) || exit 1
PG_DIR=$1; PG_PORT=$(_pg_free_port)
fresh=0
if [[ ! -d "$PG_DIR/data" ]]; then
  fresh=1
  mkdir -p "$PG_DIR" && { [[ $(id -u) -ne 0 ]] || chown postgres: "$PG_DIR"; }
  _pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust --locale=C.UTF-8 --encoding=UTF8 \
    -U postgres >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
fi
_pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 120 -l "$PG_DIR/log" start \
  -o "-k $PG_DIR -p $PG_PORT -c listen_addresses=127.0.0.1 $2" >&2 || exit 1
[[ $fresh -eq 0 ]] || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scaledb || exit 1
printf '%s\n%s\n' "$PG_BIN" "postgres://postgres@127.0.0.1:$PG_PORT/scaledb"
"""


@contextlib.contextmanager
def kept_postgres(folder: str, server_opts: str) -> Iterator[str]:
    """A PostgreSQL server whose data lives in ``folder`` (created with the server's ``initdb``
    when missing, reused as it is otherwise); yields its URL; stops it and keeps the data."""
    import shlex
    import subprocess

    folder = str(Path(folder).resolve())
    out = subprocess.run(
        ["bash", "-c", _KEPT_START, "kept", folder, server_opts],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    pg_bin, url = out[0], out[1]
    try:
        yield url
    finally:
        stop = (
            f"source scripts/lib/postgres.sh; PG_DIR={shlex.quote(folder)}; "
            f'_pg_as_owner {shlex.quote(pg_bin)}/pg_ctl -D "$PG_DIR/data" -w -m fast stop'
        )
        subprocess.run(["bash", "-c", stop], cwd=ROOT, check=False, capture_output=True)


def ensure_rum() -> None:
    """Install Debian's RUM extension for the PostgreSQL that scripts/lib/postgres.sh runs, when it
    is missing and this is Debian as root; otherwise leave it (the RUM candidate is then skipped,
    and the report says why)."""
    import glob
    import shutil
    import subprocess

    majors = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not majors or os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    major = Path(majors[-1]).parent.parent.name
    if Path(f"/usr/share/postgresql/{major}/extension/rum.control").exists():
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", f"postgresql-{major}-rum"]
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True)
        subprocess.run(install, env=env, capture_output=True)


def main() -> None:
    from bench._support import (
        add_database_arguments,
        chosen_databases,
        run_worker,
        throwaway_postgres,
        throwaway_sqlite,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1_000_000, help="PostgreSQL's archive")
    parser.add_argument("--sqlite-stories", type=int, default=200_000, help="SQLite's archive")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="20,000 stories on each database")
    parser.add_argument(
        "--candidates",
        default="gin,rum",
        help="PostgreSQL candidates besides the engine, comma-separated (gin, rum; '' for none): "
        "building RUM takes about as long as building the archive",
    )
    kept = parser.add_mutually_exclusive_group()
    kept.add_argument("--keep", metavar="DIR", help="build PostgreSQL's archive in DIR, keep it")
    kept.add_argument("--reuse", metavar="DIR", help="measure the archive --keep left in DIR")
    add_database_arguments(parser)
    args = parser.parse_args()
    if args.worker:
        candidates = [c for c in args.candidates.split(",") if c]
        figures = worker(
            args.database_url, args.stories, args.queries, candidates, reuse=bool(args.reuse)
        )
        print(json.dumps(figures))
        return
    if args.keep or args.reuse:
        args.database = "postgresql"
    if args.quick:
        args.stories = args.sqlite_stories = 20_000
    figures: dict[str, dict] = {}
    for database in chosen_databases(args):
        size = args.stories if database == "postgresql" else args.sqlite_stories
        argv = ["--stories", str(size), "--queries", str(args.queries)]
        argv += ["--candidates", args.candidates] + (["--reuse", args.reuse] if args.reuse else [])
        if database == "postgresql":
            if "rum" in args.candidates.split(","):
                ensure_rum()
            folder = args.keep or args.reuse
            server = kept_postgres(folder, SERVER_OPTS) if folder else None
            with server or throwaway_postgres("scaledb", SERVER_OPTS) as url:
                figures["PostgreSQL"] = run_worker(__file__, url, argv)
        else:
            with throwaway_sqlite() as url:
                figures["SQLite"] = run_worker(__file__, url, argv)
    sys.exit(0 if report(figures, quick=args.quick) else 1)


def _cpu(row: dict) -> str:
    """``; CPU a query: 4.1 ms here + 9.8 ms server`` (the mean per query), or nothing for
    figures from before CPU was measured."""
    if "cpu_ms" not in row:
        return ""
    client, server = row["cpu_ms"]
    return f"; CPU a query: {client:.1f} ms here" + (
        f" + {server:.1f} ms server" if server is not None else ""
    )


def report(figures: dict[str, dict], *, quick: bool) -> bool:
    ok = True
    for name, r in figures.items():
        built = (
            f"built {r['stories']:,} stories in {r['build_seconds']:.0f} s "
            f"({r['stories'] / r['build_seconds']:,.0f} stories/s)"
            if r["build_seconds"]
            else f"reused {r['stories']:,} stories (migrated in {r['migrate_seconds']:.0f} s)"
        )
        print(
            f"{name}: {built}; {r['queries']} sampled words + the 20 most frequent; "
            f"whole run {r['seconds']:.0f} s"
            + (f"; {r['photos']:,} photos standing alone" if "photos" in r else "")
        )
        if "recent" in r:
            print(
                f"    index of the newest entries (search.recent): dated {r['recent']['since']} "
                f"or later, {r['recent']['mb']:.0f} MB (GIN of every entry {r['gin_mb']:.0f} MB)"
            )
        if "characters_mb" in r:
            print(f"    index of characters (search.0008): {r['characters_mb']:.0f} MB")
        if "rum" in r:
            rum = r["rum"]
            if rum["available"] and "rum_mb" in r:
                print(
                    f"    RUM index built in {rum['build_seconds']:.0f} s, {r['rum_mb']:.0f} MB "
                    f"(GIN {r['gin_mb']:.0f} MB)"
                )
            else:
                print(f"    RUM not available ({rum['why']}): measured GIN only")
        for candidate, rows in r["results"].items():
            for label, row in rows.items():
                median, p95 = row["ms"]
                met = median < MEDIAN_TARGET_MS and p95 < P95_TARGET_MS
                # (one Han character: the substring scan, measured, no target of its own)
                chosen = candidate == "engine" and not label.endswith(("chars", "absent"))
                if chosen and name == "PostgreSQL":
                    ok &= met or quick
                print(
                    f"    {name} {candidate:6} {label:19} median {median:7.1f} ms p95 "
                    f"{p95:7.1f} ms (median matches {row['matches']:,})"
                    + (
                        f"; target median < {MEDIAN_TARGET_MS:.0f} ms, p95 < "
                        f"{P95_TARGET_MS:.0f} ms: {'met' if met else 'NOT met'}"
                        if chosen
                        else ""
                    )
                    + _cpu(row)
                )
    return ok


if __name__ == "__main__":
    main()
