"""bench/search_scale.py builds its synthetic archive with raw bulk inserts that name every
column; a migration that adds a NOT NULL column breaks it unless the bench is updated. This
builds a tiny archive on SQLite in a subprocess, as ``bench/run_all`` runs it; and one on
PostgreSQL kept with ``--keep`` and measured again with ``--reuse``."""

import glob
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

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
    assert "CPU a query:" in done.stdout and "server" not in done.stdout  # SQLite: in-process
    assert "Traceback" not in done.stderr, done.stderr


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "bench/search_scale.py", "--queries", "5", "--candidates", "", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.skipif(
    not glob.glob("/usr/lib/postgresql/*/bin/initdb") and not shutil.which("initdb"),
    reason="no PostgreSQL server binaries",
)
def test_a_kept_postgresql_archive_is_measured_again_without_building_it():
    folder = tempfile.mkdtemp(prefix="newsroom-scale-")  # in /tmp: the server's user can enter
    try:
        built = _run("--stories", "300", "--keep", folder)
        assert "built 300 stories" in built.stdout, built.stdout + built.stderr
        assert Path(folder, "data", "PG_VERSION").exists()
        assert not Path(folder, "data", "postmaster.pid").exists()  # stopped, data kept
        again = _run("--reuse", folder)
        assert "reused 300 stories" in again.stdout, again.stdout + again.stderr
        assert "PostgreSQL engine newest frequent" in again.stdout
        assert "ms server" in again.stdout  # the server process's CPU, read from /proc
    finally:
        shutil.rmtree(folder, ignore_errors=True)
