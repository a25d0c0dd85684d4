#!/usr/bin/env python
"""The page sitemap of a large archive on PostgreSQL, with JIT compilation on and off.

    python bench/search_scale.py --keep DIR --stories 200000   # once: 50,000 pages
    python bench/sitemap_bench.py DIR [--rounds 3]

Reads the archive ``search_scale.py --keep`` left in DIR (24 pages a day, 4 stories a page, each
printed on its page; the first run gives each story its part if it has none, unpublishes every
50th story and every story of one page in 500, so pages of drafts exist). Each round times the statements of the first page of
``sitemap-pages.xml`` (Django's count, then the pages with their subqueries: the page's public
test, its newest story, its last publication) with ``jit`` on, then off, inside a transaction
(what :func:`articles.sitemaps.without_jit` does), and checks both list the same addresses.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PARTS = """
    INSERT INTO articles_articlepart (article_id, page_id, position, sequence, title_lines, blocks,
    continued_from, whole_copy) SELECT id, page_id, position, 0, '[]', '[]', '', false
    FROM articles_article
"""
DRAFTS = "UPDATE articles_article SET status = 'draft' WHERE id % 50 = 0 OR page_id % 500 = 0"


class _Site:
    domain = name = "example.com"


def _listed(jit: bool) -> tuple[list[float], float, list[str]]:
    """The sitemap's statements' times (s), this process's CPU (s) and the addresses listed."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from articles.sitemaps import PageSitemap

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT set_config('jit', %s, true)", ["on" if jit else "off"])
        cpu = time.process_time()
        with CaptureQueriesContext(connection) as queries:
            urls = PageSitemap().get_urls(page=1, site=_Site, protocol="https")
        cpu = time.process_time() - cpu
    return [float(q["time"]) for q in queries.captured_queries], cpu, [u["location"] for u in urls]


def main() -> None:
    from bench._support import setup_django
    from bench.search_scale import SERVER_OPTS, kept_postgres

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="the archive search_scale.py --keep left")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with kept_postgres(args.folder, SERVER_OPTS) as url:
        setup_django(url)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM articles_articlepart")
            parts = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM articles_article WHERE status = 'draft'")
            if parts == 0 or cursor.fetchone()[0] == 0:  # (search_scale.py writes the parts)
                if parts == 0:
                    cursor.execute(PARTS)
                cursor.execute(DRAFTS)
                cursor.execute("VACUUM ANALYZE")
        same = True
        for _ in range(args.rounds):
            on, off = _listed(True), _listed(False)
            same &= on[2] == off[2]
            for name, (times, cpu, urls) in (("jit on ", on), ("jit off", off)):
                print(
                    f"{name}: {len(urls):,} pages; statements "
                    + " + ".join(f"{t:.2f}" for t in times)
                    + f" = {sum(times):.2f} s; this process {cpu:.2f} s CPU",
                    flush=True,
                )
        print("same pages listed" if same else "PAGES DIFFER")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
