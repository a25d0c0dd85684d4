#!/usr/bin/env python
"""Importer fidelity: folders of page text with a truth file per page, imported and compared.

    python bench/fidelity.py [FOLDER ...] [--order given|reversed|shuffled|both] [--seed N]
                             [--worst 25] [--json] [--database sqlite|postgresql]

Without a folder it runs on the project's own fixture set, ``tests/data/fidelity/`` (page texts
written for this bench, one sub-folder per style of paper). Every folder given (or found under
it) that holds an ``edition.json`` is one *edition*: one paper, one date, its pages. Each edition
is imported through the real importer service, as ``manage.py import_pages`` does it (the paper,
date and page label resolved by ``resolve_sources`` from the edition's flags, then
``pages_import``), into a throwaway database, once per import order (``--order both``, the
default: as listed, then reversed, so that every jump is stitched in both directions), each run
rolled back afterwards. What was made is then compared with the truth.

Truth format
------------
``edition.json`` (the flags to import the folder's pages, like ``import_pages --paper --date
--page``; pages in print order)::

    {"paper": "红星县报", "slug": "hongxing", "date": "1968-09-21",
     "pages": [{"file": "1.txt", "page": "1"}, {"file": "2.txt", "page": "2"}],
     "note": "what the pages are (optional)"}

A page's ``"file"`` may be an absolute path (pages kept elsewhere, truth written beside the
``edition.json``); ``"truth"`` names its truth file when it is not ``<file stem>.truth.json`` in
the edition's folder (``1.txt`` → ``1.truth.json``). A truth file is what a careful editor says
the printed page contains (spec: ../shared/spec/INPUT.md), never what the parser does::

    {"stories": [                      # every story (or continued part of one) on the page
       {"id": "qiushou",               # optional; the same id on two pages = one story on both
        "kicker": "", "headline": "全县秋收秋种进度过半", "subheadline": "",
        "deck_alternatives": [{"kicker": "", "headline": "…", "subheadline": "…"}],
                                       # optional: other readings also exact, only where the
                                       # text cannot tell (two plain lines: one headline on two
                                       # lines, or headline + subheadline?)
        "dateline": "本报讯",           # without its brackets; "" when none is printed
        "byline": "记者 石小峰",        # optional, as printed; not scored
        "reporters": ["石小峰"],        # optional; scored (no target)
        "first_words": "连日来，全县各公社",   # the body's first words, after the dateline
        "continued_from": "1"}],       # only on a continuation (上接): its deck is not scored
     "photos": [{"caption": "…", "credit": "记者 许丛军摄",   # credit as printed, "" if none
                 "story": "qiushou"}],   # optional: the id of the story it goes with, or
                                         # null for a picture item of its own
     "teasers": [{"title": "用心守护", "target": "A4"}],       # one title line and the target
     "jumps": [{"to": "2", "story": "qiushou"}],   # a 下转 on this page to page 2 (or a merged
                                                   # story printed whole on both pages)
     "furniture": ["红星县报  第二版"],                 # optional, lines to set aside; not scored
     "note": "…"}

Matching: on each page the made stories are the articles with a part on that page; a truth story
is matched to the made part whose deck contains its headline (2 points) and whose text begins
(within its first 80 characters, dateline and marker allowed in front) with its first words
(1 point), best first, each made part used once. Texts are compared after Unicode NFKC and with
all whitespace removed; kicker and subheadline also without their ``——``/``：`` cues; datelines
also without brackets.

Figures (per style = the folder holding the edition folder, and overall; targets from issue 14):

* decks exact: the matched story's kicker, headline and subheadline all equal the truth (≥ 0.9);
* title found: the truth headline (when it has one) stands in some made deck on its page (no
  target);
* story miscount: Σ over pages |made − real| ÷ Σ real (≤ 0.1);
* datelines found: truth datelines equal to the matched story's dateline (≥ 0.95);
* photos found: a made photo whose caption contains the truth caption and whose credit line
  contains the truth credit (≥ 0.9); a picture printed as its credit alone (truth caption
  ``""``) is found by a made photo with no caption and that credit;
* photos linked: of the found photos whose truth names a ``"story"`` (or ``null``), those stored
  with that story (or with none) (no target);
* teasers found: a made teaser to the truth target whose title lines hold the truth title (no
  target);
* reporters found: the matched story's reporters equal the truth's (no target);
* jumps stitched: each truth jump's parts on both pages are one article, in every import order
  (100 %).

It lists the worst mismatches (page, expected vs made) for a parser developer, and with
``--json`` prints everything as one JSON object. The exit status is 0 when every target is met.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "data" / "fidelity"

# figure name → (comparison, target); None = printed without a target.
TARGETS: dict[str, tuple[str, float] | None] = {
    "decks exact": (">=", 0.9),
    "title found": None,
    "story miscount": ("<=", 0.1),
    "datelines found": (">=", 0.95),
    "photos found": (">=", 0.9),
    "photos linked": None,
    "teasers found": None,
    "reporters found": None,
    "jumps stitched": (">=", 1.0),
}

_SPACE = re.compile(r"\s+")
_CUES = "—-－–─:：·"  # (─: the box-drawing dash some typesetting prints for ——)
_BRACKETS = re.compile(r"[【】〔〕\[\]（）()「」〈〉<>]")


# ---------------------------------------------------------------------------------------------
# Normalising for comparison only (stored text stays as printed).


def norm(text: str | None) -> str:
    """NFKC, all whitespace removed: two spellings of the same printed text compare equal."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def norm_deck(text: str | None) -> str:
    """A deck line without the kicker's trailing and the subheadline's leading dash/colon cue."""
    return norm(text).strip(unicodedata.normalize("NFKC", _CUES))


def norm_dateline(text: str | None) -> str:
    """A dateline without its brackets: ``【本報坎培拉訊】`` = ``本報坎培拉訊``."""
    return _BRACKETS.sub("", norm(text))


# ---------------------------------------------------------------------------------------------
# Truth files.


@dataclass
class PageTruth:
    file: Path
    label: str
    stories: list[dict]
    photos: list[dict]
    teasers: list[dict]
    jumps: list[dict]


@dataclass
class Edition:
    folder: Path
    style: str
    paper: str
    slug: str
    date: str
    pages: list[PageTruth]

    @property
    def name(self) -> str:
        return str(self.folder)


class TruthError(Exception):
    """A truth or edition file that cannot be read; the message names the file and the fix."""


def _load_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TruthError(f"{path}: cannot read it as JSON ({exc})") from None
    if not isinstance(data, dict):
        raise TruthError(f"{path}: must hold a JSON object")
    return data


def load_edition(folder: Path, style: str) -> Edition:
    """Read ``edition.json`` and every page's truth file in ``folder`` (raises TruthError)."""
    meta = _load_json(folder / "edition.json")
    for key in ("paper", "date", "pages"):
        if key not in meta:
            raise TruthError(f"{folder / 'edition.json'}: missing {key!r}")
    pages = []
    for entry in meta["pages"]:
        file = folder / entry["file"]
        truth_path = folder / entry.get("truth", Path(entry["file"]).stem + ".truth.json")
        if not file.exists():
            raise TruthError(f"{folder / 'edition.json'}: page file {file.name} does not exist")
        if not truth_path.exists():
            raise TruthError(f"{file}: no truth file {truth_path.name} beside it")
        truth = _load_json(truth_path)
        pages.append(
            PageTruth(
                file=file,
                label=str(entry["page"]),
                stories=list(truth.get("stories", [])),
                photos=list(truth.get("photos", [])),
                teasers=list(truth.get("teasers", [])),
                jumps=list(truth.get("jumps", [])),
            )
        )
    return Edition(
        folder=folder,
        style=style,
        paper=meta["paper"],
        slug=meta.get("slug", ""),
        date=meta["date"],
        pages=pages,
    )


def find_editions(roots: list[Path]) -> list[Edition]:
    """Every folder with an ``edition.json`` under the roots; its style is the name of the
    folder holding it (``national/2026-03-12/`` → ``national``), or its own name when the root
    given is the edition itself."""
    editions = []
    for root in roots:
        root = root.resolve()
        if not root.is_dir():
            raise TruthError(f"{root}: not a folder of pages with edition.json files")
        found = sorted(p.parent for p in root.rglob("edition.json"))
        if not found:
            raise TruthError(f"{root}: no edition.json in it or below it")
        for folder in found:
            editions.append(
                load_edition(folder, folder.parent.name if folder != root else root.name)
            )
    return editions


# ---------------------------------------------------------------------------------------------
# What the importer made, as plain data (so the scoring can be tested without a database).


@dataclass
class MadePart:
    article: int  # the article's id: parts with the same id are one story
    kicker: str
    headline: str
    subheadline: str
    dateline: str
    reporters: list[str]
    title_lines: list[str]
    text: str

    @property
    def deck(self) -> str:
        return " | ".join(x for x in (self.kicker, self.headline, self.subheadline))


@dataclass
class MadePage:
    label: str
    parts: list[MadePart] = field(default_factory=list)
    photos: list[dict] = field(default_factory=list)  # {"caption", "credit", "article"}
    teasers: list[dict] = field(default_factory=list)  # {"title_lines", "target"}
    error: str = ""  # the importer's refusal, when it did not import the page


def import_edition(edition: Edition, order: list[int], workers: int) -> dict[str, MadePage]:
    """Import the edition's pages in ``order`` as ``import_pages`` does, read back what was made
    (label → MadePage), and roll everything back. Django must be set up."""
    from django.db import transaction

    from articles.importing import PageImportError, PageInput, pages_import
    from articles.importing.sources import read_page_file, resolve_sources
    from articles.labels import normalize_label
    from articles.models import ArticlePart, Page, Photo, Teaser

    inputs = []
    for i in order:
        page = edition.pages[i]
        sources, errors = resolve_sources(
            [page.file], paper=edition.paper, date_value=edition.date, page=page.label
        )
        if errors:
            raise TruthError(f"{page.file}: {'; '.join(errors)}")
        (source,) = sources
        inputs.append(
            PageInput(
                paper_name=source.paper_name,
                paper_slug=edition.slug or source.paper_slug,
                issue_date=source.date,
                label=source.label,
                data=read_page_file(source.path, max_bytes=10**8),
                source_name=str(source.path),
            )
        )
    made: dict[str, MadePage] = {}
    with transaction.atomic():
        results = list(pages_import(iter(inputs), workers=workers))
        for page in edition.pages:
            made[normalize_label(page.label)] = MadePage(label=page.label)
        for item, result in zip(inputs, results, strict=True):
            if isinstance(result, PageImportError):
                made[normalize_label(item.label)].error = str(result)
        pages = Page.objects.filter(
            issue__publication__name=edition.paper, issue__date=edition.date
        )
        for page in pages:
            into = made.setdefault(page.label, MadePage(label=page.label))
            into.parts, into.photos, into.teasers = [], [], []
            parts = (
                ArticlePart.objects.filter(page=page)
                .select_related("article")
                .prefetch_related("article__reporters")
                .order_by("position")
            )
            for part in parts:
                art = part.article
                into.parts.append(
                    MadePart(
                        article=art.pk,
                        kicker=art.kicker,
                        headline=art.headline,
                        subheadline=art.subheadline,
                        dateline=art.dateline,
                        reporters=[p.name for p in art.reporters.all()],
                        title_lines=list(part.title_lines or []),
                        text="\n".join(b.get("text", "") for b in part.blocks or []),
                    )
                )
            for photo in Photo.objects.filter(page=page).order_by("position"):
                into.photos.append(
                    {
                        "caption": photo.caption,
                        "credit": photo.credit_line,
                        "article": photo.article_id,
                    }
                )
            for teaser in Teaser.objects.filter(page=page).order_by("position"):
                into.teasers.append(
                    {"title_lines": list(teaser.title_lines), "target": teaser.target_label}
                )
        transaction.set_rollback(True)
    return made


# ---------------------------------------------------------------------------------------------
# Scoring (pure).


@dataclass
class Tally:
    """Numerators and denominators of every figure, and the mismatches behind them."""

    counts: dict[str, list[float]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    mismatches: list[dict] = field(default_factory=list)

    def add(self, figure: str, good: float, total: float) -> None:
        self.counts[figure][0] += good
        self.counts[figure][1] += total

    def merge(self, other: Tally) -> None:
        for name, (good, total) in other.counts.items():
            self.add(name, good, total)
        self.mismatches.extend(other.mismatches)

    def value(self, figure: str) -> float | None:
        good, total = self.counts.get(figure, (0, 0))
        if not total:
            return None
        return good / total

    def met(self) -> bool:
        for name, target in TARGETS.items():
            v = self.value(name)
            if target is None or v is None:
                continue
            op, bar = target
            if (op == ">=" and v < bar - 1e-9) or (op == "<=" and v > bar + 1e-9):
                return False
        return True


def _starts_with(text: str, words: str) -> bool:
    return bool(words) and words in norm(text)[: 80 + len(words)]


def match_page(stories: list[dict], page: MadePage) -> list[MadePart | None]:
    """The made part each truth story is matched to (None when none fits), best scores first."""
    scored = []
    for s_i, story in enumerate(stories):
        head = norm(story.get("headline"))
        words = norm(story.get("first_words"))
        for p_i, part in enumerate(page.parts):
            deck = norm(part.kicker + part.headline + part.subheadline + "".join(part.title_lines))
            score = (2 if head and head in deck else 0) + (
                1 if _starts_with(part.text, words) else 0
            )
            if score:
                scored.append((-score, s_i, p_i))
    scored.sort()
    result: list[MadePart | None] = [None] * len(stories)
    used = set()
    for _, s_i, p_i in scored:
        if result[s_i] is None and p_i not in used:
            result[s_i] = page.parts[p_i]
            used.add(p_i)
    return result


def _deck(d) -> str:
    if isinstance(d, MadePart):
        return f"{d.kicker} | {d.headline} | {d.subheadline}"
    return f"{d.get('kicker', '')} | {d.get('headline', '')} | {d.get('subheadline', '')}"


def score_page(where: str, truth: PageTruth, page: MadePage) -> tuple[Tally, dict]:
    """Score one page; returns the tally and the truth-story id → made article id map."""
    tally = Tally()
    found = match_page(truth.stories, page)
    ids: dict[str, int] = {}

    def miss(kind: str, expected: str, made: str, weight: float = 1.0) -> None:
        tally.mismatches.append(
            {"page": where, "kind": kind, "expected": expected, "made": made, "weight": weight}
        )

    if page.error:
        miss("import failed", "the page imported", page.error, weight=10)
    real = len(truth.stories)
    made_count = len({p.article for p in page.parts})
    tally.add("story miscount", abs(made_count - real), real)
    if made_count != real:
        first_parts: dict[int, MadePart] = {}
        for p in page.parts:
            first_parts.setdefault(p.article, p)
        made_heads = [_short(p.headline or p.kicker or p.text, 30) for p in first_parts.values()]
        miss(
            "story count",
            f"{real} stories",
            f"{made_count}: " + " / ".join(made_heads),
            weight=2 + abs(made_count - real),
        )

    decks_on_page = [norm(p.kicker + p.headline + p.subheadline) for p in page.parts]
    for story, part in zip(truth.stories, found, strict=True):
        if part is not None and story.get("id"):
            ids[story["id"]] = part.article
        if story.get("continued_from"):
            if part is None:
                miss("continuation not found", f"part from {story['continued_from']}", "-")
            continue
        head = norm(story.get("headline"))
        readings = [story, *story.get("deck_alternatives", [])]
        exact = part is not None and any(
            all(
                norm_deck(reading.get(k)) == norm_deck(getattr(part, k))
                for k in ("kicker", "headline", "subheadline")
            )
            for reading in readings
        )
        tally.add("decks exact", exact, 1)
        if not exact:
            miss("deck", _deck(story), _deck(part) if part else "(story not found)")
        if head:
            tally.add("title found", any(head in d for d in decks_on_page), 1)
        if story.get("dateline"):
            ok = part is not None and norm_dateline(story["dateline"]) == norm_dateline(
                part.dateline
            )
            tally.add("datelines found", ok, 1)
            if not ok:
                miss(
                    "dateline",
                    f"{story['dateline']} ({story.get('headline', '')})",
                    part.dateline or "(none)" if part else "(story not found)",
                )
        if "reporters" in story:
            ok = part is not None and sorted(norm(r) for r in story["reporters"]) == sorted(
                norm(r) for r in part.reporters
            )
            tally.add("reporters found", ok, 1)
            if not ok:
                miss(
                    "reporters",
                    "、".join(story["reporters"]) or "(none)",
                    ("、".join(part.reporters) or "(none)") if part else "(story not found)",
                    weight=0.5,
                )

    free = list(page.photos)
    for photo in truth.photos:
        cap, credit = norm(photo.get("caption")), norm_dateline(photo.get("credit"))
        hit = next(
            (
                m
                for m in free
                if (cap in norm(m["caption"]) if cap else bool(credit) and not norm(m["caption"]))
                and (not credit or credit in norm_dateline(m["credit"]))
            ),
            None,
        )
        tally.add("photos found", hit is not None, 1)
        if hit is not None:
            free.remove(hit)
            if "story" in photo:
                want = ids.get(photo["story"]) if photo["story"] is not None else None
                ok = (photo["story"] is None or want is not None) and hit.get("article") == want
                tally.add("photos linked", ok, 1)
                if not ok:
                    miss(
                        "photo story",
                        f"{_short(photo.get('caption', ''), 30)} → {photo['story'] or '(none)'}",
                        f"article {hit.get('article') or '(none)'}",
                        weight=0.5,
                    )
        else:
            made = " / ".join(_photo(m["caption"], m["credit"]) for m in page.photos)
            miss(
                "photo", _photo(photo.get("caption", ""), photo.get("credit", "")), made or "(none)"
            )

    from_labels = _label
    for teaser in truth.teasers:
        title, target = norm(teaser.get("title")), from_labels(teaser.get("target", ""))
        ok = any(
            from_labels(t["target"]) == target and title in norm("".join(t["title_lines"]))
            for t in page.teasers
        )
        tally.add("teasers found", ok, 1)
        if not ok:
            made = " / ".join(f"{''.join(t['title_lines'])}→{t['target']}" for t in page.teasers)
            miss("teaser", f"{teaser.get('title')}→{teaser.get('target')}", made or "(none)")
    return tally, ids


def _short(text: str, size: int) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= size else text[:size] + "…"


def _photo(caption: str, credit: str) -> str:
    return _short(caption, 30) + (f" [credit: {credit}]" if credit else " [no credit]")


def _label(value: str) -> str:
    try:
        from articles.labels import normalize_label

        return normalize_label(value)
    except Exception:
        return norm(value).upper()


def score_edition(edition: Edition, made: dict[str, MadePage], order_name: str) -> Tally:
    """Score every page of one imported edition, and its jumps."""
    tally = Tally()
    ids_by_page: dict[str, dict] = {}
    for truth in edition.pages:
        label = _label(truth.label)
        page = made.get(label, MadePage(label=label))
        where = f"{edition.style}/{edition.folder.name}/{truth.file.name} [{order_name}]"
        page_tally, ids = score_page(where, truth, page)
        tally.merge(page_tally)
        ids_by_page[label] = ids
    named: dict[int, str] = {}  # article id → its headline (or first words), for messages
    for page in made.values():
        for part in page.parts:
            named.setdefault(part.article, _short(part.headline or part.text, 20))
    for truth in edition.pages:
        for jump in truth.jumps:
            src, dst, story = _label(truth.label), _label(jump["to"]), jump.get("story", "")
            a, b = ids_by_page.get(src, {}).get(story), ids_by_page.get(dst, {}).get(story)
            ok = a is not None and a == b
            tally.add("jumps stitched", ok, 1)
            if not ok:
                if a is None or b is None:
                    lost = [x for x, i in ((truth.label, a), (jump["to"], b)) if i is None]
                    made_text = f"the part on page {' and '.join(lost)} not found"
                else:
                    made_text = f"two stories: “{named[a]}” and “{named[b]}”"
                tally.mismatches.append(
                    {
                        "page": f"{edition.style}/{edition.folder.name}/{truth.file.name} "
                        f"[{order_name}]",
                        "kind": "jump",
                        "expected": f"{story}: page {truth.label} → {jump['to']} one story",
                        "made": made_text,
                        "weight": 3,
                    }
                )
    return tally


# ---------------------------------------------------------------------------------------------
# Running and printing.


def orders(n: int, how: str, rng: random.Random) -> list[tuple[str, list[int]]]:
    given = list(range(n))
    if how == "given" or n < 2:
        return [("given", given)]
    if how == "reversed":
        return [("reversed", given[::-1])]
    if how == "shuffled":
        shuffled = given[:]
        rng.shuffle(shuffled)
        return [("shuffled", shuffled)]
    return [("given", given), ("reversed", given[::-1])]


def fmt(figure: str, value: float | None, good: float, total: float) -> str:
    if value is None:
        return f"{figure}: -"
    if figure == "story miscount":
        return f"{figure}: {value:.3f} ({good:g} off in {total:g})"
    return f"{figure}: {value:.3f} ({good:g}/{total:g})"


def target_text(figure: str) -> str:
    target = TARGETS[figure]
    if target is None:
        return "(no target)"
    op, bar = target
    sign = "≥" if op == ">=" else "≤"
    return f"(target {sign} {bar:g})"


def report(by_style: dict[str, Tally], overall: Tally, worst: int) -> str:
    lines = []
    figures = list(TARGETS)
    width = max(len(s) for s in [*by_style, "overall"])
    short = {
        "decks exact": "decks",
        "title found": "title",
        "story miscount": "miscount",
        "datelines found": "datelines",
        "photos found": "photos",
        "photos linked": "linked",
        "teasers found": "teasers",
        "reporters found": "reporters",
        "jumps stitched": "jumps",
    }
    lines.append(f"{'style':<{width}}  " + "  ".join(f"{short[f]:>9}" for f in figures))
    for style, tally in [*sorted(by_style.items()), ("overall", overall)]:
        cells = []
        for f in figures:
            v = tally.value(f)
            cells.append(f"{'-' if v is None else f'{v:.2f}':>9}")
        lines.append(f"{style:<{width}}  " + "  ".join(cells))
    lines.append("")
    for f in figures:
        good, total = overall.counts.get(f, (0, 0))
        lines.append(f"overall {fmt(f, overall.value(f), good, total)} {target_text(f)}")
    if worst and overall.mismatches:
        grouped = group_mismatches(overall.mismatches)
        lines.append("")
        lines.append(f"worst mismatches ({min(worst, len(grouped))} of {len(grouped)}):")
        for m in grouped[:worst]:
            lines.append(f"  {m['page']} [{', '.join(m['orders'])}]  {m['kind']}")
            lines.append(f"      expected: {m['expected']}")
            lines.append(f"      made:     {m['made']}")
    return "\n".join(lines)


def group_mismatches(mismatches: list[dict]) -> list[dict]:
    """The same mismatch in several import orders once, with its orders; worst first."""
    grouped: dict[tuple, dict] = {}
    for m in mismatches:
        page, _, order = m["page"].partition(" [")
        key = (page, m["kind"], m["expected"], m["made"])
        entry = grouped.setdefault(key, {**m, "page": page, "orders": []})
        entry["orders"].append(order.rstrip("]"))
    return sorted(grouped.values(), key=lambda m: (-m["weight"], m["page"]))


def run(editions: list[Edition], how: str, seed: int, workers: int) -> tuple[dict, Tally]:
    rng = random.Random(seed)
    by_style: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for edition in editions:
        for order_name, order in orders(len(edition.pages), how, rng):
            made = import_edition(edition, order, workers)
            tally = score_edition(edition, made, order_name)
            by_style[edition.style].merge(tally)
            overall.merge(tally)
    return by_style, overall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help=f"default: {FIXTURES}")
    parser.add_argument(
        "--order",
        choices=["given", "reversed", "shuffled", "both"],
        default="both",
        help="import order of each edition's pages (both = given, then reversed)",
    )
    parser.add_argument("--seed", type=int, default=14, help="for --order shuffled")
    parser.add_argument("--worst", type=int, default=25, help="mismatches to list")
    parser.add_argument("--workers", type=int, default=0, help="parsing workers (default 0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args(argv)

    try:
        editions = find_editions(args.folders or [FIXTURES])
    except TruthError as exc:
        print(f"fidelity: {exc}", file=sys.stderr)
        return 2

    from bench._support import setup_django, throwaway_postgres, throwaway_sqlite

    database = throwaway_sqlite() if args.database == "sqlite" else throwaway_postgres("fidelity")
    with database as url:
        setup_django(url)
        try:
            by_style, overall = run(editions, args.order, args.seed, args.workers)
        except TruthError as exc:
            print(f"fidelity: {exc}", file=sys.stderr)
            return 2

    pages = sum(len(e.pages) for e in editions)
    if args.json:
        out = {
            "editions": len(editions),
            "pages": pages,
            "order": args.order,
            "targets": {k: v for k, v in TARGETS.items() if v},
            "overall": {f: overall.value(f) for f in TARGETS},
            "styles": {s: {f: t.value(f) for f in TARGETS} for s, t in sorted(by_style.items())},
            "met": overall.met(),
            "mismatches": group_mismatches(overall.mismatches),
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(
            f"fidelity: {len(editions)} editions, {pages} pages, {len(by_style)} styles, "
            f"order {args.order}"
        )
        print(report(by_style, overall, args.worst))
        print(f"\nevery bar met: {'yes' if overall.met() else 'no'}")
    return 0 if overall.met() else 1


if __name__ == "__main__":
    sys.exit(main())
