#!/usr/bin/env python
"""Search speed: 50,000 stories on PostgreSQL and on SQLite, the index against a plain scan.

    python bench/search_speed.py [--stories 50000] [--queries 200]

Starts a throwaway PostgreSQL (scripts/lib/postgres.sh, via bench/_support.py) and a temporary
SQLite file, and runs one worker process with both as Django databases. The worker generates the
synthetic archive of bench/search_quality.py (seed-style text; people, places, organisations and
numbers varied per story) and bulk-inserts it into the models and the index tables of both
databases — stories, parts, people and bylines, and one search entry per story built by
``search.indexing.build_entry`` from jieba analyses (computed once per distinct run of text
between punctuation, which is exactly how jieba segments; checked against ``search.text.analyse``
on the first stories). The databases' own triggers build the tsvector/GIN and FTS5 indexes.

It then samples 200 word queries from the corpus as the quality benchmark does (distinct words
drawn uniformly from the vocabulary) and times, for each database, in the same run:

* the index: ``search.engine.search`` over published stories (what the search page runs: the
  matches with their count, then the first page of 20 stories, ranked);
* a plain scan: published stories whose stored title or body ``icontains`` the word, newest first,
  first 20 with the total count in the same statement (one query, cheaper than two).

Prints the median and 95th percentile of each, and the ratio of the medians; then the same for the
20 words found in the most stories (the worst case: a word in half the archive). Targets on
PostgreSQL at 50,000 stories: ≥ 20× faster than the scan, median under 30 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RATIO_TARGET = 20.0
MEDIAN_TARGET_MS = 30.0
BATCH = 2000
PER_PAGE = 20
ALIASES = {"postgresql": "PostgreSQL", "default": "SQLite"}


def setup(sqlite_url: str, postgresql_url: str) -> None:
    os.environ["DATABASE_URL"] = sqlite_url
    os.environ["BENCH_POSTGRESQL_URL"] = postgresql_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    import django
    from django.conf import settings

    from newsroom.settings.database import database_from_env

    settings.DATABASES["postgresql"] = database_from_env(
        default_sqlite_path=Path("/nonexistent"), env_var="BENCH_POSTGRESQL_URL"
    )
    # Both databases are primaries here (the project's router migrates and writes "default" only).
    settings.DATABASE_ROUTERS = []
    django.setup()
    from django.core.management import call_command

    # SQLite ("default") first: django-tasks-db's migration 0016 updates its table through the
    # default database whichever is being migrated, so that table must exist there already.
    for alias in ("default", "postgresql"):
        call_command("migrate", database=alias, verbosity=0)


class Analyser:
    """``search.text.analyse`` with a cache per run of text between punctuation (jieba segments
    each such run on its own, so the result is the same; checked by :meth:`check`)."""

    def __init__(self):
        from articles.text import get_jieba
        from search.text import analyse, index_token

        jieba = get_jieba()
        self.re_han = jieba.re_han_default
        self.re_skip = jieba.re_skip_default
        self.analyse = analyse
        self.index_token = index_token
        self.cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def __call__(self, text: str):
        from search.text import Analysis

        tokens: list[str] = []
        words: list[str] = []
        for block in self.re_han.split(text):
            if not block:
                continue
            if self.re_han.match(block):
                cached = self.cache.get(block)
                if cached is None:
                    analysis = self.analyse(block, normalised=True)
                    cached = (tuple(analysis.tokens), tuple(analysis.words))
                    self.cache[block] = cached
                tokens.extend(cached[0])
                words.extend(cached[1])
            else:
                for piece in self.re_skip.split(block):
                    if piece and not self.re_skip.match(piece):
                        for ch in piece:
                            if self.index_token(ch):
                                tokens.append(ch)
                                words.append(ch)
        return Analysis(tokens, words)

    def check(self, text: str) -> None:
        expected = self.analyse(text, normalised=True)
        got = self(text)
        if (got.tokens, got.words) != (expected.tokens, expected.words):
            raise SystemExit("the cached analysis differs from search.text.analyse")


_corpus = None
_analyser: Analyser | None = None


def _entry_row(number: int) -> dict:
    """The search entry of story ``number`` (run in the worker pool)."""
    global _analyser
    from django.utils import timezone

    from search.indexing import build_entry
    from search.text import normalize

    if _analyser is None:
        _analyser = Analyser()
    story = _corpus.story(number)
    title, body = normalize(story.title), normalize(story.body)
    if number < 200:
        _analyser.check(title)
        _analyser.check(body)
    entry, _ = build_entry(
        number + 1,
        title=title,
        body=body,
        signature=str(number + 1),
        title_analysis=_analyser(title),
        body_analysis=_analyser(body),
    )
    return {
        "article_id": entry.article_id,
        "title": entry.title,
        "body": entry.body,
        "title_tokens": entry.title_tokens,
        "body_tokens": entry.body_tokens,
        "source_hash": entry.source_hash,
        "parts_signature": entry.parts_signature,
        "indexed_at": timezone.now(),
    }


def build(story_count: int, corpus) -> dict:
    """Both databases get the same stories and index entries, written in bulk batches; the jieba
    analyses run in a pool of forked workers (one per CPU)."""
    global _corpus
    from multiprocessing import get_context

    from django.db import connections

    from articles.models import Person, Publication
    from articles.progress import progress_bar
    from bench.search_quality import insert_rows, write_stories
    from search import dictionary
    from search.models import SearchEntry
    from search.text import idf_table

    _corpus = corpus
    papers = {
        alias: Publication.objects.using(alias).create(name="南通日报", slug="nantong-daily")
        for alias in ALIASES
    }
    for alias in ALIASES:  # the reporters first, so the dictionary knows them before any analysis
        Person.objects.using(alias).bulk_create([Person(name=n) for n in corpus.reporters])
    dictionary.ensure_current(force=True)
    idf_table()
    without_index_maintenance()
    connections.close_all()  # nothing open across the fork
    started = time.perf_counter()
    chars = 0
    bar = progress_bar(story_count, unit="story")
    with get_context("fork").Pool(os.cpu_count() or 1) as pool:
        for start in range(0, story_count, BATCH):
            numbers = range(start, min(start + BATCH, story_count))
            pending = pool.map_async(_entry_row, numbers, chunksize=50)
            stories = [corpus.story(n) for n in numbers]
            for alias in ALIASES:
                write_stories(stories, using=alias, paper=papers[alias])
            rows = pending.get()
            chars += sum(len(r["title"]) + len(r["body"]) for r in rows)
            for alias in ALIASES:
                insert_rows(SearchEntry, rows, using=alias)
            bar.update(len(numbers))
    bar.close()
    with_index_maintenance()
    build_seconds = time.perf_counter() - started
    with connections["postgresql"].cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    with connections["default"].cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"build_seconds": build_seconds, "average_chars": chars / story_count}


def _fulltext_migration():
    import importlib

    return importlib.import_module("search.migrations.0002_fulltext")


def without_index_maintenance() -> None:
    """Bulk-load practice: drop the full-text index (PostgreSQL GIN) and the triggers that
    feed FTS5 (SQLite) during the load; :func:`with_index_maintenance` builds them in one go."""
    from django.db import connections

    with connections["postgresql"].cursor() as cursor:
        cursor.execute("DROP INDEX search_entry_vector_gin")
    with connections["default"].cursor() as cursor:
        for name in ("insert", "delete", "update"):
            cursor.execute(f"DROP TRIGGER search_entry_fts_{name}")


def with_index_maintenance() -> None:
    """Create the GIN index and rebuild FTS5 from the entries, then restore the triggers: the
    same structures the migrations create, as if every entry had been written one by one."""
    from django.db import connections

    with connections["postgresql"].cursor() as cursor:
        cursor.execute(
            "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)"
        )
    with connections["default"].cursor() as cursor:
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for statement in _fulltext_migration().SQLITE_TRIGGERS:
            cursor.execute(statement)
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def _ms(seconds: list[float]) -> tuple[float, float]:
    values = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(values, n=20, method="inclusive")[18]
    return statistics.median(values), p95


def measure(alias: str, queries: list[str]) -> dict:
    from django.db.models import Count, Q, Window

    from articles.models import Article
    from search.engine import search

    base = Article.objects.using(alias).published()

    def index(query: str) -> int:
        result = search(base, query)
        list(result.queryset[:PER_PAGE])
        return result.total

    def scan(query: str) -> int:
        rows = list(
            base.filter(
                Q(search_entry__title__icontains=query) | Q(search_entry__body__icontains=query)
            )
            .annotate(total=Window(Count("pk")))
            .order_by("-issue__date", "page__sequence", "position")[:PER_PAGE]
        )
        return rows[0].total if rows else 0

    for query in queries[:5]:  # warm the caches
        index(query)
        scan(query)
    index_times, scan_times, index_counts, scan_counts = [], [], [], []
    for query in queries:
        started = time.perf_counter()
        index_counts.append(index(query))
        index_times.append(time.perf_counter() - started)
    for query in queries:
        started = time.perf_counter()
        scan_counts.append(scan(query))
        scan_times.append(time.perf_counter() - started)
    counts = sorted(scan_counts)
    return {
        "index": _ms(index_times),
        "scan": _ms(scan_times),
        "index_times": index_times,
        "index_found": sum(index_counts),
        "scan_found": sum(scan_counts),
        "matches": (counts[len(counts) // 2], counts[int(len(counts) * 0.95) - 1]),
    }


def worker(sqlite_url: str, postgresql_url: str, story_count: int, query_count: int) -> dict:
    setup(sqlite_url, postgresql_url)
    from bench.search_quality import Corpus, corpus_words, frequent_words, sample_queries

    corpus = Corpus()
    built = build(story_count, corpus)
    # The vocabulary of 2,000 stories spread over the archive (segmenting all 50,000 would take
    # longer than the rest of the benchmark).
    sample = [corpus.story(n) for n in range(0, story_count, max(1, story_count // 2000))]
    words = corpus_words(sample)
    queries = sample_queries(words, query_count)
    frequent = frequent_words(words)
    results = {
        name: {"sampled": measure(alias, queries), "frequent": measure(alias, frequent)}
        for alias, name in ALIASES.items()
    }
    return {"stories": story_count, "queries": len(queries), **built, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sqlite-url", help=argparse.SUPPRESS)
    parser.add_argument("--postgresql-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        result = worker(args.sqlite_url, args.postgresql_url, args.stories, args.queries)
        print(json.dumps(result))
        return

    from bench._support import throwaway_postgres, throwaway_sqlite

    with throwaway_postgres("benchdb") as postgresql_url, throwaway_sqlite() as sqlite_url:
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--worker",
                "--sqlite-url",
                sqlite_url,
                "--postgresql-url",
                postgresql_url,
                "--stories",
                str(args.stories),
                "--queries",
                str(args.queries),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
    if proc.returncode != 0:
        raise SystemExit("search_speed.py worker failed")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    print(
        f"built {r['stories']:,} stories (average {r['average_chars']:.0f} characters) in both "
        f"databases in {r['build_seconds']:.0f} s; {r['queries']} word queries sampled from the corpus"
    )
    ok = True
    for name, both in r["results"].items():
        m, f = both["sampled"], both["frequent"]
        (index_median, index_p95), (scan_median, scan_p95) = m["index"], m["scan"]
        ratio = scan_median / index_median
        if name == "PostgreSQL":
            ok &= ratio >= RATIO_TARGET and index_median < MEDIAN_TARGET_MS
        print(
            f"{name} {r['stories']:,} stories: index median {index_median:.1f} ms p95 "
            f"{index_p95:.1f} ms; icontains median {scan_median:.1f} ms p95 {scan_p95:.1f} ms; "
            f"ratio {ratio:.0f}× (target ≥ {RATIO_TARGET:.0f}×, median < {MEDIAN_TARGET_MS:.0f} ms)"
        )
        print(
            f"    {name}: matches per query median {m['matches'][0]:,}, p95 {m['matches'][1]:,}; "
            f"the index found {m['index_found']:,} of the scan's {m['scan_found']:,} matches"
        )
        (f_index_median, f_index_p95), (f_scan_median, _) = f["index"], f["scan"]
        print(
            f"    {name}, the {len(f['index_times'])} most frequent words (median "
            f"{f['matches'][0]:,} matches): index median {f_index_median:.1f} ms p95 "
            f"{f_index_p95:.1f} ms; icontains median {f_scan_median:.1f} ms; ratio "
            f"{f_scan_median / f_index_median:.0f}×"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
