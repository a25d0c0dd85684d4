#!/usr/bin/env python
"""Load: gunicorn serving the seed archive on loopback; issue, page, article and search views.

    python bench/load_bench.py [--requests 2000] [--seconds 20] [--threads 8] [--workers 2]

Builds a temp SQLite archive (the seed front page and its A2 continuations, published), starts
gunicorn on a free 127.0.0.1 port and sends a bounded number of GETs per view (a count and a time
limit) from client threads. Prints requests per second and the 99th-percentile latency seen by the
client, per view; exits 1 on any error response (target: zero errors).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.public_bench import HOST, ROOT, Gunicorn, fetch, free_port


def run_view(port: int, path: str, *, requests: int, seconds: float, threads: int) -> dict:
    for _ in range(20):
        fetch(port, path)
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + seconds

    def worker():
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    return
                remaining[0] -= 1
            try:
                status, elapsed, _ = fetch(port, path)
            except OSError:
                status, elapsed = 0, 0.0
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    errors.append(status)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    started = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "rps": len(latencies) / wall if wall else 0.0,
        "p99_ms": p99 * 1000,
        "median_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-load-") as folder:
        database_url = f"sqlite:///{folder}/load.sqlite3"
        built = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "public_bench.py"), "--setup", database_url],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if built.returncode != 0:
            sys.stderr.write(built.stderr)
            raise SystemExit("building the load-test archive failed")
        urls = json.loads(built.stdout.strip().splitlines()[-1])
        views = {
            "issue": "/nantong-daily/2020-07-09/",
            "page": urls["page"],
            "article": urls["article"],
            "search": "/search/?q=" + quote("徐惠民"),
        }
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "bench.public_settings",
            "PYTHONPATH": str(ROOT),
        }
        server = Gunicorn(env, free_port(), workers=args.workers)
        try:
            server.wait_ready(views["issue"])
            results = {
                name: run_view(
                    server.port,
                    path,
                    requests=args.requests,
                    seconds=args.seconds,
                    threads=args.threads,
                )
                for name, path in views.items()
            }
        finally:
            server.stop()
    print(
        f"load: gunicorn {args.workers} workers on {HOST}, {args.threads} client threads, "
        f"up to {args.requests} requests or {args.seconds:.0f} s per view"
    )
    failed = False
    for name, r in results.items():
        failed |= r["errors"] > 0
        print(
            f"load {name} view: {r['requests']} requests, {r['errors']} errors (target 0), "
            f"{r['rps']:.0f} req/s, median {r['median_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
