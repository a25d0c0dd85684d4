"""Requests per second of the public story and page views under gunicorn, against a minimal view.

    .venv/bin/python bench/public_bench.py [--requests 3000] [--seconds 20] [--threads 4] [--check]

What it does, all on loopback and all cleaned up at the end:

1. builds a temp SQLite database: ``migrate``, then the import service with the seed front page
   and ``tests/data/jumps/A2.txt`` (four stories stitched across A1 → A2), published;
2. starts gunicorn (2 sync workers) on a free ``127.0.0.1`` port with ``bench.public_settings``
   (DEBUG off; the file cache shared by both workers, as on one host without Redis; a minimal
   Django view at ``/bench/minimal/``; a ``Server-Timing`` header);
3. drives it with a bounded load generator (threads + ``http.client``; a fixed number of
   requests and a time limit, after a warm-up) for the minimal view, a stitched story and page A1;
4. does it twice: with the public page cache on (how the site runs) and off (every request
   renders: the cost of a first reader after an edit);
5. prints requests per second, the median server-side time per view (from Server-Timing), and the
   ratio minimal ÷ article (target ≤ 3.0). ``--check`` exits 1 when the cached article view
   misses the target.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 3.0
HOST = "127.0.0.1"


# --- the database -------------------------------------------------------------------------------


def build_database(database_url: str) -> dict:
    """Run in a child process (``--setup``): migrate, import, publish; return the URLs to hit."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.public_settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from articles.models import Article, Issue

    call_command("migrate", verbosity=0)
    from bench._support import import_seed_edition

    import_seed_edition()
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    story = Article.objects.get(headline="用党建品牌让社会组织“亮心”")
    assert story.parts.count() == 2, "the seed story should be stitched across A1 and A2"
    return {
        "article": story.get_absolute_url(),
        "page": "/nantong-daily/2020-07-09/A1/",
        "minimal": "/bench/minimal/",
    }


# --- the server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    def __init__(self, env: dict, port: int, workers: int = 2):
        self.port = port
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--workers",
                str(workers),
                "--bind",
                f"{HOST}:{port}",
                "--log-level",
                "warning",
                "newsroom.wsgi:application",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,  # its own process group, so stop() ends the workers too
        )

    def wait_ready(self, path: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.proc.returncode}")
            try:
                status, _, _ = fetch(self.port, path)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit("gunicorn did not answer in time")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# --- the load generator -------------------------------------------------------------------------


def fetch(port: int, path: str) -> tuple[int, float, float | None]:
    """One GET on a fresh connection: (status, client seconds, server ms from Server-Timing)."""
    start = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": f"{HOST}:{port}"})
        response = conn.getresponse()
        response.read()
        timing = response.getheader("Server-Timing", "")
    finally:
        conn.close()
    elapsed = time.perf_counter() - start
    server_ms = float(timing.split("dur=")[1]) if "dur=" in timing else None
    return response.status, elapsed, server_ms


@dataclass
class Result:
    name: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    server_ms: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.server_ms) if self.server_ms else float("nan")


def load(port: int, name: str, path: str, *, requests: int, seconds: float, threads: int) -> Result:
    """``requests`` GETs from ``threads`` threads, stopping early at ``seconds``."""
    for _ in range(50):  # warm-up: imports, template loading, the page cache
        fetch(port, path)
    result = Result(name)
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + seconds

    def worker():
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            status, _, server_ms = fetch(port, path)
            with lock:
                result.requests += 1
                if status != 200:
                    result.errors += 1
                if server_ms is not None:
                    result.server_ms.append(server_ms)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    start = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    result.seconds = time.perf_counter() - start
    return result


def run(env: dict, urls: dict, args) -> dict[str, Result]:
    server = Gunicorn(env, free_port())
    try:
        server.wait_ready(urls["minimal"])
        return {
            name: load(
                server.port,
                name,
                urls[name],
                requests=args.requests,
                seconds=args.seconds,
                threads=args.threads,
            )
            for name in ("minimal", "article", "page")
        }
    finally:
        server.stop()


def report(results: dict[str, Result], label: str) -> float:
    minimal = results["minimal"]
    print(f"-- {label}")
    print(
        f"minimal view: {minimal.rps:.0f} req/s, median {minimal.median_ms:.2f} ms"
        + (f" ({minimal.errors} errors)" if minimal.errors else "")
    )
    ratios = {}
    for name in ("article", "page"):
        result = results[name]
        ratios[name] = minimal.rps / result.rps if result.rps else float("inf")
        print(
            f"{name} view: {result.rps:.0f} req/s, median {result.median_ms:.2f} ms; "
            f"minimal view: {minimal.rps:.0f} req/s; ratio {ratios[name]:.2f} "
            f"(target ≤ {TARGET_RATIO:.1f})"
            + (f" ({result.errors} errors)" if result.errors else "")
        )
    return ratios["article"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests per view (3000)")
    parser.add_argument("--seconds", type=float, default=20.0, help="time limit per view (20)")
    parser.add_argument("--threads", type=int, default=4, help="client threads (4)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    parser.add_argument("--setup", metavar="DATABASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.setup:
        print(json.dumps(build_database(args.setup)))
        return 0

    with tempfile.TemporaryDirectory(prefix="newsroom-public-bench-") as folder:
        database_url = f"sqlite:///{folder}/bench.sqlite3"
        built = subprocess.run(
            [sys.executable, __file__, "--setup", database_url],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if built.returncode != 0:
            sys.stderr.write(built.stderr)
            raise SystemExit("building the bench database failed")
        urls = json.loads(built.stdout.strip().splitlines()[-1])
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "bench.public_settings",
            "BENCH_CACHE_DIR": f"{folder}/cache",
            "PYTHONPATH": str(ROOT),
        }
        print(
            f"gunicorn, 2 workers, {HOST}; {args.threads} client threads, up to "
            f"{args.requests} requests or {args.seconds:.0f} s per view; story {urls['article']}"
        )
        cached = run({**env, "BENCH_PAGE_CACHE": "1"}, urls, args)
        ratio = report(cached, "public page cache on (as deployed)")
        rendered = run({**env, "BENCH_PAGE_CACHE": "0"}, urls, args)
        report(rendered, "public page cache off (every request renders)")
    if args.check and ratio > TARGET_RATIO:
        print(f"article view ratio {ratio:.2f} misses the target {TARGET_RATIO:.1f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
