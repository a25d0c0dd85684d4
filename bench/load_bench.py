#!/usr/bin/env python
"""Load: gunicorn serving the seed archive on loopback; issue, page, article and search views.

    python bench/load_bench.py [--requests 2000] [--seconds 20] [--threads 8] [--workers 2]
                               [--rounds 1] [--against OTHER_CHECKOUT]

Builds a temp SQLite archive (the seed front page and its A2 continuations, published), starts
gunicorn on a free 127.0.0.1 port and sends a bounded number of GETs per view (a count and a time
limit) from client threads. Prints requests per second and the 99th-percentile latency seen by the
client, per view, and the search view's throughput against the article view's (target: at least
a third; the article view is served from the page cache, the search view never is); exits 1 on
any error response (target: zero errors).

``--rounds N`` measures the views N times in turn and prints each view's median round (the
machine's load moves between views measured one after the other; the ratio is taken within each
round). ``--against DIR`` serves another checkout's code too (``git archive <commit> | tar -x``),
from its own archive and server, the two measured alternately round after round: before and
after a change in the same session.
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

TARGET_SEARCH_SHARE = 1 / 3


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


class Server(Gunicorn):
    """:class:`bench.public_bench.Gunicorn` running the code of the checkout ``code``."""

    def __init__(self, env: dict, port: int, workers: int, code: Path):
        self.port = port
        self.proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "--workers", str(workers)),
                *("--bind", f"{HOST}:{port}", "--log-level", "warning"),
                "newsroom.wsgi:application",
            ],
            cwd=code,
            env=env,
            start_new_session=True,  # its own process group, so stop() ends the workers too
        )


def start(code: Path, folder: str, workers: int) -> tuple[Server, dict]:
    """Build ``code``'s archive in ``folder`` and start its server; the views' addresses."""
    database_url = f"sqlite:///{folder}/load.sqlite3"
    built = subprocess.run(
        [sys.executable, str(code / "bench" / "public_bench.py"), "--setup", database_url],
        cwd=code,
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
        "BENCH_CACHE_DIR": f"{folder}/cache",
        "PYTHONPATH": str(code),
    }
    server = Server(env, free_port(), workers, code)
    server.wait_ready(views["issue"])
    return server, views


def report(label: str, rounds: list[dict], args) -> bool:
    """Print each view's median round and the search view's share; whether any error came."""
    print(
        f"load{label}: gunicorn {args.workers} workers on {HOST}, {args.threads} client threads, "
        f"up to {args.requests} requests or {args.seconds:.0f} s per view"
        + (f", {len(rounds)} rounds (medians)" if len(rounds) > 1 else "")
    )
    failed = False
    for name in rounds[0]:
        seen = [r[name] for r in rounds]
        failed |= any(r["errors"] for r in seen)
        print(
            f"load{label} {name} view: {sum(r['requests'] for r in seen)} requests, "
            f"{sum(r['errors'] for r in seen)} errors (target 0), "
            f"{statistics.median(r['rps'] for r in seen):.0f} req/s, "
            f"median {statistics.median(r['median_ms'] for r in seen):.1f} ms, "
            f"p99 {statistics.median(r['p99_ms'] for r in seen):.1f} ms"
        )
    shares = [r["search"]["rps"] / r["article"]["rps"] for r in rounds if r["article"]["rps"]]
    if shares:
        share = statistics.median(shares)
        print(
            f"load{label} search view / article view: {share:.2f} of its throughput "
            f"(rounds: {', '.join(f'{s:.2f}' for s in shares)}; target ≥ "
            f"{TARGET_SEARCH_SHARE:.2f}: {'met' if share >= TARGET_SEARCH_SHARE else 'not met'})"
        )
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--against", metavar="DIR", help="another checkout, measured alternately")
    args = parser.parse_args()
    codes = {"": ROOT}
    if args.against:
        codes = {" (this checkout)": ROOT, f" ({args.against})": Path(args.against).resolve()}
    measured: dict[str, list[dict]] = {label: [] for label in codes}
    with tempfile.TemporaryDirectory(prefix="newsroom-load-") as folder:
        servers = {}
        try:
            for number, (label, code) in enumerate(codes.items()):
                os.makedirs(f"{folder}/{number}")
                servers[label] = start(code, f"{folder}/{number}", args.workers)
            for _ in range(args.rounds):
                for label, (server, views) in servers.items():
                    measured[label].append(
                        {
                            name: run_view(
                                server.port,
                                path,
                                requests=args.requests,
                                seconds=args.seconds,
                                threads=args.threads,
                            )
                            for name, path in views.items()
                        }
                    )
        finally:
            for server, _ in servers.values():
                server.stop()
    failed = False
    for label, rounds in measured.items():
        failed |= report(label, rounds, args)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
