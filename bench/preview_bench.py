#!/usr/bin/env python
"""Upload preview of large pages: seconds per MB at several sizes, on SQLite and PostgreSQL.

    python bench/preview_bench.py [--sizes 0.1,0.5,1,1.9] [--database sqlite|postgresql|both]

What an editor's upload preview does, through the admin (``/admin/articles/page/upload/``, a
superuser, one page file): the import service in a rolled-back transaction (parse, write, jump
resolution, search indexing), the page parsed again for the preview table, the HTML rendered.
Two kinds of page at each size, built from the seed's sentences (bench/synthetic.py) and the
jump fixtures (tests/data/jumps/): *many* stories (synthetic pages A1–A4 one after another:
headlines, datelines, photo credits, teasers, 下转/上接 markers), and *huge*: three stories of
hundreds of paragraphs each.

Prints the preview seconds and seconds per MB at each size, and per kind the ratio of the per-MB
cost at the largest size to the one at the smallest (1.0 = linear; fixed costs make it lower),
measured in the same run. Targets: ratio ≤ 1.5 (linear in size), and the largest size (the
2 MB limit, NEWSROOM_MAX_PAGE_BYTES, is 2,097,152 bytes) previews in ≤ 10 s, a sixth of
the gunicorn --timeout of 60 s that README, Deploying, documents (an upload of several pages is
capped at NEWSROOM_MAX_UPLOAD_BYTES, 2 MB, for the same reason).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import (
    ROOT,
    add_database_arguments,
    chosen_databases,
    run_per_database,
    setup_django,
)

RATIO_TARGET = 1.5
SECONDS_TARGET = 10.0  # at the largest size; gunicorn runs with --timeout 60 (README, Deploying)
JUMPS = ROOT / "tests" / "data" / "jumps"


def many_stories(size: int) -> bytes:
    """``size`` bytes of synthetic pages A1–A4 and the jump fixtures, one after another."""
    from bench.synthetic import issue_pages

    fixtures = [p.read_text(encoding="utf-8") for p in sorted(JUMPS.glob("*.txt"))]
    parts, total, number = [], 0, 0
    while total < size:
        texts = list(issue_pages(number).values())
        if number % 3 == 2:
            texts.append(fixtures[number // 3 % len(fixtures)])
        for text in texts:
            parts.append(text)
            total += len(text.encode()) + 2
        number += 1
    return _cut("\n\n".join(parts), size)


def huge_stories(size: int, stories: int = 3) -> bytes:
    """``size`` bytes of ``stories`` stories, each a headline, a dateline and hundreds of
    paragraphs (the first one jumps to A2)."""
    from bench.synthetic import issue_pages

    rng = random.Random(7)
    out, number = [], 0
    for index in range(stories):
        paragraphs, total = [], 0
        while total < size // stories:
            for text in issue_pages(number).values():
                for chunk in text.split("\n\n"):
                    if len(chunk) > 40 and not any(m in chunk for m in ("下转", "上接", "本报讯")):
                        paragraphs.append(chunk)
                        total += len(chunk.encode()) + 2
            number += 1
        rng.shuffle(paragraphs)
        deck = f"重大项目推进会第{index + 1}场\n\n本报讯（记者朱文君）昨日上午，会议召开。\n\n"
        out.append(deck + "\n\n".join(paragraphs) + ("，（下转A2版）" if index == 0 else ""))
    return _cut("\n\n".join(out), size)


def _cut(text: str, size: int) -> bytes:
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")


KINDS = {"many": many_stories, "huge": huge_stories}


def worker(database_url: str, sizes: list[float]) -> dict:
    setup_django(database_url)
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from articles.text import get_jieba

    settings.ALLOWED_HOSTS = ["*"]
    settings.STORAGES = {  # no collectstatic manifest needed to render the admin
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    jieba = get_jieba()
    jieba.lcut("预热")
    user = User.objects.create_superuser("bench", "bench@example.org", "bench")
    client = Client()
    client.force_login(user)
    # One small preview first: templates, the search dictionary and the IDF table load here.
    warm_up = SimpleUploadedFile("A1.txt", many_stories(4000), content_type="text/plain")
    client.post(
        "/admin/articles/page/upload/",
        {"files": [warm_up], "paper": "南通日报", "issue_date": "2000-01-01"},
    )
    results = []
    day = date(2001, 1, 1)
    for kind, build in KINDS.items():
        for mb in sizes:
            data = build(int(mb * 1_000_000))
            day += timedelta(days=1)
            upload = SimpleUploadedFile("A1.txt", data, content_type="text/plain")
            started = time.perf_counter()
            response = client.post(
                "/admin/articles/page/upload/",
                {"files": [upload], "paper": "南通日报", "issue_date": day.isoformat()},
            )
            seconds = time.perf_counter() - started
            if response.status_code != 200 or b'id="upload-preview"' not in response.content:
                raise SystemExit(f"preview of {kind} {mb} MB failed: {response.status_code}")
            started = time.perf_counter()
            jieba.lcut(data.decode("utf-8"))
            jieba_seconds = time.perf_counter() - started
            results.append(
                {
                    "kind": kind,
                    "bytes": len(data),
                    "seconds": seconds,
                    "jieba_seconds": jieba_seconds,
                }
            )
    return {"results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.5,1,1.9", help="page sizes in MB")
    add_database_arguments(parser)
    args = parser.parse_args()
    sizes = sorted(float(s) for s in args.sizes.split(","))
    if args.worker:
        print(json.dumps(worker(args.database_url, sizes)))
        return
    databases = chosen_databases(args)
    results = run_per_database(__file__, ["--sizes", args.sizes], databases)
    ok = True
    for name, r in results.items():
        for kind in KINDS:
            rows = [row for row in r["results"] if row["kind"] == kind]
            for row in rows:
                mb = row["bytes"] / 1e6
                print(
                    f"preview {name} {kind}: {mb:.2f} MB in {row['seconds']:.2f} s = "
                    f"{row['seconds'] / mb:.2f} s/MB (jieba.lcut alone {row['jieba_seconds']:.2f} s)"
                )
            per_mb = [row["seconds"] / (row["bytes"] / 1e6) for row in rows]
            ratio = per_mb[-1] / per_mb[0]
            largest = rows[-1]
            ok &= ratio <= RATIO_TARGET and largest["seconds"] <= SECONDS_TARGET
            print(
                f"preview {name} {kind}: per-MB cost at {largest['bytes'] / 1e6:.1f} MB / at "
                f"{rows[0]['bytes'] / 1e6:.1f} MB = {ratio:.2f} (target ≤ {RATIO_TARGET}); "
                f"largest {largest['seconds']:.1f} s (target ≤ {SECONDS_TARGET:.0f} s, gunicorn "
                "--timeout 60)"
            )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
