"""Shared plumbing for the benchmarks: a throwaway PostgreSQL, one Django per database.

A benchmark that compares SQLite and PostgreSQL runs itself once per database in a child process
(Django reads ``DATABASES`` once per process): ``run_per_database(__file__, args)`` starts a
throwaway PostgreSQL (scripts/lib/postgres.sh) and a temp SQLite file, runs
``python <bench> --worker --database-url URL ...`` for each, and returns their JSON results.
Only loopback addresses are used.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@contextlib.contextmanager
def throwaway_postgres(dbname: str = "bench", server_opts: str = "-c fsync=off") -> Iterator[str]:
    """Start PostgreSQL with scripts/lib/postgres.sh; yield its URL; stop it and delete its data."""
    script = (
        f"source scripts/lib/postgres.sh; PG_SERVER_OPTS={shlex.quote(server_opts)}; "
        f'pg_start {shlex.quote(dbname)} >&2 && printf \'%s\\n%s\\n%s\\n\' "$PG_DIR" "$PG_BIN" "$PG_URL"'
    )
    out = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\n")
    pg_dir, pg_bin, url = out[0], out[1], out[2]
    try:
        yield url
    finally:
        stop = (
            f"source scripts/lib/postgres.sh; PG_DIR={shlex.quote(pg_dir)}; "
            f"PG_BIN={shlex.quote(pg_bin)}; pg_stop"
        )
        subprocess.run(["bash", "-c", stop], cwd=ROOT, check=False, capture_output=True)


@contextlib.contextmanager
def throwaway_sqlite() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as folder:
        yield f"sqlite:///{folder}/bench.sqlite3"


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def run_worker(bench_file: str, database_url: str, args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, bench_file, "--worker", "--database-url", database_url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"{Path(bench_file).name} worker failed on {database_url.split(':')[0]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def add_database_arguments(parser) -> None:
    """The flags every two-database bench takes: ``--database sqlite|postgresql|both`` for the
    user, and ``--worker --database-url URL`` for the worker process :func:`run_worker` starts."""
    import argparse

    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)


def chosen_databases(args) -> list[str]:
    """``["sqlite", "postgresql"]`` for ``--database both``, else the one named."""
    return ["sqlite", "postgresql"] if args.database == "both" else [args.database]


def run_per_database(bench_file: str, args: list[str], databases: list[str]) -> dict[str, dict]:
    results: dict[str, dict] = {}
    if "sqlite" in databases:
        with throwaway_sqlite() as url:
            results["SQLite"] = run_worker(bench_file, url, args)
    if "postgresql" in databases:
        with throwaway_postgres() as url:
            results["PostgreSQL"] = run_worker(bench_file, url, args)
    return results


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_seed_edition() -> None:
    """Import the seed's A1 and the jump fixture's A2 (南通日报 2020-07-09: the seed's four
    stories continued on A2), as the public-view benches serve them. Django set up first."""
    from datetime import date

    from articles.importing import page_import

    root = Path(__file__).resolve().parent.parent
    seed = root / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"
    a2 = root / "tests" / "data" / "jumps" / "A2.txt"
    for label, path in (("A1", seed), ("A2", a2)):
        page_import(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=date(2020, 7, 9),
            label=label,
            data=path.read_bytes(),
            source_name=path.name,
        )
