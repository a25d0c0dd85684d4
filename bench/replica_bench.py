"""What keeping a lagging read replica honest costs per request (issue 12, fault 3).

    .venv/bin/python bench/replica_bench.py [--requests 300] [--databases sqlite postgresql]

For each database (a temp SQLite file, a throwaway PostgreSQL), in one child process: migrate,
import the seed front page and its A2 continuations, publish; Redis as the cache when Debian's
``redis-server`` is installed (as in production), else Django's in-memory cache. The "replica" is
a second connection to the same database (``DATABASE_REPLICA_URL``): a replica that has caught
up, so every read can go to it and the figures are the bookkeeping, not replication.

It times, as lower quartiles over ``--requests`` in-process requests of one story page (Django's test
client, so no network between client and server):

* a cache **hit** (the common path) and a **miss** (a full render, page cache off), today
  without a replica and with the chosen design (:mod:`articles.caching`: the change count read
  on the primary and the replica before a render, nothing on a hit);
* the pieces the two other designs would add, measured the same way: (a, pure) the version read
  from the replica on *every* request instead of from the cache: + one count query − one cache
  read; (b) "primary for a window after a write": + one cache read (the last write's time);
* a one-story **write** (save in a transaction, the cache version bumped on commit), with and
  without the change count.

Prints microseconds per request and the ratio to today.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench._support import run_per_database  # noqa: E402


def start_redis(folder: str) -> tuple[subprocess.Popen | None, str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        return None, None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    server.terminate()
    return None, None


def interleaved_us(variants: dict, n: int) -> dict[str, float]:
    """Lower-quartile µs of each ``name: (setup, fn)``, measured in alternation (one call of each in turn)
    in a shuffled order, so that other load on the machine weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    order = list(variants)
    shuffle = random.Random(12).shuffle
    for i in range(n + 20):
        shuffle(order)  # whatever runs first in a round pays for the round's start
        for name in order:
            setup, fn = variants[name]
            setup()
            start = time.perf_counter()
            fn()
            if i >= 20:  # the first rounds warm up
                times[name].append(time.perf_counter() - start)
    # The lower quartile: other processes on a shared machine only ever add time.
    return {name: statistics.quantiles(t, n=4)[0] * 1e6 for name, t in times.items()}


def worker(database_url: str, requests: int) -> dict:
    folder = tempfile.mkdtemp(prefix="newsroom-replica-bench-")
    redis, redis_url = start_redis(folder)
    try:
        os.environ.update(DATABASE_URL=database_url, DATABASE_REPLICA_URL=database_url)
        os.environ.update(DJANGO_SETTINGS_MODULE="newsroom.settings.dev", DJANGO_DEBUG="0")
        if redis_url:
            os.environ["REDIS_URL"] = redis_url
        else:
            os.environ.pop("REDIS_URL", None)
        return measure(requests, cache_name="Redis" if redis_url else "file cache")
    finally:
        if redis is not None:
            redis.terminate()
            redis.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def measure(requests: int, cache_name: str) -> dict:
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client

    from articles import caching
    from articles.models import Article, Issue
    from articles.publishing import issue_publish
    from tests.factories import import_seed, import_text

    call_command("migrate", verbosity=0)
    cache.clear()
    import_seed()
    import_text((ROOT / "tests" / "data" / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    article = Article.objects.order_by("pk").first()
    url = article.get_absolute_url()
    client = Client(HTTP_HOST="localhost")

    def get() -> None:
        assert client.get(url).status_code == 200

    def with_replica(on: bool, cache_seconds: int) -> None:
        settings.NEWSROOM_REPLICA_ALIAS = "replica" if on else None
        settings.NEWSROOM_PUBLIC_CACHE_SECONDS = cache_seconds

    def mode(replica: bool, cache_seconds: int):
        return lambda: with_replica(replica, cache_seconds)

    def count_query() -> None:
        caching.committed_changes("replica")

    def cache_read() -> None:
        cache.get(caching.LAST_KEY)

    results = interleaved_us(
        {
            "hit today": (mode(False, 3600), get),
            "hit chosen": (mode(True, 3600), get),
            "miss today": (mode(False, 0), get),
            "miss chosen": (mode(True, 0), get),
            "count query": (mode(True, 3600), count_query),
            "cache read": (mode(True, 3600), cache_read),
        },
        requests,
    )
    count_us, cache_us = results.pop("count query"), results.pop("cache read")
    results["hit (a) pure"] = results["hit today"] + count_us - cache_us
    results["hit (b) window"] = results["hit today"] + cache_us
    results["miss (a) pure"] = results["miss today"] + count_us - cache_us
    results["miss (b) window"] = results["miss today"] + cache_us

    def write() -> None:
        with transaction.atomic():
            article.headline = f"改过的主题 {time.perf_counter_ns()}"
            article.save()

    counting = caching._count_change

    def counted(on: bool):
        return lambda: setattr(caching, "_count_change", counting if on else (lambda: None))

    try:
        results.update(
            interleaved_us(
                {
                    "write today": (counted(False), write),
                    "write with count": (counted(True), write),
                },
                requests,
            )
        )
    finally:
        caching._count_change = counting
    return {
        "us": results,
        "count query": count_us,
        "cache read": cache_us,
        "cache": cache_name,
    }


def report(name: str, result: dict) -> None:
    us = result["us"]
    print(f"\n{name} (cache: {result['cache']}; µs per request, lower quartile; ratio to today)")
    print(
        f"  pieces: change-count query {result['count query']:.0f} µs, "
        f"cache read {result['cache read']:.0f} µs"
    )
    rows = [
        ("cache hit", "hit today", ["hit chosen", "hit (a) pure", "hit (b) window"]),
        ("render (miss)", "miss today", ["miss chosen", "miss (a) pure", "miss (b) window"]),
        ("story save", "write today", ["write with count"]),
    ]
    for label, base, others in rows:
        parts = [f"today {us[base]:8.0f}"]
        parts += [
            f"{other.split(' ', 1)[1]} {us[other]:8.0f} ({us[other] / us[base]:.2f}×)"
            for other in others
        ]
        print(f"  {label:14} " + "   ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.database_url, args.requests)))
        return
    results = run_per_database(__file__, ["--requests", str(args.requests)], args.databases)
    for name, result in results.items():
        report(name, result)


if __name__ == "__main__":
    main()
