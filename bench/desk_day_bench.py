"""A desk day against the public page cache: the hit rate while editors edit today's issue.

    .venv/bin/python bench/desk_day_bench.py [--stories 10000] [--minutes 10]
        [--edits-per-minute 6] [--reads-per-second 20] [--cache locmem|redis|file|disk[,...]]
        [--database sqlite|postgresql|both]

``--cache``: ``locmem`` (one process's memory, unbounded: invalidation alone), ``redis`` (a
throwaway redis-server), ``file`` (Django's file cache configured as the one-host deployment
configured it until session 36: ``MAX_ENTRIES`` 300, ``CULL_FREQUENCY`` 3, in a temp folder),
``disk`` (the one-host deployment now: ``newsroom.settings.caches.one_host_cache``, in a temp
folder); several, comma-separated, run one after the other (same minutes, same day).

What it does, per database (a temp SQLite file, a throwaway PostgreSQL):

1. builds an archive of ``--stories`` published stories in bulk (issues of 10 pages × 10 stories,
   one reporter each among 40, one part each; a few seconds for 10,000);
2. picks what readers read: today's issue (the newest: home, the issue, its pages, its stories),
   the paper's lists (sections, a section, a reporter, people, the feed, the month) and a hot
   set of the archive's stories, pages and issues; reads each once before the day starts (the
   cache is warm, as after a quiet night), so the figure measures invalidation alone;
3. simulates ``--minutes`` minutes of a desk day in order, in one process (Django's test client,
   the real middleware and cache): each minute ``--reads-per-second`` × 60 reads (half on
   today's issue, a twentieth on the lists, the rest on the archive, Zipf-ranked) and
   ``--edits-per-minute`` edits to a random story of today's issue, spread evenly; an edit is
   what the admin's form does (the story and its part saved in one transaction, committed),
   after which the editor looks at the story and its page (not counted as readers' reads);
4. prints the share of readers' reads served from the page cache (``X-Cache: hit``) with the target
   (≥ 95 %), the figure the old design (one site-wide version, bumped by every change) gets on
   the same sequence of reads and edits (a read hits there only if its page was read since the
   last edit), and how many stale pages were served: after every edit the edited story's page
   and its printed page must show the new headline, and at the end a sample of cached pages
   must equal a render from scratch (target 0).

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import (
    add_database_arguments,
    chosen_databases,
    run_per_database,
    setup_django,
)

TARGET_HIT_RATE = 0.95
PAGES_PER_ISSUE = 10
STORIES_PER_PAGE = 10
SECTIONS = ["要闻", "综合", "经济", "城市", "民生", "文体", "理论", "副刊", "国际", "专题"]
PAPER = "nantong-daily"
LAST_DAY = date(2026, 11, 30)


# --- the archive -------------------------------------------------------------------------------


def build_archive(stories: int) -> dict:
    """``stories`` published stories in bulk; returns the build time."""
    from django.db import transaction
    from django.utils import timezone

    from articles.labels import label_sequence
    from articles.models import Article, ArticlePart, Byline, Issue, Page, Person, Publication

    started = time.perf_counter()
    rng = random.Random(18)
    now = timezone.now()
    issues_needed = -(-stories // (PAGES_PER_ISSUE * STORIES_PER_PAGE))
    with transaction.atomic():
        paper = Publication.objects.create(name="南通日报", slug=PAPER)
        people = Person.objects.bulk_create([Person(name=f"记者{n:02d}") for n in range(40)])
        issues = Issue.objects.bulk_create(
            [
                Issue(
                    publication=paper,
                    date=LAST_DAY - timedelta(days=n),
                    number=20000 - n,
                    status="published",
                    published_at=now,
                )
                for n in range(issues_needed)
            ]
        )
        pages = Page.objects.bulk_create(
            [
                Page(
                    issue=issue,
                    label=f"A{n + 1}",
                    sequence=label_sequence(f"A{n + 1}"),
                    section=SECTIONS[n],
                    raw_text="",
                )
                for issue in issues
                for n in range(PAGES_PER_ISSUE)
            ],
            batch_size=2000,
        )
        articles, parts, bylines = [], [], []
        for number in range(stories):
            page = pages[number // STORIES_PER_PAGE]
            topic = SECTIONS[number % len(SECTIONS)]
            articles.append(
                Article(
                    issue=page.issue,
                    page=page,
                    position=number % STORIES_PER_PAGE + 1,
                    headline=f"{topic}工作第{number}次推进会召开",
                    status="published",
                )
            )
        Article.objects.bulk_create(articles, batch_size=2000)
        for article in articles:
            paragraph = (
                f"本报讯 {article.headline}，有关部门表示将继续推进{rng.randint(1, 99)}项工作。"
            )
            parts.append(
                ArticlePart(
                    article=article,
                    page=article.page,
                    position=article.position,
                    sequence=0,
                    title_lines=[article.headline],
                    blocks=[{"kind": "paragraph", "text": paragraph}] * 3,
                )
            )
            bylines.append(Byline(article=article, person=rng.choice(people), order=0))
        ArticlePart.objects.bulk_create(parts, batch_size=2000)
        Byline.objects.bulk_create(bylines, batch_size=2000)
    return {"build_seconds": time.perf_counter() - started, "issues": len(issues)}


# --- what readers read ---------------------------------------------------------------------------


def reading_list(rng: random.Random, hot: int) -> tuple[list[str], list[str], list[str]]:
    """(today's URLs, the lists' URLs, the archive's hot URLs)."""
    from articles.models import Article, Issue, Page

    today = Issue.objects.order_by("-date").first()
    today_urls = ["/", f"/{PAPER}/", today.get_absolute_url()]
    today_urls += [p.get_absolute_url() for p in Page.objects.filter(issue=today)]
    today_urls += [a.get_absolute_url() for a in Article.objects.filter(issue=today)]
    lists = [
        f"/{PAPER}/sections/",
        f"/{PAPER}/sections/要闻/",
        "/people/记者07/",
        "/people/",
        f"/{PAPER}/feed.xml",
        f"/{PAPER}/{LAST_DAY:%Y/%m}/",
    ]
    # The same hot set in every run (``rng``'s pick, not the database's random order), so that
    # runs on different caches read the same pages.
    ids = sorted(Article.objects.exclude(issue=today).values_list("pk", flat=True))
    picked = rng.sample(ids, min(hot, len(ids)))
    found = Article.objects.select_related(
        "issue__publication", "page__issue__publication"
    ).in_bulk(picked)
    archive = [found[pk] for pk in picked]
    archive_urls = [a.get_absolute_url() for a in archive]
    archive_urls += list(dict.fromkeys(a.page.get_absolute_url() for a in archive[: hot // 5]))
    archive_urls += list(dict.fromkeys(a.issue.get_absolute_url() for a in archive[: hot // 10]))
    rng.shuffle(archive_urls)
    return today_urls, lists, archive_urls


def zipf_weights(count: int, s: float = 1.0) -> list[float]:
    return [1 / (rank + 1) ** s for rank in range(count)]


# --- the day -----------------------------------------------------------------------------------


def edit(article_id: int, number: int) -> str:
    """What the admin's change form does: the story and its part saved in one transaction."""
    from django.db import transaction

    from articles.models import Article

    headline = f"第{number}次修改的主题"
    with transaction.atomic():
        article = Article.objects.get(pk=article_id)
        article.headline = headline
        article.save()
        part = article.parts.get(sequence=0)
        part.title_lines = [headline]
        part.save()
    return headline


def desk_day(args) -> dict:
    from django.test import Client

    from articles.models import Article, Issue

    rng = random.Random(9)
    client = Client()
    today_urls, lists, archive_urls = reading_list(rng, args.hot)
    everything = today_urls + lists + archive_urls
    for url in everything:  # a quiet night: every page readers will ask for is cached
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    today = Issue.objects.order_by("-date").first()
    story_ids = list(Article.objects.filter(issue=today).values_list("pk", flat=True))
    weights = {
        "today": zipf_weights(len(today_urls), 0.8),
        "archive": zipf_weights(len(archive_urls), 1.0),
    }
    reads_per_minute = args.reads_per_second * 60
    hits = reads = stale = 0
    misses: dict[str, int] = {}
    old_read_since_edit: set[str] = set(everything)  # the old design: warm until the first edit
    old_hits = 0
    edits = 0
    started = time.perf_counter()
    for _minute in range(args.minutes):
        edit_at = {
            int(reads_per_minute * (k + 0.5) / args.edits_per_minute)
            for k in range(args.edits_per_minute)
        }
        for tick in range(reads_per_minute):
            if tick in edit_at:
                article_id = rng.choice(story_ids)
                headline = edit(article_id, edits)
                edits += 1
                old_read_since_edit.clear()
                article = Article.objects.select_related("issue__publication", "page").get(
                    pk=article_id
                )
                # The editor looks at the story and its page: the stale check, not counted in
                # the readers' hit rate (they cache the page, in both designs alike).
                for url in (article.get_absolute_url(), article.page.get_absolute_url()):
                    if headline not in client.get(url).content.decode():
                        print(f"stale after an edit: {url}", file=sys.stderr)
                        stale += 1
                    old_read_since_edit.add(url)
            roll = rng.random()
            if roll < 0.5:
                url = rng.choices(today_urls, weights["today"])[0]
            elif roll < 0.55:
                url = rng.choice(lists)
            else:
                url = rng.choices(archive_urls, weights["archive"])[0]
            response = client.get(url)
            reads += 1
            hits += response["X-Cache"] == "hit"
            if response["X-Cache"] != "hit":
                misses[kind_of(url, today_urls)] = misses.get(kind_of(url, today_urls), 0) + 1
            old_hits += url in old_read_since_edit
            old_read_since_edit.add(url)
    seconds = time.perf_counter() - started
    sample = rng.sample(everything, min(args.sample, len(everything)))
    stale_at_end, reranked = check_against_fresh(client, sample)
    stale += stale_at_end
    return {
        "reads": reads,
        "edits": edits,
        "hit_rate": hits / reads,
        "old_hit_rate": old_hits / reads,
        "stale": stale,
        "seconds": seconds,
        "urls": len(everything),
        "sampled": len(sample),
        "reranked": reranked,
        "misses": misses,
    }


def kind_of(url: str, today: list[str]) -> str:
    """Which kind of page ``url`` is, for the breakdown of misses."""
    where = "today's " if url in today else "archive "
    if "/article/" in url:
        return where + "story"
    if re.fullmatch(r"/[^/]+/\d{4}-\d\d-\d\d/A\d+/", url):
        return where + "page"
    if url in ("/", f"/{PAPER}/") or re.fullmatch(r"/[^/]+/\d{4}-\d\d-\d\d/", url):
        return where + "issue"
    return "list " + url


RELATED = re.compile(rb'<section class="related".*?</section>', re.S)


def check_against_fresh(client, urls: list[str]) -> tuple[int, int]:
    """(How many of ``urls`` the cache serves differently from a render from scratch, how many
    differ only in which stories the related list picks: see articles/caching.py)."""
    from django.test import override_settings

    served = {url: client.get(url).content for url in urls}
    with override_settings(NEWSROOM_PUBLIC_CACHE_SECONDS=0):
        now = {url: client.get(url).content for url in urls}
    differ = [url for url in urls if served[url] != now[url]]
    stale = [url for url in differ if RELATED.sub(b"", served[url]) != RELATED.sub(b"", now[url])]
    for url in stale:
        print(f"stale: {url}", file=sys.stderr)
    return len(stale), len(differ) - len(stale)


# --- processes ---------------------------------------------------------------------------------


@contextmanager
def redis_server():
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("--cache redis needs Debian's redis-server (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory(prefix="newsroom-redis-") as folder:
        server = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            server.wait(10)


def worker(args) -> dict:
    setup_django(args.database_url)
    from django.test import override_settings
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's ALLOWED_HOSTS, and nothing else
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsroom-desk-")))
        backend = cache_backend(args.cache, folder, stack)
        stack.enter_context(
            override_settings(CACHES={"default": backend}, NEWSROOM_PUBLIC_CACHE_SECONDS=86400)
        )
        built = build_archive(args.stories)
        return {**built, **desk_day(args), "cache_entries": cache_entries(args.cache, folder)}


def cache_backend(name: str, folder: Path, stack: ExitStack) -> dict:
    """``CACHES["default"]`` for ``--cache name`` (a cache on disk in ``folder``)."""
    if name == "redis":
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": stack.enter_context(redis_server()),
        }
    if name == "file":  # as newsroom/settings/base.py configured one host until session 36
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": folder / "cache",
            "KEY_PREFIX": "db-desk",
            "TIMEOUT": 24 * 3600,
        }
    if name == "disk":  # as newsroom/settings/base.py configures one host now
        from newsroom.settings.caches import one_host_cache

        return one_host_cache(folder / "cache", "db-desk")
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    }


def cache_entries(name: str, folder: Path) -> str:
    """How much the cache holds at the end of the day (on disk: entries and megabytes)."""
    from django.core.cache import cache

    if name == "file":
        files = list((folder / "cache").glob("*.djcache"))
        size = sum(f.stat().st_size for f in files)
        return f"{len(files):,} entries, {size / 2**20:.1f} MB"
    if name == "disk":
        size = sum(f.stat().st_size for f in (folder / "cache").rglob("*") if f.is_file())
        return f"{len(cache._cache):,} entries, {size / 2**20:.1f} MB"
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--edits-per-minute", type=int, default=6)
    parser.add_argument("--reads-per-second", type=int, default=20)
    parser.add_argument("--hot", type=int, default=1000, help="archive stories readers read")
    parser.add_argument("--sample", type=int, default=200, help="pages compared at the end")
    parser.add_argument(
        "--cache",
        default="locmem",
        help="locmem, redis, file or disk; several comma-separated run one after the other",
    )
    add_database_arguments(parser)
    args = parser.parse_args()
    caches = args.cache.split(",")
    if unknown := set(caches) - set(CACHES):
        parser.error(f"--cache: unknown {', '.join(sorted(unknown))} (one of {', '.join(CACHES)})")
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    ok = True
    for name in caches:
        args.cache = name
        ok = (
            report(args, run_per_database(__file__, passed_on(args), chosen_databases(args))) and ok
        )
    return 0 if ok else 1


CACHES = ("locmem", "redis", "file", "disk")


def passed_on(args) -> list[str]:
    """The worker's arguments: this run's."""
    names = ("stories", "minutes", "edits_per_minute", "reads_per_second", "hot", "sample", "cache")
    return [f"--{name.replace('_', '-')}={getattr(args, name)}" for name in names]


def report(args, results: dict[str, dict]) -> bool:
    """Print each database's day on the cache ``args.cache``; whether every target was met."""
    ok = True
    for label, r in results.items():
        held = f"; the cache holds {r['cache_entries']} at the end" if r["cache_entries"] else ""
        print(
            f"desk day ({label}, {args.cache}, {args.stories:,} stories built in "
            f"{r['build_seconds']:.1f} s, {args.minutes} min, {args.edits_per_minute} edits/min, "
            f"{args.reads_per_second} reads/s over {r['urls']} pages; {r['reads']} reads and "
            f"{r['edits']} edits simulated in {r['seconds']:.0f} s):"
        )
        print(
            f"  page cache hit rate {r['hit_rate']:.1%} (target ≥ {TARGET_HIT_RATE:.0%}); "
            f"one site-wide version (the old design) on the same day: {r['old_hit_rate']:.1%}"
        )
        misses = ", ".join(f"{k} {v}" for k, v in sorted(r["misses"].items(), key=lambda x: -x[1]))
        print(f"  misses by page: {misses}")
        print(
            f"  stale pages served {r['stale']} (target 0): the edited story and its page after "
            f"every edit, and {r['sampled']} pages against a render from scratch at the end "
            f"({r['reranked']} of them list other related stories now, which is not an edit: "
            f"see articles/caching.py){held}"
        )
        ok = ok and r["hit_rate"] >= TARGET_HIT_RATE and r["stale"] == 0
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
