#!/usr/bin/env python
"""The search view: what a request costs in one process, and every search page byte for byte.

    .venv/bin/python bench/search_view_bench.py [--rounds 300] [--profile]
    .venv/bin/python bench/search_view_bench.py --dump before.json [--code OTHER_CHECKOUT]
    .venv/bin/python bench/search_view_bench.py --compare before.json [--postgres]

Builds a small archive in a temp database (the seed front page and its A2 continuations, plus
stories written here for what the seed lacks: a second paper, 25 stories sharing a word for
paging, traditional characters, reporters, sections, a kicker and a subheading, characters HTML
escapes) and serves it through Django's WSGI handler with the site's production settings
(``bench.public_settings``: DEBUG off, the page cache on; the search view is never cached).

* Timing (the default): ``--rounds`` requests to a minimal view, a story page served from the
  page cache and several search pages, interleaved round after round; prints each one's median
  CPU time, its queries and Python calls a request, and the search pages' CPU time against the
  cached story page's (``bench/load_bench.py`` compares their throughput under gunicorn).
  ``--profile`` adds where the search page's time goes.
* ``--dump FILE`` renders every search page of :func:`pages` (queries simplified and
  traditional, empty, punctuation only, no result, too long, paging, bad page numbers, each
  filter alone and together, filters without a query, the ranked and the newest-first lists,
  the capped and windowed counts, the keyword pages) and writes status, headers that matter
  and body to ``FILE``; ``--compare FILE`` renders them again and exits 1 on any difference.
  ``--code DIR`` renders with another checkout's code (``git archive <commit> | tar -x``): the
  same check before and after a change.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes, urlencode


def _code_root(argv: list[str]) -> Path:
    """The checkout whose code is run: ``--code DIR`` or this file's."""
    if "--code" in argv:
        return Path(argv[argv.index("--code") + 1]).resolve()
    return Path(__file__).resolve().parent.parent


ROOT = _code_root(sys.argv)
sys.path.insert(0, str(ROOT))

SEARCH = "/search/"
TAG = "/search/tag/"
HEADERS = ("Content-Type", "Cache-Control", "Vary", "Content-Language")


def q(**params) -> str:
    return SEARCH + ("?" + urlencode(params) if params else "")


def pages() -> list[str]:
    """Every search page compared before and after a change (addresses)."""
    return [
        q(),
        q(q=""),
        q(q="徐惠民"),
        q(q="党建"),
        q(q="党建 品牌"),
        q(q="品牌 党建 党建"),
        q(q="报"),
        q(q="社会组织"),
        q(q="會展"),
        q(q="会展"),
        q(q="會展中心"),
        q(q="大桥通车"),
        q(q="大橋"),
        q(q="通車"),
        q(q="量子计算机"),
        q(q="！！！"),
        q(q="“污染防治”"),
        q(q="-徐惠民"),
        q(q='"党建" OR 1=1'),
        q(q="<script>alert(1)</script>"),
        q(q="AT&T 港口"),
        q(q="O'Neil"),
        q(q="100%_\\"),
        q(q="Ｃａｆé 咖啡"),
        q(q="报" * 300),
        q(q="港口"),
        q(q="港口", page="2"),
        q(q="港口", page="3"),
        q(q="港口", page="99"),
        q(q="港口", page="0"),
        q(q="港口", page="-1"),
        q(q="港口", page="abc"),
        q(q="港口", page="²"),
        q(q="港口 建设", page="2"),
        q(q="港口", paper="test-daily"),
        q(q="港口", paper="harbour-evening"),
        q(q="港口", paper="no-such-paper"),
        q(q="港口", start="2021-01-10"),
        q(q="港口", end="2021-01-05"),
        q(q="港口", start="2021-01-10", end="2021-01-05"),
        q(q="港口", start="2021-13-45"),
        q(q="港口", label="A2"),
        q(q="港口", label="Ａ３"),
        q(q="港口", label="第三版"),
        q(q="港口", label="???"),
        q(q="港口", section="港航"),
        q(q="港口", section=" 港航 "),
        q(q="港口", reporter="林晓舟"),
        q(q="港口", reporter="没有这个人"),
        q(q="港口", paper="test-daily", start="2021-01-03", end="2021-01-20", label="A3"),
        q(q="徐惠民", paper="nantong-daily", reporter="朱文君"),
        q(q="徐惠民", label="A2"),
        q(reporter="金帅"),
        q(reporter="林晓舟"),
        q(paper="harbour-evening"),
        q(paper="test-daily", page="2"),
        q(start="2020-07-09", end="2020-07-09"),
        q(section="港航"),
        q(label="A1"),
        q(start="2030-01-01"),
        q(start="bad"),
        q(q="咖啡"),
        q(q="港口", paper="", start="", end="", label="", section="", reporter=""),
        q(q="", paper="", start="", end="", label="", section="", reporter=""),
        q(q="港口", paper="", start="2021-01-20", end="", label="", section="", reporter=""),
        SEARCH + "?q=" + quote("港口") + "&q=" + quote("灯塔"),
        SEARCH + "?q=" + quote("港口") + "&paper=test-daily&paper=harbour-evening",
        SEARCH + "?page=2",
        q(q="港口", page=""),
        q(q="灯塔"),
        q(q="渔港"),
        q(q="渔港", paper="harbour-evening"),
        q(q="港", paper="test-daily"),
        q(q="港", paper="harbour-evening", order="newest"),
        q(q="港", start="2021-01-10", end="2021-01-20"),
        q(q="港", label="A3"),
        q(q="港", section="港航"),
        q(q="港", reporter="林晓舟"),
        q(q="港 -灯塔", paper="test-daily"),
        q(q="报", paper="nantong-daily"),
        q(q="龘", paper="test-daily"),
        q(q="港 建设", paper="test-daily"),
        TAG + quote("党建") + "/",
        TAG + quote("港口") + "/",
        TAG + quote("港口") + "/?page=2",
        TAG + quote("不存在的词") + "/",
        TAG + quote("港口") + "/?page=x",
    ]


# --- the archive ---------------------------------------------------------------------------


def setup(database_url: str) -> dict:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.public_settings"
    os.environ["BENCH_PAGE_CACHE"] = "1"
    os.environ["BENCH_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsroom-search-cache-")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return build()


def _story(headline, *paragraphs, paper, day, label, section="", kicker="", sub="", people=()):
    from articles.models import Article, ArticlePart, Byline, Issue, Page, Person, Publication

    slug, name = paper
    publication, _ = Publication.objects.get_or_create(slug=slug, defaults={"name": name})
    issue, _ = Issue.objects.get_or_create(publication=publication, date=day)
    page, _ = Page.objects.get_or_create(issue=issue, label=label, defaults={"section": section})
    position = page.articles.count() + 1
    article = Article.objects.create(
        issue=issue, page=page, position=position, kicker=kicker, headline=headline,
        subheadline=sub,
    )  # fmt: skip
    ArticlePart.objects.create(
        article=article,
        page=page,
        position=position,
        blocks=[{"kind": "paragraph", "text": p} for p in paragraphs],
    )
    for order, person in enumerate(people):
        Byline.objects.create(
            article=article, person=Person.objects.get_or_create(name=person)[0], order=order
        )
    return article


def build() -> dict:
    """The archive: the seed issue and stories written for this bench; the URLs to time."""
    from articles.models import Article, Issue
    from bench._support import import_seed_edition
    from search.indexing import index_articles

    import_seed_edition()
    test_daily = ("test-daily", "测试日报")
    evening = ("harbour-evening", "港城晚报")
    made = []
    for day in range(1, 26):
        label = ("A1", "A2", "A3")[day % 3]
        made.append(
            _story(
                f"港口建设第{day}期",
                f"港口建设继续推进，第{day}个泊位完成验收。",
                "码头工人说，新泊位让装卸快了一倍。",
                paper=test_daily,
                day=date(2021, 1, day),
                label=label,
                section="港航" if label == "A3" else "",
                people=("林晓舟",) if day % 2 else ("林晓舟", "陈海"),
            )
        )
    made += [
        _story(
            "海港大橋月底通車",
            "本報訊 海港大橋工程進入收尾階段，月底通車。",
            "國際會展中心同日開放。",
            paper=evening,
            day=date(2021, 2, 3),
            label="A1",
            kicker="兩岸共建",
            sub="港城交通再添新動脈",
        ),
        _story(
            "渔港夜市<灯塔> & “咖啡”",
            "渔港夜市开张，AT&T 的工程师也来品尝 Café 咖啡。",
            "有人写下 O'Neil 与 100%_\\ 的字样，灯塔下人来人往。",
            paper=evening,
            day=date(2021, 2, 4),
            label="A2",
            section="城事",
            kicker="夜经济",
            people=("陈海",),
        ),
        _story(
            "灯塔",
            "\n".join(["老灯塔修缮完工。"] * 3),
            paper=test_daily,
            day=date(2021, 2, 5),
            label="A1",
            sub="百年灯塔重放光芒",
        ),
    ]
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    index_articles([a.pk for a in Article.objects.all()], force=True)
    story = Article.objects.get(headline="用党建品牌让社会组织“亮心”")
    return {"article": story.get_absolute_url()}


# --- requests ------------------------------------------------------------------------------


def handler():
    """``get(address) -> (status, headers, body)`` through Django's WSGI handler."""
    from django.core.handlers.wsgi import WSGIHandler

    app = WSGIHandler()

    def get(address: str):
        path, _, query = address.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": unquote_to_bytes(path).decode("iso-8859-1"),  # as servers pass it
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        started = []
        body = app(environ, lambda s, h, exc_info=None: started.append((s, h)))
        content = b"".join(body)
        body.close()
        status, headers = started[0]
        return int(status.split()[0]), dict(headers), content

    return get


def render_all(get) -> dict:
    """Every page of :func:`pages`, then the windowed ones again with a small rank window."""
    from search import engine

    shown = {}
    for address in pages():
        status, headers, body = get(address)
        shown[address] = {
            "status": status,
            "headers": {name: headers.get(name) for name in HEADERS},
            "body": body.decode(),
        }
    for address in derived():
        status, headers, body = get(address)
        shown[address] = {"status": status, "body": body.decode()}
    window, cap = engine.RANK_WINDOW, engine.COUNT_CAP
    engine.RANK_WINDOW, engine.COUNT_CAP = 4, 7
    try:
        for address in (q(q="港口"), q(q="港口", page="2"), q(q="港口 建设"), q(q="大桥通车")):
            status, headers, body = get(address)
            shown["window 4, cap 7: " + address] = {"status": status, "body": body.decode()}
    finally:
        engine.RANK_WINDOW, engine.COUNT_CAP = window, cap
    return shown


def derived() -> list[str]:
    """More queries, made from the archive's own titles: every two characters of each title
    and its first four (words, halves of words, across punctuation)."""
    from articles.models import Article

    found: dict[str, None] = {}
    for title in Article.objects.order_by("pk").values_list("headline", flat=True):
        for start in range(0, len(title) - 1, 2):
            found.setdefault(q(q=title[start : start + 2]), None)
        found.setdefault(q(q=title[:4]), None)
    return list(found)


def compare(before: dict, after: dict) -> list[str]:
    problems = []
    for address in before.keys() | after.keys():
        if before.get(address) != after.get(address):
            problems.append(address)
    return sorted(problems)


TIMED = {
    "search 徐惠民 (2 hits)": q(q="徐惠民"),
    "search 党建 品牌 (2 parts)": q(q="党建 品牌"),
    "search 港口 (20 hits of 25)": q(q="港口"),
    "search 港口 + 3 filters": q(q="港口", paper="test-daily", label="A3", reporter="林晓舟"),
    "filters only (newest first)": q(paper="test-daily"),
    "empty form": q(),
}


def timed(get, urls: dict, rounds: int) -> dict[str, float]:
    cpu: dict[str, list[float]] = {name: [] for name in urls}
    for _ in range(rounds):
        for name, address in urls.items():
            start = time.process_time()
            get(address)
            cpu[name].append(time.process_time() - start)
    return {name: statistics.median(values) * 1000 for name, values in cpu.items()}


def counts(get, address: str) -> tuple[int, int]:
    """Queries and Python calls one request makes."""
    from django.db import connections

    seen = []

    def count(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with contextlib.ExitStack() as stack:
        for connection in connections.all():
            stack.enter_context(connection.execute_wrapper(count))
        get(address)
    profiler = cProfile.Profile()
    profiler.enable()
    get(address)
    profiler.disable()
    return len(seen), pstats.Stats(profiler).total_calls


AREAS = [  # (area, what in a profiled function's file name puts it there), first match wins
    ("SQL (driver)", ("sqlite3", "psycopg")),
    ("ORM (cursor, rows)", ("django/db/",)),
    ("templates", ("django/template/", "templatetags", "django/utils/html", "safestring")),
    ("form (Django)", ("django/forms/",)),
    ("search: marks, jieba", ("search/highlight", "search/text", "jieba")),
    ("search: form, results, view", ("search/",)),
    ("queries, public helpers", ("articles/",)),
    ("URLs", ("django/urls/",)),
    ("middleware, handler", ("django/", "whitenoise", "simple_history", "newsroom/", "asgiref")),
]


def profile(get, address: str, rounds: int) -> str:
    """Where a request's time goes: by area (each function's own time, built-ins apart), then
    the dearest functions."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        get(address)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    totals: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        area = next((a for a, marks in AREAS if any(m in filename for m in marks)), "other")
        if filename == "~":
            area = "Python built-ins"
        totals[area] = totals.get(area, 0.0) + tottime
    whole = sum(totals.values())
    out.write(
        "where the time goes: "
        + ", ".join(f"{a} {t / whole:.0%}" for a, t in sorted(totals.items(), key=lambda x: -x[1]))
        + "\n"
    )
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(60)
    return out.getvalue()


@contextlib.contextmanager
def database(postgres: bool):
    if postgres:
        sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
        from bench._support import throwaway_postgres

        with throwaway_postgres("searchview") as url:
            yield url
    else:
        with tempfile.TemporaryDirectory(prefix="newsroom-search-view-") as folder:
            yield f"sqlite:///{folder}/bench.sqlite3"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--dump", metavar="FILE")
    parser.add_argument("--compare", metavar="FILE")
    parser.add_argument("--code", metavar="DIR", help="run another checkout's code")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL")
    args = parser.parse_args()
    with database(args.postgres) as url:
        urls = setup(url)
        get = handler()
        if args.dump or args.compare:
            shown = render_all(get)
            if args.dump:
                Path(args.dump).write_text(json.dumps(shown, ensure_ascii=False, indent=1))
                print(f"search pages: {len(shown)} rendered into {args.dump}")
                return 0
            problems = compare(json.loads(Path(args.compare).read_text()), shown)
            print(
                f"search pages: {len(shown)} rendered, {len(problems)} differ from {args.compare}"
            )
            for address in problems:
                print("  differs:", address)
            if problems and os.environ.get("SHOW_DIFF"):
                import difflib

                old, new = (
                    json.loads(Path(args.compare).read_text())[problems[0]],
                    shown[problems[0]],
                )
                print(old.get("status"), new.get("status"))
                print(
                    "\n".join(
                        difflib.unified_diff(
                            old["body"].splitlines(), new["body"].splitlines(), lineterm="", n=1
                        )
                    )
                )
            return 1 if problems else 0
        views = {"minimal": "/bench/minimal/", "article (page cache)": urls["article"], **TIMED}
        for address in views.values():
            for _ in range(10):  # warm: imports, jieba, compiled templates, the page cache
                get(address)
        cpu = timed(get, views, args.rounds)
        print(
            f"search view in process ({'PostgreSQL' if args.postgres else 'SQLite'}, "
            f"{args.rounds} rounds, median CPU time a request; DEBUG off, page cache on)"
        )
        article = cpu["article (page cache)"]
        for name, address in views.items():
            queries, calls = counts(get, address)
            ratio = (
                f", {cpu[name] / article:.1f}× the cached story page"
                if "/search" in address
                else ""
            )
            print(f"  {name}: {cpu[name]:.2f} ms CPU, {queries} queries, {calls} calls{ratio}")
        if args.profile:
            which = os.environ.get("PROFILE_VIEW", "search 徐惠民 (2 hits)")
            print(profile(get, TIMED[which], max(100, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
