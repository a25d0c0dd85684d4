#!/usr/bin/env python
"""Search quality: recall and precision of the jieba index against an exact substring ground truth.

    python bench/search_quality.py [--stories 3000] [--queries 200] [--database sqlite|postgresql|both]
                                   [--segmenter rjieba|jieba|both]

Builds a synthetic archive from the seed page's own text (its sentences, and new sentences
recombined from its clauses; the people, places, organisations and numbers varied per story, so
the archive has rare words as well as common ones), writes it to a fresh database, indexes it
with the real indexing code (what ``rebuild_search_index`` runs), and asks 200 word queries
sampled from the corpus: distinct words (jieba's default accurate mode over the stories, two or
more characters, with a Chinese character) drawn uniformly from its vocabulary. The ground truth
of a query is every published story whose normalised title or body contains it (plain Python
``in``); the result is every story the engine matches (``search.engine.filter_articles``).
Prints recall and precision, micro-averaged over all queries, for each database, and the same
for the 20 most frequent words on their own. Targets: recall ≥ 0.98, precision 1.0.

The index segmenter (``NEWSROOM_SEARCH_SEGMENTER``, see search/text.py) is measured side by side:
rjieba and jieba each build and query their own database, and each line also gives the time to
segment the archive's text for the index (``search.text.analyse``, no cache) against a plain
``jieba.lcut`` of the same text in the same process.

This module also holds the corpus generator and the query sampler that bench/search_speed.py uses.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"
RECALL_TARGET = 0.98
SEGMENTERS = ("rjieba", "jieba")
PRECISION_TARGET = 1.0

# Names in the seed text and what replaces them in a synthetic story.
SEED_PEOPLE = [
    "徐惠民",
    "王晖",
    "黄巍东",
    "沈雷",
    "单晓鸣",
    "庄中秋",
    "娄勤俭",
    "曹益飞",
    "朱茗茗",
    "卢仁兵",
    "马锋",
    "顾春华",
]
SEED_PLACES = ["港闸区", "通燧社区", "幸福街道", "南通"]
SEED_ORGS = ["飞牛小匠", "彩虹之心", "熊猫侠", "绿舟应急救援队", "千企联千村"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "文君兆欣帅惠民晖巍东中秋晓鸣雷丛军建连生春华明亮伟强芳娜敏静丽涛洋勇艳杰娟磊超秀霞平刚桂英宏志海波玉兰凤梅琳婷雪飞鹏辉"
PLACE_CHARS = (
    "东西南北新老金银青石龙凤桥河湖海港湾山林泉溪塘营庄圩沙洲滨江城安平和兴盛福寿康乐华阳光明"
)
PLACE_SUFFIXES = ["镇", "村", "街道", "社区", "开发区", "工业园", "新村", "港区"]
ORG_SUFFIXES = ["志愿服务社", "应急救援队", "科技有限公司", "合作社", "商会", "协会", "文化站"]
TOPICS = [
    "重大项目",
    "城建工程",
    "污染防治",
    "乡村振兴",
    "营商环境",
    "社会组织",
    "港口物流",
    "长江保护",
    "科技创新",
    "民生实事",
    "文明城市",
    "教育改革",
    "医疗服务",
    "交通建设",
    "文旅融合",
    "数字经济",
    "党建引领",
    "安全生产",
    "疫情防控",
    "招商引资",
]
PHRASES = ["取得新突破", "迈出新步伐", "推进会召开", "见成效", "提速增效", "再上新台阶", "开新局"]
SECTIONS = ["要闻", "综合", "民生", "经济", "城市", "文体"]


def _seed_sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 30]
    body = "".join(paragraphs)
    sentences = re.findall(r"[^。！？]+[。！？]”?", body)
    return [s for s in sentences if 8 <= len(s) <= 200 and "下转" not in s and "上接" not in s]


SENTENCES = _seed_sentences()
CLAUSES = [
    c.strip("“”")
    for s in SENTENCES
    for c in re.split(r"[，；：。！？]", s)
    if 4 <= len(c.strip("“”")) <= 40
]


@dataclass
class Story:
    number: int
    day: date
    label: str
    section: str
    kicker: str
    headline: str
    reporters: list[str]
    paragraphs: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return "\n".join(t for t in (self.kicker, self.headline) if t)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


class Corpus:
    """Deterministic synthetic stories in the seed's style (same ``seed`` → same stories)."""

    def __init__(self, seed: int = 7, *, per_day: int = 10, start: date = date(2007, 1, 1)):
        rng = random.Random(seed)
        self.seed = seed
        self.per_day = per_day
        self.start = start
        self.people = self._pool(rng, 4000, self._person)
        self.places = self._pool(rng, 1500, self._place)
        self.orgs = self._pool(rng, 600, self._org)
        self.reporters = self._pool(rng, 300, self._person)

    @staticmethod
    def _pool(rng, size, make) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < size:
            seen.setdefault(make(rng), None)
        return list(seen)

    @staticmethod
    def _person(rng) -> str:
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))

    @staticmethod
    def _place(rng) -> str:
        return "".join(rng.choice(PLACE_CHARS) for _ in range(2)) + rng.choice(PLACE_SUFFIXES)

    @staticmethod
    def _org(rng) -> str:
        return "".join(rng.choice(PLACE_CHARS + GIVEN) for _ in range(2)) + rng.choice(ORG_SUFFIXES)

    def _sentence(self, rng) -> str:
        if rng.random() < 0.5:
            return rng.choice(SENTENCES)
        return "，".join(rng.sample(CLAUSES, rng.randint(2, 4))) + "。"

    def story(self, number: int) -> Story:
        rng = random.Random(self.seed * 1_000_003 + number)
        cast = {}
        for name in SEED_PEOPLE:
            if rng.random() < 0.7:
                cast[name] = rng.choice(self.people)
        for name in SEED_PLACES:
            if rng.random() < 0.5:
                cast[name] = rng.choice(self.places)
        for name in SEED_ORGS:
            if rng.random() < 0.6:
                cast[name] = rng.choice(self.orgs)
        pattern = re.compile("|".join(sorted(map(re.escape, cast), key=len, reverse=True)))

        def vary(text: str) -> str:
            if cast:
                text = pattern.sub(lambda m: cast[m.group(0)], text)
            return re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), text)

        topic = rng.choice(TOPICS)
        place, org = rng.choice(self.places), rng.choice(self.orgs)
        headline = f"{topic}{rng.choice(PHRASES)}"
        if rng.random() < 0.5:
            headline = f"{place}{headline}"
        kicker = (
            f"{rng.choice([place, org, topic])}{rng.choice(['强化引领', '扎实推进', '多措并举'])}——"
            if rng.random() < 0.4
            else ""
        )
        reporters = rng.sample(self.reporters, rng.choice((1, 1, 2)))
        paragraphs = []
        for i in range(rng.randint(3, 7)):
            text = "".join(self._sentence(rng) for _ in range(rng.randint(1, 3)))
            if i == 0:
                text = (
                    f"本报讯（记者{' '.join(reporters)}）{rng.randint(1, 28)}日，{org}在{place}。"
                    + text
                )
            paragraphs.append(vary(text))
        day = self.start + timedelta(days=number // self.per_day)
        return Story(
            number=number,
            day=day,
            label=f"A{number % self.per_day // 2 + 1}",
            section=SECTIONS[number % self.per_day // 2 % len(SECTIONS)],
            kicker=vary(kicker),
            headline=vary(headline),
            reporters=reporters,
            paragraphs=paragraphs,
        )

    def stories(self, count: int, start: int = 0):
        for number in range(start, start + count):
            yield self.story(number)


# Writing a corpus to the database -----------------------------------------------------------


def insert_rows(model, rows: list[dict], *, using: str = "default") -> None:
    """Insert plain rows (column name → value) fast: COPY on PostgreSQL, executemany on SQLite.

    Django's bulk_create on PostgreSQL quotes long texts into arrays (UNNEST) client-side, which
    dominates a large load."""
    from django.db import connections, transaction

    if not rows:
        return
    table = model._meta.db_table
    columns = list(rows[0])
    connection = connections[using]
    if connection.vendor == "sqlite":
        adapt = connection.ops.adapt_datetimefield_value
        rows = [{k: adapt(v) if isinstance(v, datetime) else v for k, v in r.items()} for r in rows]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[c] for c in columns])
        else:
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            marks = ", ".join("?" for _ in columns)
            cursor.cursor.executemany(
                f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                [tuple(row[c] for c in columns) for row in rows],
            )


def write_stories(stories: list[Story], *, using: str = "default", paper=None) -> None:
    """Bulk-insert stories (publication, issues, pages, people, stories, parts, bylines), published.

    Primary keys are the story numbers (+1), so the same corpus gets the same ids everywhere."""
    from django.db import transaction
    from django.utils import timezone

    from articles.labels import label_sequence
    from articles.models import (
        Article,
        ArticlePart,
        Byline,
        Issue,
        Page,
        Person,
        Publication,
    )

    if paper is None:
        paper, _ = Publication.objects.using(using).get_or_create(
            slug="nantong-daily", defaults={"name": "南通日报"}
        )
    now = timezone.now()
    with transaction.atomic(using=using):
        days = {s.day for s in stories}
        known = set(
            Issue.objects.using(using)
            .filter(publication=paper, date__in=days)
            .values_list("date", flat=True)
        )
        Issue.objects.using(using).bulk_create(
            [Issue(publication=paper, date=d, status="published") for d in sorted(days - known)]
        )
        issues = dict(
            Issue.objects.using(using)
            .filter(publication=paper, date__in=days)
            .values_list("date", "pk")
        )
        wanted = {(issues[s.day], s.label): s.section for s in stories}
        known_pages = set(
            Page.objects.using(using)
            .filter(issue_id__in=issues.values())
            .values_list("issue_id", "label")
        )
        Page.objects.using(using).bulk_create(
            [
                Page(issue_id=i, label=label, section=section, sequence=label_sequence(label))
                for (i, label), section in wanted.items()
                if (i, label) not in known_pages
            ]
        )
        pages = {
            (i, label): pk
            for pk, i, label in Page.objects.using(using)
            .filter(issue_id__in=issues.values())
            .values_list("pk", "issue_id", "label")
        }
        names = {n for s in stories for n in s.reporters}
        Person.objects.using(using).bulk_create(
            [Person(name=n) for n in sorted(names)], ignore_conflicts=True
        )
        people = dict(Person.objects.using(using).filter(name__in=names).values_list("name", "pk"))
        articles, parts, bylines = [], [], []
        for s in stories:
            issue_id = issues[s.day]
            page_id = pages[(issue_id, s.label)]
            pk = s.number + 1
            articles.append(
                {
                    "id": pk,
                    "issue_id": issue_id,
                    "page_id": page_id,
                    "position": pk,
                    "kicker": s.kicker,
                    "headline": s.headline,
                    "subheadline": "",
                    "dateline": "本报讯",
                    "byline": "记者" + " ".join(s.reporters),
                    "status": "published",
                    "publish_acknowledged_texts": "[]",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            parts.append(
                {
                    "id": pk,
                    "article_id": pk,
                    "page_id": page_id,
                    "position": pk,
                    "sequence": 0,
                    "title_lines": json.dumps(
                        [t for t in (s.kicker, s.headline) if t], ensure_ascii=False
                    ),
                    "blocks": json.dumps(
                        [{"kind": "paragraph", "text": p} for p in s.paragraphs],
                        ensure_ascii=False,
                    ),
                    "continued_from": "",
                    "whole_copy": False,
                }
            )
            bylines += [
                {"article_id": pk, "person_id": people[n], "order": i}
                for i, n in enumerate(s.reporters)
            ]
        insert_rows(Article, articles, using=using)
        insert_rows(ArticlePart, parts, using=using)
        insert_rows(Byline, bylines, using=using)


# Queries -------------------------------------------------------------------------------------


def corpus_words(stories: list[Story]) -> Counter[str]:
    """How many stories each word occurs in: jieba's default accurate mode (independent of the
    index's settings); words of two or more characters with a Chinese character, no stop words."""
    from articles.text import get_jieba
    from search.text import STOP_WORDS, normalize

    jieba = get_jieba()
    stories_with: Counter[str] = Counter()
    for story in stories:
        words = set(jieba.lcut(normalize(f"{story.title}\n{story.body}")))
        stories_with.update(
            w
            for w in words
            if len(w) >= 2 and w not in STOP_WORDS and re.search(r"[\u4e00-\u9fff]", w)
        )
    return stories_with


def sample_queries(words: Counter[str], count: int, *, seed: int = 11) -> list[str]:
    """``count`` distinct words drawn uniformly from the corpus vocabulary: what readers type is
    mostly names, places and less common words, seldom the words half the archive contains."""
    return random.Random(seed).sample(sorted(words), count)


def frequent_words(words: Counter[str], count: int = 20) -> list[str]:
    """The ``count`` words in the most stories: the hardest queries (reported on their own)."""
    return [w for w, _ in sorted(words.items(), key=lambda item: (-item[1], item[0]))[:count]]


def ground_truth(stories: list[Story], queries: list[str]) -> dict[str, set[int]]:
    """Query → ids of the stories whose normalised title or body contains it."""
    from search.text import normalize

    texts = [(s.number + 1, normalize(s.title), normalize(s.body)) for s in stories]
    truth = {}
    for query in queries:
        q = normalize(query)
        truth[query] = {pk for pk, title, body in texts if q in title or q in body}
    return truth


# The benchmark -------------------------------------------------------------------------------


def worker(database_url: str, story_count: int, query_count: int) -> dict:
    from bench._support import setup_django

    setup_django(database_url)
    from articles.text import get_jieba
    from search.indexing import rebuild
    from search.text import analyse, normalize, segmenter_name

    corpus = Corpus()
    stories = list(corpus.stories(story_count))
    write_stories(stories)
    texts = [normalize(p) for s in stories[:500] for p in (s.title, *s.paragraphs)]
    analyse("预热")
    get_jieba().lcut("预热")
    started = time.perf_counter()
    for text in texts:
        analyse(text, normalised=True)
    segment_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        get_jieba().lcut(text)
    lcut_seconds = time.perf_counter() - started
    started = time.perf_counter()
    rebuild()
    index_seconds = time.perf_counter() - started
    words = corpus_words(stories)
    queries = sample_queries(words, query_count)
    frequent = frequent_words(words)
    return {
        "stories": len(stories),
        "segmenter": segmenter_name(),
        "segment_ratio": segment_seconds / lcut_seconds,
        "index_seconds": index_seconds,
        "sampled": score(stories, queries),
        "frequent": score(stories, frequent),
    }


def score(stories: list[Story], queries: list[str]) -> dict:
    """Recall and precision of ``search`` against the substring ground truth, micro-averaged."""
    from articles.models import Article
    from search.engine import filter_articles

    truth = ground_truth(stories, queries)
    true_positives = found_total = truth_total = 0
    per_query = []
    for query in queries:
        found = set(
            filter_articles(Article.objects.published(), query).values_list("pk", flat=True)
        )
        expected = truth[query]
        true_positives += len(found & expected)
        found_total += len(found)
        truth_total += len(expected)
        per_query.append((query, len(expected), len(found & expected), len(found - expected)))
    matches = sorted(p[1] for p in per_query)
    return {
        "queries": len(queries),
        "recall": true_positives / truth_total if truth_total else 1.0,
        "precision": true_positives / found_total if found_total else 1.0,
        "median_matches": matches[len(matches) // 2],
        "misses": sorted([p for p in per_query if p[2] < p[1] or p[3]], key=lambda p: p[2] - p[1])[
            :6
        ],
    }


def report(name: str, r: dict, *, chosen: bool) -> bool:
    """Print one database's figures; whether its targets were met (counted for the default
    segmenter only: the other is printed for comparison)."""
    sampled, frequent = r["sampled"], r["frequent"]
    met = sampled["recall"] >= RECALL_TARGET and sampled["precision"] >= PRECISION_TARGET
    print(
        f"{name} search quality ({r['segmenter']}), {sampled['queries']} word queries sampled "
        f"from the corpus over {r['stories']:,} stories: recall {sampled['recall']:.4f} "
        f"(target ≥ {RECALL_TARGET}), precision {sampled['precision']:.4f} "
        f"(target {PRECISION_TARGET}); median {sampled['median_matches']} true matches per "
        f"query; segmenting ÷ jieba.lcut {r['segment_ratio']:.2f}; indexed in "
        f"{r['index_seconds']:.1f} s"
    )
    print(
        f"    the {frequent['queries']} most frequent words (median "
        f"{frequent['median_matches']:,} true matches): recall {frequent['recall']:.4f}, "
        f"precision {frequent['precision']:.4f}"
    )
    for query, expected, hit, extra in sampled["misses"] + frequent["misses"]:
        print(f"    {query}: found {hit} of {expected}" + (f", {extra} wrong" if extra else ""))
    return met or not chosen


def main() -> None:
    from bench._support import add_database_arguments, chosen_databases, run_per_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=3000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--segmenter", choices=[*SEGMENTERS, "both"], default="both")
    add_database_arguments(parser)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.database_url, args.stories, args.queries)))
        return
    databases = chosen_databases(args)
    segmenters = SEGMENTERS if args.segmenter == "both" else (args.segmenter,)
    ok = True
    for segmenter in segmenters:
        os.environ["NEWSROOM_SEARCH_SEGMENTER"] = segmenter
        results = run_per_database(
            __file__, ["--stories", str(args.stories), "--queries", str(args.queries)], databases
        )
        for name, r in results.items():
            ok &= report(name, r, chosen=segmenter == SEGMENTERS[0])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
