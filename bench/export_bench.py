"""The desk's story export (稿件 → 导出, django-import-export): rows a second and statements.

    .venv/bin/python bench/export_bench.py [--stories 5000] [--database sqlite|postgresql|both]
        [--format csv|xlsx] [--profile]

What it does, per database (a temp SQLite file, a throwaway PostgreSQL):

1. builds an archive of ``--stories`` published stories in bulk (``desk_day_bench``'s: issues
   of 10 pages × 10 stories, one reporter and one part each), then gives it what a desk's
   stories have that the export reads: every fifth story continued on the next page (a second
   part), every third signed off by an editor, a history record for each (the ledger's columns);
2. logs in as a superuser, opens the export page and submits it as the browser does (every
   column ticked, the chosen format), as the desk's 导出 button does for the whole list;
3. prints the rows, the seconds (wall and the process's CPU), rows a second and the statements
   the export ran (the figure that says whether it grows with the rows), and with
   ``--profile`` the functions the time went to (cProfile, cumulative).

The README's gunicorn ``--timeout 60`` is the bound: a daily's year is ≈ 36,000 stories.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import (
    add_database_arguments,
    chosen_databases,
    run_per_database,
    setup_django,
)

FORMATS = {"csv": "0", "xlsx": "1"}
PLAIN_STATIC = "django.contrib.staticfiles.storage.StaticFilesStorage"


def enrich() -> None:
    """Continuations, sign-offs and a history record a story (see the module's step 1)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from articles.models import Article, ArticlePart, Page

    editor = get_user_model().objects.create_user("bench-editor", last_name="王", first_name="五")
    now = timezone.now()
    with transaction.atomic():
        pages = {(p.issue_id, p.sequence): p for p in Page.objects.all()}
        stories = list(Article.objects.select_related("page").order_by("pk"))
        parts = []
        for n, story in enumerate(stories):
            nxt = pages.get((story.issue_id, story.page.sequence + 1))
            if n % 5 == 0 and nxt is not None:
                parts.append(
                    ArticlePart(
                        article=story,
                        page=nxt,
                        position=90 + n % 10,
                        sequence=1,
                        title_lines=[],
                        blocks=[{"kind": "paragraph", "text": "（上接前版）续文的一段。"}],
                    )
                )
        ArticlePart.objects.bulk_create(parts, batch_size=2000)
        signed = [s.pk for n, s in enumerate(stories) if n % 3 == 0]
        Article.objects.filter(pk__in=signed).update(signed_off_by=editor, signed_off_at=now)
        Article.history.bulk_history_create(
            list(Article.objects.all()), default_user=editor, default_change_reason="导入"
        )


def checked_form(html: str, fmt: str) -> dict:
    """What the export page's form sends with every column ticked and format ``fmt``."""
    data: dict = {"format": FORMATS[fmt], "resource": "0"}
    for name in re.findall(r'<input type="checkbox" name="([^"]+)"', html):
        data[name] = "on"
    return data


def export_once(client, fmt: str, *, profile: bool) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = client.get("/admin/articles/article/export/")
    assert page.status_code == 200, page.status_code
    data = checked_form(page.content.decode(), fmt)
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    with CaptureQueriesContext(connection) as queries:
        if profiler:
            profiler.enable()
        response = client.post("/admin/articles/article/export/", data)
        body = b"".join(response) if response.streaming else response.content
        if profiler:
            profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert response.status_code == 200, body[:500]
    result = {
        "bytes": len(body),
        "seconds": round(wall, 2),
        "cpu": round(cpu, 2),
        "statements": len(queries),
        "filename": response.get("Content-Disposition", ""),
    }
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(r"articles|import_export|tablib", 40)
        stats.sort_stats("tottime").print_stats(25)
        result["profile"] = out.getvalue()
    return result


def worker(args) -> dict:
    setup_django(args.database_url)
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment

    from articles.models import Article
    from bench.desk_day_bench import build_archive

    setup_test_environment()  # the test client's ALLOWED_HOSTS, and nothing else
    built = build_archive(args.stories)
    enrich()
    admin = get_user_model().objects.create_superuser("bench-admin", password="x")
    client = Client()
    client.force_login(admin)
    from django.conf import settings

    plain = {**settings.STORAGES, "staticfiles": {"BACKEND": PLAIN_STATIC}}  # (no manifest built)
    with override_settings(DEBUG=False, STORAGES=plain):
        result = export_once(client, args.format, profile=args.profile)
    rows = Article.objects.count()
    return {**built, **result, "rows": rows, "rows_per_second": round(rows / result["seconds"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=5000)
    parser.add_argument("--format", choices=sorted(FORMATS), default="csv")
    parser.add_argument("--profile", action="store_true")
    add_database_arguments(parser)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    passed = [f"--stories={args.stories}", f"--format={args.format}"]
    passed += ["--profile"] if args.profile else []
    for label, r in run_per_database(__file__, passed, chosen_databases(args)).items():
        print(
            f"{label}: {r['rows']} stories exported as {args.format} in {r['seconds']} s "
            f"({r['cpu']} s CPU): {r['rows_per_second']} rows/s, {r['statements']} statements, "
            f"{r['bytes']} bytes; {r['filename']}"
        )
        if r.get("profile"):
            print(r["profile"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
