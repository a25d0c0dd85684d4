#!/usr/bin/env python
"""Jump resolution cost: all jumps of a synthetic archive (~4 jumps per front page), by archive size.

    python bench/jumps_bench.py [--sizes 250,500,1000] [--database sqlite|postgresql|both]

Each archive (its own paper) is imported with resolution switched off, then every issue's jumps
are resolved and timed. Prints the time per size and how the cost per page grows from the
smallest to the largest archive (1.0 = exactly linear; target: near linear, ≤ 1.3).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import add_database_arguments, chosen_databases, run_per_database, setup_django

GROWTH_TARGET = 1.3


def worker(database_url: str, sizes: list[int]) -> dict:
    setup_django(database_url)
    from unittest import mock

    from articles.continuations import issue_jumps_resolve
    from articles.importing import pipeline
    from articles.models import Issue, Jump
    from articles.text import get_jieba
    from bench.synthetic import archive

    get_jieba().lcut("预热")  # load the dictionary before any timing
    results = []
    for size in sizes:
        slug = f"bench-{size}"
        with (
            mock.patch.object(pipeline, "jumps_resolve", lambda issues, **kwargs: []),
            mock.patch("search.indexing.index_pages_import", lambda pages, **kwargs: None),
        ):
            for day, label, text in archive(size):
                pipeline.page_import(
                    paper_name=f"基准报{size}",
                    paper_slug=slug,
                    issue_date=day,
                    label=label,
                    data=text.encode("utf-8"),
                )
        issues = list(Issue.objects.filter(publication__slug=slug))
        started = time.perf_counter()
        for issue in issues:
            issue_jumps_resolve(issue)
        seconds = time.perf_counter() - started
        forward = Jump.objects.filter(
            part__page__issue__publication__slug=slug, direction="forward"
        )
        results.append(
            {
                "pages": size,
                "seconds": seconds,
                "jumps": forward.count(),
                "linked": forward.filter(state="linked").count(),
            }
        )
    return {"sizes": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000")
    add_database_arguments(parser)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.worker:
        print(json.dumps(worker(args.database_url, sizes)))
        return
    databases = chosen_databases(args)
    results = run_per_database(__file__, ["--sizes", args.sizes], databases)
    ok = True
    for name, result in results.items():
        rows = result["sizes"]
        for row in rows:
            print(
                f"jumps {name}: {row['pages']} pages, {row['jumps']} forward jumps "
                f"({row['linked']} linked) resolved in {row['seconds']:.2f} s = "
                f"{row['seconds'] / row['pages'] * 1000:.1f} ms per page"
            )
        first, last = rows[0], rows[-1]
        growth = (last["seconds"] / last["pages"]) / (first["seconds"] / first["pages"])
        ok &= growth <= GROWTH_TARGET
        print(
            f"jumps {name}: cost per page at {last['pages']} pages / at {first['pages']} pages = "
            f"{growth:.2f} (1.0 = linear; target ≤ {GROWTH_TARGET})"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
