"""bench/search_scale.py builds its synthetic archive with raw bulk inserts that name every
column; a migration that adds a NOT NULL column breaks it unless the bench is updated. This
builds a tiny archive on SQLite in a subprocess, as ``bench/run_all`` runs it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_scale_bench_builds_and_searches_a_small_archive_with_the_current_schema():
    done = subprocess.run(
        [
            sys.executable,
            "bench/search_scale.py",
            "--database",
            "sqlite",
            "--sqlite-stories",
            "300",
            "--queries",
            "5",
            "--candidates",
            "",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "SQLite engine relevance sampled" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
