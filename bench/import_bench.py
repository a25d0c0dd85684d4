#!/usr/bin/env python
"""Import speed: N synthetic pages in the seed's style into a fresh database, on SQLite and PostgreSQL.

    python bench/import_bench.py [--pages 1000] [--database sqlite|postgresql|both] [--workers N]
    python bench/import_bench.py --editions [FOLDER ...] [--database ...] [--workers N]
    python bench/import_bench.py ... --again

By default the pages are synthetic (bench/synthetic.py: the seed's sentences recombined, which
repeat heavily: few distinct characters and words). ``--editions`` imports real-styled text
instead: every edition (a folder with an ``edition.json``, as bench/fidelity.py reads them) under
the folders given, by default every one under tests/data/fidelity and tests/data/fidelity-* (the
project's own pages in many papers' styles and decades), all into one fresh database, each page's
paper, date and label resolved from its edition's flags by ``resolve_sources`` as
``manage.py import_pages`` resolves them. Every line printed names the text it measured.

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
``--again`` then imports the same pages a second time (all unchanged, as when a folder is
imported again after a failure or with a few pages added) and prints that import's CPU time too
(its ratio to the same ``jieba.lcut``; unchanged pages are not parsed: articles/importing/
unchanged.py). Targets: ratio ≤ 1.0, peak memory ≤ 300 MB (of the first import).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
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
ROOT = Path(__file__).resolve().parent.parent


def default_edition_folders() -> list[Path]:
    """tests/data/fidelity and every tests/data/fidelity-* folder, sorted by name."""
    data = ROOT / "tests" / "data"
    return [data / "fidelity", *sorted(data.glob("fidelity-*"))]


def synthetic_pages(pages: int, folder: Path) -> list[tuple[dict, Path]]:
    """``pages`` synthetic pages (bench/synthetic.py) written as files into ``folder``; each as
    (PageInput's fields but ``data``, the file)."""
    from bench.synthetic import archive

    made = []
    for number, (day, label, text) in enumerate(archive(pages)):
        path = folder / f"{number:06d}.txt"
        path.write_bytes(text.encode("utf-8"))
        fields = {"paper_name": "南通日报", "paper_slug": "nantong-daily", "issue_date": day}
        made.append(({**fields, "label": label, "source_name": f"{day}/{label}.txt"}, path))
    return made


def edition_pages(folders: list[Path]) -> list[tuple[dict, Path]]:
    """Every page of every edition under ``folders`` (bench/fidelity.py's ``find_editions``),
    in edition and page order; paper, date and label resolved from the edition's flags by
    ``resolve_sources`` as ``import_pages`` resolves them (the edition's slug when it names one,
    as bench/fidelity.py imports them). Raises SystemExit naming a page that cannot be resolved.

    With more than one folder, each folder's papers are kept apart: the folder's name is added
    to the paper's printed name (``华夏日报·fidelity-holdout16``) and slug. The fixture sets were
    written one at a time and reuse invented papers, dates and page labels: imported into one
    database, a later set's 华夏日报 2026-03-18 page 1 would replace an earlier set's, and the
    same pages imported again would replace each other once more (19 of 710 pages at stop 45),
    which is not what importing an archive, or the same folder again, does."""
    from articles.importing.sources import resolve_sources
    from bench.fidelity import TruthError, find_editions

    made = []
    for folder in folders:
        try:
            editions = find_editions([folder])
        except TruthError as exc:
            raise SystemExit(f"import_bench: {exc}") from None
        apart = len(folders) > 1
        for edition in editions:
            for page in edition.pages:
                sources, errors = resolve_sources(
                    [page.file], paper=edition.paper, date_value=edition.date, page=page.label
                )
                if errors:
                    raise SystemExit(f"import_bench: {page.file}: {'; '.join(errors)}")
                (source,) = sources
                name, slug = source.paper_name, edition.slug or source.paper_slug
                if apart:
                    name, slug = f"{name}·{folder.name}", f"{slug}-{folder.name.lower()}"
                fields = {
                    "paper_name": name,
                    "paper_slug": slug,
                    "issue_date": source.date,
                    "label": source.label,
                    "source_name": str(source.path),
                }
                made.append((fields, source.path))
    return made


def text_stats(texts: Iterable[str]) -> dict:
    """Characters (all, and distinct non-space ones) of the texts: how repetitive the text is."""
    chars, distinct = 0, set()
    for text in texts:
        chars += len(text)
        distinct.update(text)
    return {"chars": chars, "distinct_chars": len(distinct - set(" \t\r\n\u3000"))}


def worker(
    database_url: str,
    pages: int,
    workers: int | None,
    editions: list[str] | None = None,
    again: bool = False,
) -> dict:
    setup_django(database_url)
    from articles.importing import PageInput, pages_import
    from articles.importing.sources import read_page_file
    from articles.parsing.decoding import decode_page
    from articles.text import get_jieba

    # The pages are files, read one at a time as import_pages reads them: the importing process
    # never holds the whole run (its peak memory is the import's, at 10,000 pages as at 100).
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    if editions is None:
        texts = synthetic_pages(pages, folder)
    else:
        texts = edition_pages([Path(f) for f in editions])
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
        PageInput(**fields, data=read_page_file(path, max_bytes=10**8)) for fields, path in texts
    )
    for result in pages_import(items, workers=workers):
        if not hasattr(result, "action"):
            raise SystemExit(f"import failed: {result}")
    import_seconds = time.perf_counter() - started
    import_cpu = time.process_time() - cpu_started
    workers_cpu = children_cpu() - children_started  # the parsing workers (joined by now)
    again_cpu: float | None = None
    again_workers_cpu = 0.0
    unchanged = 0
    if again:  # the same files again, as the same run of import_pages would read them
        cpu_started, children_started = time.process_time(), children_cpu()
        items = (
            PageInput(**fields, data=read_page_file(path, max_bytes=10**8))
            for fields, path in texts
        )
        for result in pages_import(items, workers=workers):
            if not hasattr(result, "action"):
                raise SystemExit(f"second import failed: {result}")
            unchanged += result.action == "unchanged"
        again_cpu = time.process_time() - cpu_started
        again_workers_cpu = children_cpu() - children_started

    # The same page texts as the importer decoded them, read one file at a time as the import
    # read them (held all at once, 10,000 pages' texts are ≈ 60 MB, which the peak below would
    # count); decoding is outside the timing (real-styled pages may be in other encodings).
    jieba_seconds = jieba_cpu = 0.0
    shapes: list[str] = []  # each text's distinct characters (text_stats)
    chars = 0
    for _, path in texts:
        text = decode_page(path.read_bytes())[0]
        started, cpu_started = time.perf_counter(), time.process_time()
        jieba.lcut(text)
        jieba_seconds += time.perf_counter() - started
        jieba_cpu += time.process_time() - cpu_started
        chars += len(text)
        shapes.append("".join(set(text)))
    stats = {**text_stats(shapes), "chars": chars}

    from articles.models import Article, Jump

    peak = peak_rss_mb()  # before the keyword comparison below, which is not the import's
    size = sum(path.stat().st_size for _, path in texts)
    shutil.rmtree(folder)
    return {
        "text": "synthetic" if editions is None else "editions",
        **stats,
        "pages": len(texts),
        "bytes": size,
        "import_seconds": import_seconds,
        "jieba_seconds": jieba_seconds,
        "import_cpu": import_cpu,
        "again_cpu": again_cpu,
        "again_unchanged": unchanged,
        "again_workers_cpu": again_workers_cpu,
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
    from articles.models import Article, ArticlePart
    from search.keywords import KEYWORDS_PER_STORY, keywords
    from search.models import Keyword, SearchEntry
    from search.storycredits import printed_credits
    from search.storyphotos import entry_texts, story_photo_texts
    from search.text import index_token

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
    # The entry's body ends with the byline and dateline printed apart from the text, then its
    # photos' captions and credit lines, which keywords are not drawn from.
    ids = [e.article_id for e in entries]
    photos = story_photo_texts(ids)
    blocks: dict[int, list] = {}
    for article_id, part_blocks in ArticlePart.objects.filter(article_id__in=ids).values_list(
        "article_id", "blocks"
    ):
        blocks.setdefault(article_id, []).append(part_blocks)
    credits = {
        pk: len(printed_credits(byline, dateline, blocks.get(pk, ())))
        for pk, byline, dateline in Article.objects.filter(pk__in=ids).values_list(
            "pk", "byline", "dateline"
        )
    }
    for entry in entries:
        ours = stored.get(entry.article_id, [])
        shown = len(entry_texts(photos.get(entry.article_id, ())))
        shown += credits.get(entry.article_id, 0)
        text = "\n\n".join(entry.body.split("\n\n")[: -shown or None])
        theirs = [w for w, _ in keywords(jieba_words(entry.title) * 2 + jieba_words(text))]
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
    parser.add_argument("--pages", type=int, default=1000, help="synthetic pages (default 1000)")
    parser.add_argument(
        "--editions",
        nargs="*",
        type=Path,
        metavar="FOLDER",
        help="import real-styled editions instead of synthetic pages: every edition.json under "
        "the folders (default: tests/data/fidelity and tests/data/fidelity-*)",
    )
    add_database_arguments(parser)
    parser.add_argument(
        "--again",
        action="store_true",
        help="import the same pages a second time and print that import's CPU time too",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help="parsing processes (default: the command's, NEWSROOM_IMPORT_WORKERS; 0 = one process)",
    )
    args = parser.parse_args()
    if args.worker:
        editions = None if args.editions is None else [str(f) for f in args.editions]
        print(json.dumps(worker(args.database_url, args.pages, args.workers, editions, args.again)))
        return
    databases = chosen_databases(args)
    if args.editions is None:
        source = ["--pages", str(args.pages)]
        print(f"text: {args.pages} synthetic pages (bench/synthetic.py, the seed's sentences)")
    else:
        folders = [f.resolve() for f in args.editions] or default_edition_folders()
        source = ["--editions", *map(str, folders)]
        shown = ", ".join(_shown(f) for f in folders[:3]) + (
            f" and {len(folders) - 3} more" if len(folders) > 3 else ""
        )
        print(
            f"text: real-styled editions from {len(folders)} folder{'s' if len(folders) != 1 else ''} ({shown})"
        )
    runs = [["--workers", "0"], []] if args.workers is None else [["--workers", str(args.workers)]]
    runs = [[*run, "--again"] for run in runs] if args.again else runs
    results = [
        (name, r)
        for extra in runs
        for name, r in run_per_database(__file__, [*source, *extra], databases).items()
    ]
    ok = True
    for name, r in results:
        ok &= report(name, r)
    sys.exit(0 if ok else 1)


def _shown(folder: Path) -> str:
    try:
        return str(folder.relative_to(ROOT))
    except ValueError:
        return str(folder)


def report(name: str, r: dict) -> bool:
    """Print one run's lines (both name the text measured); True when its targets were met."""
    ratio = r["import_seconds"] / r["jieba_seconds"]
    peak = max(r["peak_rss_mb"], r["worker_peak_rss_mb"])
    text = "synthetic" if r.get("text", "synthetic") == "synthetic" else "real-styled editions"
    workers = (
        f"{r['workers']} parsing worker process{'es' if r['workers'] != 1 else ''} "
        f"(peak {r['worker_peak_rss_mb']:.0f} MB each at most)"
        if r["workers"]
        else "one process"
    )
    print(
        f"import {name}, {text}: {r['pages']} pages ({r['bytes'] / 1e6:.2f} MB, "
        f"{r['chars']:,} characters of {r['distinct_chars']:,} distinct, {r['articles']} stories, "
        f"{r['linked_jumps']} jumps stitched) in {r['import_seconds']:.1f} s = "
        f"{r['pages'] / r['import_seconds']:.0f} pages/s; jieba.lcut alone {r['jieba_seconds']:.1f} s; "
        f"ratio {ratio:.2f} (target ≤ {RATIO_TARGET}); peak memory {r['peak_rss_mb']:.0f} MB "
        f"(target ≤ {MEMORY_TARGET_MB} MB); {workers}"
    )
    if r["workers"]:  # CPU time of both sides: what the machine's load does not change
        print(
            f"  {name}, {text}, {r['workers']} worker{'s' if r['workers'] != 1 else ''}, CPU time: "
            f"importing process {r['import_cpu']:.1f} s + parsing workers "
            f"{r['workers_cpu']:.1f} s; jieba.lcut {r['jieba_cpu']:.1f} s; ratio of the "
            f"importing process {r['import_cpu'] / r['jieba_cpu']:.2f}, of both "
            f"{(r['import_cpu'] + r['workers_cpu']) / r['jieba_cpu']:.2f}"
        )
    else:  # CPU time of this one process: what the machine's load does not change
        k = r["keywords"]
        print(
            f"  {name}, {text}, one process, CPU time: import {r['import_cpu']:.1f} s, jieba.lcut "
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
    if r.get("again_cpu") is not None:
        print(
            f"  {name}, {text}, the same pages again ({r['again_unchanged']} of {r['pages']} "
            f"unchanged), CPU time of the importing process: {r['again_cpu']:.1f} s, ratio to "
            f"jieba.lcut {r['again_cpu'] / r['jieba_cpu']:.2f}"
            + (
                f"; parsing workers {r['again_workers_cpu']:.1f} s, ratio of both "
                f"{(r['again_cpu'] + r['again_workers_cpu']) / r['jieba_cpu']:.2f}"
                if r["workers"]
                else ""
            )
        )
    return ratio <= RATIO_TARGET and peak <= MEMORY_TARGET_MB


if __name__ == "__main__":
    main()
