#!/usr/bin/env python
"""Import speed: N synthetic pages in the seed's style into a fresh database, on SQLite and PostgreSQL.

    python bench/import_bench.py [--pages 1000] [--database sqlite|postgresql|both] [--workers N]

Prints pages per second, peak memory (max RSS of the importing process, and of its largest
parsing worker) and the ratio of the import time to a plain ``jieba.lcut`` over the same page
texts, measured in the same run (the machines are noisy, so only ratios are compared). The
import is what ``manage.py import_pages`` does: ``pages_import`` in batches, indexing and
keywords included, run twice: in one process (``--workers 0``) and with the command's default
number of parsing workers (one per CPU but one); ``--workers N`` runs only that. The search
index is segmented with the index segmenter (rjieba when installed: search/text.py). The
ratio is of wall times; CPU times are printed too (of the one process; with workers, of the
importing process and of its workers), since on a shared machine the wall times mostly say how
long each waited for a CPU.
Targets: ratio ≤ 1.0, peak memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import (
    add_database_arguments,
    chosen_databases,
    peak_rss_mb,
    run_per_database,
    setup_django,
)

RATIO_TARGET = 1.0
MEMORY_TARGET_MB = 300


def worker(database_url: str, pages: int, workers: int | None) -> dict:
    setup_django(database_url)
    from articles.importing import PageInput, pages_import
    from articles.text import get_jieba
    from bench.synthetic import archive

    # The pages are files, read one at a time as import_pages reads them: the importing process
    # never holds the whole run (its peak memory is the import's, at 10,000 pages as at 100).
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    texts = []
    for number, (day, label, text) in enumerate(archive(pages)):
        path = folder / f"{number:06d}.txt"
        path.write_bytes(text.encode("utf-8"))
        texts.append((day, label, path))
    jieba = get_jieba()  # load the dictionary outside both timings
    jieba.lcut("预热")
    kept = tables_kept(jieba)  # the tag and IDF tables an earlier process kept (or not: made here)

    # What ``manage.py import_pages`` does with a folder of pages: the service, in its batches,
    # with the command's default number of worker processes.
    from django.conf import settings

    if workers is None:
        workers = settings.NEWSROOM_IMPORT_WORKERS
    started, cpu_started = time.perf_counter(), time.process_time()
    children_started = children_cpu()
    items = (
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=day,
            label=label,
            data=path.read_bytes(),
            source_name=f"{day}/{label}.txt",
        )
        for day, label, path in texts
    )
    for result in pages_import(items, workers=workers):
        if not hasattr(result, "action"):
            raise SystemExit(f"import failed: {result}")
    import_seconds = time.perf_counter() - started
    import_cpu = time.process_time() - cpu_started
    workers_cpu = children_cpu() - children_started  # the parsing workers (joined by now)

    started, cpu_started = time.perf_counter(), time.process_time()
    for _, _, path in texts:
        jieba.lcut(path.read_bytes().decode("utf-8"))
    jieba_seconds = time.perf_counter() - started
    jieba_cpu = time.process_time() - cpu_started

    from articles.models import Article, Jump

    peak = peak_rss_mb()  # before the keyword comparison below, which is not the import's
    size = sum(path.stat().st_size for _, _, path in texts)
    shutil.rmtree(folder)
    return {
        "pages": len(texts),
        "bytes": size,
        "import_seconds": import_seconds,
        "jieba_seconds": jieba_seconds,
        "import_cpu": import_cpu,
        "workers_cpu": workers_cpu,
        "jieba_cpu": jieba_cpu,
        "articles": Article.objects.count(),
        "linked_jumps": Jump.objects.filter(state="linked", direction="forward").count(),
        "peak_rss_mb": peak,
        "keywords": keyword_agreement(jieba),
        "workers": workers,
        "tables_kept": kept,
        "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def children_cpu() -> float:
    """CPU seconds (user and system) of this process's children that have ended."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tables_kept(jieba) -> bool:
    """Whether jieba's part-of-speech tags and the IDF table are read from the copies an earlier
    process kept on disk (:mod:`articles.tablecache`) rather than parsed from jieba's files inside
    the timed import (about 1 s more, once per machine and jieba version)."""
    from articles.text import posseg_tags_path
    from search.text import idf_table_path

    paths = [posseg_tags_path(jieba), idf_table_path()]
    return all(path.exists() for path in paths)


def keyword_agreement(jieba, sample: int = 300) -> dict:
    """The stored keywords (TF-IDF over the index segmenter's words, search/text.py) against
    the same TF-IDF over plain jieba's words, on a sample of the imported stories: the mean
    share of the top ``KEYWORDS_PER_STORY`` they have in common, and how many are identical."""
    from search.models import Keyword, SearchEntry
    from search.text import KEYWORDS_PER_STORY, index_token, keywords

    def jieba_words(text: str) -> list[str]:
        words = []
        for paragraph in text.split("\n\n"):
            words.extend(w for w in jieba.lcut(paragraph) if index_token(w))
        return words

    shares, same, n = 0.0, 0, 0
    entries = SearchEntry.objects.order_by("pk")[:sample]
    stored: dict[int, list[str]] = {}
    for article_id, word in (
        Keyword.objects.filter(article_id__in=[e.article_id for e in entries])
        .order_by("article_id", "rank")
        .values_list("article_id", "word")
    ):
        stored.setdefault(article_id, []).append(word)
    for entry in entries:
        ours = stored.get(entry.article_id, [])
        theirs = [w for w, _ in keywords(jieba_words(entry.title) * 2 + jieba_words(entry.body))]
        if not theirs:
            continue
        n += 1
        shares += len(set(ours) & set(theirs)) / len(theirs)
        same += ours == theirs
    return {
        "stories": n,
        "overlap": shares / n if n else 1.0,
        "identical": same,
        "top": KEYWORDS_PER_STORY,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    add_database_arguments(parser)
    parser.add_argument(
        "--workers",
        type=int,
        help="parsing processes (default: the command's, NEWSROOM_IMPORT_WORKERS; 0 = one process)",
    )
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.database_url, args.pages, args.workers)))
        return
    databases = chosen_databases(args)
    runs = [["--workers", "0"], []] if args.workers is None else [["--workers", str(args.workers)]]
    results = [
        (name, r)
        for extra in runs
        for name, r in run_per_database(
            __file__, ["--pages", str(args.pages), *extra], databases
        ).items()
    ]
    ok = True
    for name, r in results:
        ratio = r["import_seconds"] / r["jieba_seconds"]
        peak = max(r["peak_rss_mb"], r["worker_peak_rss_mb"])
        ok &= ratio <= RATIO_TARGET and peak <= MEMORY_TARGET_MB
        workers = (
            f"{r['workers']} parsing worker process{'es' if r['workers'] != 1 else ''} "
            f"(peak {r['worker_peak_rss_mb']:.0f} MB each at most)"
            if r["workers"]
            else "one process"
        )
        print(
            f"import {name}: {r['pages']} pages ({r['bytes'] / 1e6:.1f} MB, {r['articles']} stories, "
            f"{r['linked_jumps']} jumps stitched) in {r['import_seconds']:.1f} s = "
            f"{r['pages'] / r['import_seconds']:.0f} pages/s; jieba.lcut alone {r['jieba_seconds']:.1f} s; "
            f"ratio {ratio:.2f} (target ≤ {RATIO_TARGET}); peak memory {r['peak_rss_mb']:.0f} MB "
            f"(target ≤ {MEMORY_TARGET_MB} MB); {workers}"
        )
        if r["workers"]:  # CPU time of both sides: what the machine's load does not change
            print(
                f"  {name}, {r['workers']} worker{'s' if r['workers'] != 1 else ''}, CPU time: "
                f"importing process {r['import_cpu']:.1f} s + parsing workers "
                f"{r['workers_cpu']:.1f} s; jieba.lcut {r['jieba_cpu']:.1f} s; ratio of the "
                f"importing process {r['import_cpu'] / r['jieba_cpu']:.2f}, of both "
                f"{(r['import_cpu'] + r['workers_cpu']) / r['jieba_cpu']:.2f}"
            )
        else:  # CPU time of this one process: what the machine's load does not change
            k = r["keywords"]
            print(
                f"  {name}, one process, CPU time: import {r['import_cpu']:.1f} s, jieba.lcut "
                f"{r['jieba_cpu']:.1f} s, ratio {r['import_cpu'] / r['jieba_cpu']:.2f}"
                + (" (the database server's own CPU not counted)" if name == "PostgreSQL" else "")
                + f"; keywords vs plain jieba's words: overlap@{k['top']} {k['overlap']:.3f}, "
                f"identical in {k['identical']} of {k['stories']} stories"
                + (
                    ""
                    if r.get("tables_kept", True)
                    else "; jieba's tag and IDF tables made in this run"
                )
            )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
