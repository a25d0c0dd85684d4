#!/usr/bin/env python
"""Proofreading aid (校对): precision and recall on pages seeded with known errors, and false
alarms on clean text.

    python bench/proofread_bench.py [--show] [--json] [FOLDER ...]

Without a folder it runs on the project's own fixtures:

* **seeded** — ``tests/data/proofreading/seeded/``: copies of the clean pages with errors of
  every kind the checks cover put in by hand, listed in ``seeded/truth.json`` (each error's page
  file, offset in that file, kind, the text and a few characters around it as the story stores
  it); written by ``tests/data/proofreading/seed_errors.py`` from the clean pages and its list
  of edits. Precision: the findings on these pages that point at a seeded error, of all their
  findings; recall: the seeded errors found. Per kind and overall; targets ≥ 0.9 / ≥ 0.9.
* **clean** — ``tests/data/proofreading/clean/`` (pages written for this bench in several
  styles, with much legitimate reduplication: 常常, 看看, 明明白白, 绿油油, 家家户户 …), the seed
  (``seeds/``) and the importer's fidelity pages (``tests/data/fidelity/``): clean text as far as
  proofreading goes. Every finding there is a false alarm unless ``clean-known.json`` lists it
  as a real slip of the printed text (the seed prints 摸清清楚 and 小组组招商); printed: false
  alarms per 10,000 characters of checked text (target ≤ 1.0), and how many doubled-character
  pairs the clean text holds and how many were flagged.

Each edition (a folder with the fidelity bench's ``edition.json``, or a ``pages.json`` list of
``{"file", "paper", "date", "page"}``) is imported through the real importer into a throwaway
SQLite database with the bench's own word list (``tests/data/proofreading/words.json``), and
the findings are the ones the import stored (``articles/proofing.py``, run at commit), as the
desk and ``manage.py proofread`` see them. Characters counted: every text the checks read (deck,
dateline, byline, every paragraph of every stored story).

With folders given (say ``/work/shared/realpages/text/``), it imports those instead and prints
what it finds there (``--show`` lists every finding with its context); nothing is copied.
**Cost.** Then (``--import-pages N``, default 100; 0 skips it) it imports N synthetic pages in
the seed's style (``bench/synthetic.py``) as ``import_pages`` does (``--workers``: its parsing
workers) and times the checks run at each commit against the whole import, in the same run
(target: ≤ 10 % of the import). ``bench/import_bench.py`` gives the import's own figures; run it
with ``NEWSROOM_PROOFREAD_ON_IMPORT=0`` to compare without the checks.

Exit status 0 when the targets are met.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._support import ROOT, run_worker, setup_django, throwaway_sqlite

DATA = ROOT / "tests" / "data" / "proofreading"
CLEAN_ROOTS = [DATA / "clean", ROOT / "seeds", ROOT / "tests" / "data" / "fidelity"]
PRECISION_TARGET = 0.9
RECALL_TARGET = 0.9
FALSE_ALARM_TARGET = 1.0  # per 10,000 characters of clean text
COST_TARGET = 0.10  # the checks' share of an import's time


@dataclass
class PageFile:
    path: Path
    paper: str
    slug: str
    date: str
    label: str


@dataclass
class Found:
    """One stored finding, with where it is: the page files of its story, the text it is in."""

    kind: str
    text: str
    start: int
    end: int
    source: str
    where: str
    files: set[str]  # page files (relative to the repository, or absolute) of its story
    issue: tuple[str, str]  # (paper, date)

    def context(self, width: int = 12) -> str:
        before = self.source[max(0, self.start - width) : self.start]
        after = self.source[self.end : self.end + width]
        return f"{before}【{self.source[self.start : self.end]}】{after}"


@dataclass
class Run:
    """What one set of pages gave: the findings, characters checked, doubled pairs seen."""

    found: list[Found] = field(default_factory=list)
    characters: int = 0
    pairs: int = 0
    stories: int = 0
    pages: int = 0
    refused: list[str] = field(default_factory=list)


# Reading the folders ----------------------------------------------------------------------


def find_pages(roots: list[Path]) -> list[PageFile]:
    """Every page under the roots: folders with ``edition.json`` or ``pages.json``; the seed's
    ``<slug>/<date>/<label>.txt`` layout (``seeds/``) otherwise."""
    pages: list[PageFile] = []
    for root in roots:
        root = root.resolve()
        editions = sorted(p.parent for p in root.rglob("edition.json"))
        for folder in editions:
            meta = json.loads((folder / "edition.json").read_text(encoding="utf-8"))
            for entry in meta["pages"]:
                pages.append(
                    PageFile(
                        folder / entry["file"],
                        meta["paper"],
                        meta.get("slug", ""),
                        meta["date"],
                        str(entry["page"]),
                    )
                )
        for listing in sorted(root.rglob("pages.json")):
            for entry in json.loads(listing.read_text(encoding="utf-8")):
                pages.append(
                    PageFile(
                        listing.parent / entry["file"],
                        entry["paper"],
                        "",
                        entry["date"],
                        str(entry["page"]),
                    )
                )
        if not editions and not list(root.rglob("pages.json")):
            for file in sorted(root.glob("*/*/*.txt")):  # seeds/<slug>/<date>/<label>.txt
                pages.append(
                    PageFile(file, "", file.parent.parent.name, file.parent.name, file.stem)
                )
    return pages


def relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path.resolve())


# Importing and reading back ---------------------------------------------------------------


def load_words(path: Path) -> None:
    from articles.models import ProofreadingWord

    ProofreadingWord.objects.all().delete()
    for entry in json.loads(path.read_text(encoding="utf-8")):
        ProofreadingWord.objects.create(
            kind=entry["kind"],
            word=entry["word"],
            preferred=entry.get("preferred", ""),
            inside_words=entry.get("inside_words", False),
            note=entry.get("note", ""),
        )


def import_and_read(pages: list[PageFile]) -> Run:
    """Import the pages (each paper and date its own batch, pages in the order given), read
    back every stored finding (one database per set of pages)."""
    from articles.importing import PageImportError, PageInput, pages_import
    from articles.models import Article, ProofreadingFinding
    from articles.proofreading.doubled import _PAIR_RE
    from articles.proofreading.segmenting import matching_copy

    run = Run(pages=len(pages))
    by_issue: dict[tuple[str, str, str], list[PageFile]] = defaultdict(list)
    for page in pages:
        by_issue[(page.paper, page.slug, page.date)].append(page)
    made: dict[int, PageFile] = {}  # page id → file
    for (paper, slug, date), issue_pages in by_issue.items():
        inputs = [
            PageInput(
                paper_name=paper or slug,
                paper_slug=slug,
                issue_date=_date(date),
                label=page.label,
                data=page.path.read_bytes(),
                source_name=relative(page.path),
            )
            for page in issue_pages
        ]
        for page, result in zip(issue_pages, pages_import(iter(inputs), workers=0), strict=True):
            if isinstance(result, PageImportError):
                run.refused.append(f"{relative(page.path)}: {result}")
            else:
                made[result.page_id] = page

    articles = Article.objects.select_related("issue__publication").prefetch_related("parts__page")
    texts: dict[tuple[int, str, int | None, int | None], str] = {}
    files: dict[int, set[str]] = {}
    issues: dict[int, tuple[str, str]] = {}
    for article in articles:
        run.stories += 1
        issues[article.pk] = (article.issue.publication.name, str(article.issue.date))
        files[article.pk] = {
            relative(made[p.page_id].path) for p in article.parts.all() if p.page_id in made
        }
        for name in ("kicker", "headline", "subheadline", "dateline", "byline"):
            texts[(article.pk, name, None, None)] = getattr(article, name)
        for part in article.parts.all():
            for number, block in enumerate(part.blocks):
                texts[(article.pk, "body", part.pk, number)] = block.get("text", "")
    for text in texts.values():
        run.characters += len(text)
        run.pairs += len(_PAIR_RE.findall(matching_copy(text)))
    rows = ProofreadingFinding.objects.select_related("part__page")
    for row in rows.order_by("article_id", "field", "part_id", "block", "start"):
        source = texts.get((row.article_id, row.field, row.part_id, row.block), "")
        where = (
            row.field
            if row.field != "body"
            else f"正文 {row.part.page.label}版 第{row.block + 1}段"
        )
        run.found.append(
            Found(
                row.kind,
                row.text,
                row.start,
                row.end,
                source,
                where,
                files.get(row.article_id, set()),
                issues[row.article_id],
            )
        )
    return run


def _date(text: str):
    import datetime

    return datetime.date.fromisoformat(text)


# Scoring ----------------------------------------------------------------------------------


def truth_matches(truth: dict, found: Found) -> bool:
    """Does ``found`` point at the seeded error ``truth``?"""
    if found.kind != truth["kind"]:
        return False
    if truth["kind"] == "name_variant":  # both spellings are flagged, in every story of the issue
        return found.issue == tuple(truth["issue"]) and found.text in {
            truth["text"],
            *truth.get("also", []),
        }
    if truth["file"] not in found.files:
        return False
    context, inner = truth["context"], truth["context"].find(truth["text"])
    at = found.source.find(context)
    while at >= 0:
        start = at + inner
        if found.start < start + len(truth["text"]) and start < found.end:
            return True
        at = found.source.find(context, at + 1)
    return False


def score(truths: list[dict], found: list[Found]) -> dict:
    """{kind: (true findings, findings, errors found, errors)} and "all"."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    hit = [False] * len(truths)
    unmatched = []
    for f in found:
        matched = [i for i, t in enumerate(truths) if truth_matches(t, f)]
        per[f.kind][1] += 1
        if matched:
            per[f.kind][0] += 1
            for i in matched:
                hit[i] = True
        else:
            unmatched.append(f)
    for t, ok in zip(truths, hit, strict=True):
        per[t["kind"]][3] += 1
        per[t["kind"]][2] += ok
    total = [sum(v[i] for v in per.values()) for i in range(4)]
    missed = [t for t, ok in zip(truths, hit, strict=True) if not ok]
    return {"per_kind": dict(per), "all": total, "unmatched": unmatched, "missed": missed}


def is_known(known: list[dict], f: Found) -> dict | None:
    for entry in known:
        if entry["kind"] == f.kind and entry["text"] == f.text and entry["context"] in f.source:
            return entry
    return None


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


# Main ---------------------------------------------------------------------------------------


def import_cost(pages: int, workers: int | None) -> dict:
    """Import ``pages`` synthetic pages (bench/synthetic.py, the seed's style) as
    ``import_pages`` does, timing the proofreading run at each commit inside the same run."""
    import time

    from django.conf import settings

    from articles import proofing
    from articles.importing import PageInput, pages_import
    from articles.text import get_jieba
    from bench.synthetic import archive

    get_jieba().lcut("预热")
    spent = [0.0]
    real = proofing.check_articles

    def timed(ids):
        started = time.perf_counter()
        try:
            return real(ids)
        finally:
            spent[0] += time.perf_counter() - started

    proofing.check_articles = timed
    workers = settings.NEWSROOM_IMPORT_WORKERS if workers is None else workers
    items = [
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=day,
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{day}/{label}.txt",
        )
        for day, label, text in archive(pages)
    ]
    started = time.perf_counter()
    list(pages_import(iter(items), workers=workers))
    total = time.perf_counter() - started
    return {"pages": pages, "workers": workers, "import": total, "proofreading": spent[0]}


def worker(database_url: str, which: str, folders: list[str], pages: int, workers) -> dict:
    os.environ["NEWSROOM_PROOFREAD_ON_IMPORT"] = "1"
    setup_django(database_url)
    if which == "import":
        return import_cost(pages, workers)
    load_words(DATA / "words.json")
    roots = {"seeded": [DATA / "seeded"], "clean": CLEAN_ROOTS}.get(which)
    return _plain(import_and_read(find_pages(roots or [Path(f) for f in folders])))


def _plain(run: Run) -> dict:
    return {
        "found": [
            {**f.__dict__, "files": sorted(f.files), "issue": list(f.issue)} for f in run.found
        ],
        "characters": run.characters,
        "pairs": run.pairs,
        "stories": run.stories,
        "pages": run.pages,
        "refused": run.refused,
    }


def _unplain(data: dict) -> Run:
    found = [
        Found(**{**f, "files": set(f["files"]), "issue": tuple(f["issue"])}) for f in data["found"]
    ]
    return Run(
        found, data["characters"], data["pairs"], data["stories"], data["pages"], data["refused"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="pages to check instead of the fixtures")
    parser.add_argument("--show", action="store_true", help="list every finding")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    parser.add_argument(
        "--import-pages",
        type=int,
        default=100,
        help="synthetic pages imported to time the checks' share of an import (0: skip)",
    )
    parser.add_argument(
        "--workers", type=int, help="parsing workers for that import (default: the command's)"
    )
    parser.add_argument(
        "--set", choices=["seeded", "clean", "given", "import"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.worker:
        out = worker(args.database_url, args.set, args.folders, args.import_pages, args.workers)
        print(json.dumps(out, ensure_ascii=False))
        return
    folders = [str(Path(f).resolve()) for f in args.folders]
    runs = {}
    for which in ["given"] if folders else ["seeded", "clean"]:
        with throwaway_sqlite() as url:  # a fresh database for each set of pages
            runs[which] = _unplain(run_worker(__file__, url, ["--set", which, *folders]))
    if folders:
        sys.exit(report_given(runs["given"], args))
    status = report_fixtures(runs["seeded"], runs["clean"], args)
    if args.import_pages:
        extra = [] if args.workers is None else ["--workers", str(args.workers)]
        with throwaway_sqlite() as url:
            cost = run_worker(
                __file__, url, ["--set", "import", "--import-pages", str(args.import_pages), *extra]
            )
        status |= report_cost(cost)
    sys.exit(status)


def report_cost(cost: dict) -> int:
    share = cost["proofreading"] / cost["import"]
    workers = f"{cost['workers']} parsing workers" if cost["workers"] else "one process"
    print(
        f"proofread on import: {cost['proofreading']:.1f} s of a {cost['import']:.1f} s import of "
        f"{cost['pages']} synthetic pages ({workers}) = {share:.1%} (target ≤ {COST_TARGET:.0%})"
    )
    return 0 if share <= COST_TARGET else 1


def report_given(run: Run, args) -> int:
    kinds = Counter(f.kind for f in run.found)
    per10k = len(run.found) / run.characters * 10_000 if run.characters else 0.0
    if args.json:
        print(
            json.dumps({"findings": len(run.found), "characters": run.characters, "by_kind": kinds})
        )
        return 0
    for line in run.refused:
        print(f"refused: {line}")
    print(
        f"given pages: {run.pages} pages, {run.stories} stories, {run.characters} characters "
        f"checked; {len(run.found)} findings = {per10k:.1f} per 10,000 characters "
        f"({', '.join(f'{k} {n}' for k, n in kinds.most_common())})"
    )
    for f in run.found if args.show else []:
        print(f"  {f.kind:13} {sorted(f.files)[0] if f.files else '?'} {f.where}: {f.context()}")
    return 0


def report_fixtures(seeded: Run, clean: Run, args) -> int:
    truths = json.loads((DATA / "seeded" / "truth.json").read_text(encoding="utf-8"))
    known = json.loads((DATA / "clean-known.json").read_text(encoding="utf-8"))
    s = score(truths, seeded.found)
    real = [(f, is_known(known, f)) for f in clean.found]
    false_alarms = [f for f, k in real if k is None]
    real_found = [f for f, k in real if k is not None]
    per10k = len(false_alarms) / clean.characters * 10_000
    doubled_flagged = sum(1 for f in clean.found if f.kind == "doubled")
    tp, n, hit, errors = s["all"]
    precision, recall = ratio(tp, n), ratio(hit, errors)
    ok = precision >= PRECISION_TARGET and recall >= RECALL_TARGET and per10k <= FALSE_ALARM_TARGET
    if args.json:
        print(
            json.dumps(
                {
                    "precision": precision,
                    "recall": recall,
                    "per_kind": s["per_kind"],
                    "false_alarms_per_10k": per10k,
                    "clean_characters": clean.characters,
                },
                ensure_ascii=False,
            )
        )
        return 0 if ok else 1
    for line in seeded.refused + clean.refused:
        print(f"refused: {line}")
    print(
        f"seeded pages: {seeded.pages} pages, {seeded.stories} stories, {seeded.characters} "
        f"characters, {errors} seeded errors, {n} findings"
    )
    for kind, (k_tp, k_n, k_hit, k_errors) in sorted(s["per_kind"].items()):
        print(
            f"  {kind:13} errors {k_errors:3}  found {k_hit:3}  findings {k_n:3}  "
            f"precision {ratio(k_tp, k_n):.2f}  recall {ratio(k_hit, k_errors):.2f}"
        )
    print(
        f"proofread seeded: precision {precision:.3f} (target ≥ {PRECISION_TARGET}), "
        f"recall {recall:.3f} (target ≥ {RECALL_TARGET}) over {errors} seeded errors "
        f"of {len(s['per_kind'])} kinds"
    )
    for f in s["unmatched"]:
        print(f"  not a seeded error: {f.kind} {sorted(f.files)} {f.where}: {f.context()}")
    for t in s["missed"]:
        print(f"  missed: {t['kind']} {t['file']}@{t['offset']}: {t['context']}")
    print(
        f"clean text: {clean.pages} pages ({len(find_pages([DATA / 'clean']))} written for this "
        f"bench, the seed, the fidelity pages), {clean.stories} stories, {clean.characters} "
        f"characters, {clean.pairs} doubled-character pairs ({doubled_flagged} flagged)"
    )
    print(
        f"proofread clean: {len(false_alarms)} false alarms = {per10k:.2f} per 10,000 characters "
        f"(target ≤ {FALSE_ALARM_TARGET}); {len(real_found)} real slips of the printed text "
        f"found (clean-known.json)"
    )
    for f in real_found:
        print(f"  real: {f.kind} {sorted(f.files)} {f.where}: {f.context()}")
    for f in false_alarms:
        print(f"  false alarm: {f.kind} {sorted(f.files)} {f.where}: {f.context()}")
    return 0 if ok else 1


if __name__ == "__main__":
    main()
