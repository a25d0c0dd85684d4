"""A scratch database that child processes can share with the test (the test database can't be:
pytest-django's SQLite test database lives in memory)."""

import json
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent

# manage.py with a step (Python source, ``item`` the page, ``importer`` the importing process's
# pid) run before each page is parsed: forked parsing workers inherit it (:func:`stepped_manage`).
_STEPPED_MANAGE = """
import os, signal, sys
import django

django.setup()
from articles.importing import preparing

importer, real = os.getpid(), preparing.page_prepare

def stepped(item):
{step}
    return real(item)

preparing.page_prepare = stepped
sys.argv = ["manage.py", *sys.argv[1:]]
from manage import main

main()
"""


def stepped_manage(step: str) -> str:
    """The source of a ``manage.py`` (run as ``python -c SOURCE import_pages …``) that runs
    ``step`` before each page is parsed: a worker killed, a signal sent, on a given file."""
    return _STEPPED_MANAGE.format(step=textwrap.indent(step.strip(), "    "))


def archive_laid_out(root: Path, pages: int) -> Path:
    """``pages`` synthetic pages (:func:`bench.synthetic.archive`) laid out under ``root/pages``
    as ``bench-daily/<date>/<label>.txt`` with its ``paper.json``; returns ``root/pages``."""
    from bench.synthetic import archive

    folder = root / "pages" / "bench-daily"
    folder.mkdir(parents=True)
    (folder / "paper.json").write_text(json.dumps({"name": "基准日报", "slug": "bench-daily"}))
    for day, label, text in archive(pages):
        (folder / day.isoformat()).mkdir(exist_ok=True)
        (folder / day.isoformat() / f"{label}.txt").write_text(text, encoding="utf-8")
    return root / "pages"


@pytest.fixture
def scratch_database(tmp_path, django_db_blocker):
    """A DATABASE_URL of a fresh, migrated database on the same backend the suite runs on."""
    if connection.vendor == "sqlite":
        url = f"sqlite:///{tmp_path}/scratch.sqlite3"
        drop = None
    else:
        import psycopg

        settings = connection.settings_dict
        name = f"scratch_{uuid.uuid4().hex[:12]}"
        admin = dict(
            host=settings["HOST"],
            port=settings["PORT"] or 5432,
            user=settings["USER"],
            password=settings["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        with django_db_blocker.unblock(), psycopg.connect(**admin) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        url = (
            f"postgres://{settings['USER']}{password}@{settings['HOST']}:{settings['PORT']}/{name}"
        )

        def drop():
            with psycopg.connect(**admin) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    manage(url, "migrate", "-v0")
    yield url
    if drop:
        with django_db_blocker.unblock():
            drop()


def child_env(url: str, redis: str | None = None) -> dict:
    """The environment of a child process: this test's database, and Redis only when asked."""
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "REDIS_URL")}
    env.update(
        DATABASE_URL=url, DJANGO_SETTINGS_MODULE="newsroom.settings.dev", PYTHONUNBUFFERED="1"
    )
    if redis:
        env["REDIS_URL"] = redis
    return env


def manage(
    url: str, *args: str, check: bool = True, redis: str | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=child_env(url, redis),
        capture_output=True,
        text=True,
        check=check,
        timeout=600,
    )
