"""Read the database from ``DATABASE_URL``, with a message a person can act on when it is wrong."""

import hashlib
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SUPPORTED_ENGINES = {
    "django.db.backends.postgresql",
    "django.db.backends.sqlite3",
}


# SQLite as a real server-side database: write-ahead log (readers never wait for the importer),
# IMMEDIATE transactions (two writers queue instead of failing with "database is locked"), and
# synchronous=NORMAL (durable at every checkpoint, safe against crashes of the process).
# An IMMEDIATE transaction holds the one write lock from its start, so nothing slow may run in
# one: imports parse every page before they open theirs (a batch's write takes a few seconds at
# most), and a writer waits up to ``timeout`` seconds for its turn; after that it says
# 数据库正忙 (newsroom/dbcheck.py: database_busy_message), nothing written.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
# A worker keeps its SQLite connection between requests, as with PostgreSQL: opening one costs
# the file, the PRAGMAs above and reading the schema again on the first query (3–4 ms of CPU per
# uncached public page on a loaded 2-CPU machine, 5× a minimal view: bench/uncached_bench.py).
SQLITE_CONN_MAX_AGE = 60


def database_from_env(*, default_sqlite_path: Path, env_var: str = "DATABASE_URL") -> dict:
    url = os.environ.get(env_var, "").strip()
    if not url:
        default_sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": default_sqlite_path,
            "OPTIONS": SQLITE_OPTIONS,
            "CONN_MAX_AGE": SQLITE_CONN_MAX_AGE,
            "CONN_HEALTH_CHECKS": True,
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except Exception as exc:  # dj_database_url raises several types for a bad URL
        # Its first sentence says what is wrong; the rest lists engines this project never uses.
        reason = str(exc).split(". ")[0].rstrip(".")
        raise ImproperlyConfigured(
            f"{env_var} is not a database URL this project understands ({reason}). "
            "Use postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:////absolute/path.sqlite3; "
            "percent-encode @ : / in the password."
        ) from exc
    if config.get("ENGINE") not in SUPPORTED_ENGINES:
        raise ImproperlyConfigured(
            f"{env_var} names the engine {config.get('ENGINE')!r}; this project runs on "
            "PostgreSQL (postgres://…) or SQLite (sqlite:///…)."
        )
    if not config.get("NAME"):
        raise ImproperlyConfigured(
            f"{env_var} names no database: end it with the database name, "
            "postgres://USER:PASSWORD@HOST:PORT/NAME."
        )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = SQLITE_CONN_MAX_AGE
        config.setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
    else:
        config.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    return config


def cache_key_prefix(database: dict, *, with_host: bool = True) -> str:
    """A cache key prefix naming the database the site reads (``db-`` and 12 hex digits), so
    that two databases served from one checkout (a second ``DATABASE_URL`` run sharing
    ``var/cache``) never read each other's cached pages. ``with_host``: the server's host and
    port count too (the file cache, one machine); left out for a cache shared across hosts
    (Redis), where each host may name the same server differently."""
    parts = [database.get("ENGINE", ""), str(database.get("NAME", ""))]
    if with_host:
        parts += [str(database.get("HOST", "")), str(database.get("PORT", ""))]
    return "db-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]
