#!/usr/bin/env python
"""Is a one-story page's re-import questioned when it should be? Every page of one story under
tests/data/fidelity*/ (its truth lists one story) is imported into a fresh SQLite database, then
its text is imported again as a dry run (nothing written) with the small corrections a desk makes
(not to be questioned) and each other one-story page's text given for it (to be questioned:
:mod:`articles.importing.unrelated`).

    python bench/one_story_pages.py [--database FILE]

Corrections: the headline fixed (one character), the longest paragraph rewritten (its line given
another page's words of the same length), both, a photo added (a caption and its credit at the
end). Prints, per kind, how many re-imports were questioned, and the pages a correction got
questioned or another page's text did not; exits 1 when any did.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHOTO = "\n市民在新落成的滨江步道上散步。\n本报记者 许丛军摄\n"


def one_story_pages() -> list[Path]:
    """The page files whose truth lists one story, in path order."""
    found = []
    for truth in sorted(ROOT.glob("tests/data/fidelity*/**/*.truth.json")):
        if len(json.loads(truth.read_text(encoding="utf-8")).get("stories", [])) == 1:
            page = truth.with_name(truth.name.replace(".truth.json", ".txt"))
            if page.exists():
                found.append(page)
    return found


def headline_fixed(text: str, title: str) -> str:
    """``text`` with the last character of its headline ``title`` changed."""
    if not title:
        return text
    fixed = title[:-1] + ("正" if title[-1] != "正" else "新")
    return text.replace(title, fixed, 1)


def paragraph_rewritten(text: str, paragraph: str, other: str) -> str:
    """``text`` with the line holding the start of ``paragraph`` given ``other``'s characters."""
    lines = text.split("\n")
    start = paragraph[:8]
    for i, line in enumerate(lines):
        if start and start in line:
            words = "".join(other.split())
            lines[i] = (words * (len(line) // max(len(words), 1) + 1))[: len(line)]
            return "\n".join(lines)
    return text


_STAMP = re.compile(r"\d{4}\s*年|\d{4}-\d|第\s*\S{1,4}\s*版|星期|版$")


def unstamped(text: str) -> str:
    """``text`` without the lines that look like its page stamp (its date, its page), as a page
    file without a stamp is: the stamp check would refuse another page's text first."""
    return "\n".join(line for line in text.split("\n") if not _STAMP.search(line))


def likeness(part, text: str) -> str:
    """How alike the stored ``part``'s text is to each story ``text`` prints (identity's
    character pairs, 0.00-1.00), and the paragraphs of each."""
    from articles.importing.identity import Identity
    from articles.parsing import parse_page

    stored = Identity.of(part.title_lines, part.blocks)
    said = []
    for story in parse_page(text).articles:
        blocks = [{"kind": b.kind, "text": b.text} for b in story.blocks]
        alike = Identity.of(story.title_lines, blocks).text_likeness(stored)
        said.append(f"{alike:.2f}, {sum(b['kind'] == 'paragraph' for b in blocks)} paragraphs")
    return "; ".join(said)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", help="SQLite file (a temporary one by default)")
    args = parser.parse_args()
    database = args.database or str(Path(tempfile.mkdtemp()) / "one.sqlite3")
    from bench._support import setup_django

    setup_django("sqlite:///" + database)
    from articles.importing import PageInput, pages_import
    from articles.importing.sources import read_page_file
    from articles.models import ArticlePart
    from bench.import_bench import edition_pages

    pages = one_story_pages()
    texts = [read_page_file(p, max_bytes=10**8) for p in pages]
    texts = [t if isinstance(t, str) else t.decode("utf-8", "replace") for t in texts]

    fields = {str(path): f for f, path in edition_pages(sorted({p.parent.parent for p in pages}))}

    def item(i: int, data: str) -> PageInput:
        f = fields[str(pages[i])]
        return PageInput(
            paper_name=f"单篇{i}",
            paper_slug=f"one-{i}",
            issue_date=f["issue_date"],
            label=f["label"],
            data=data,
            source_name=str(pages[i]),
        )

    stored = {}
    for i, report in enumerate(pages_import(item(i, t) for i, t in enumerate(texts))):
        if not hasattr(report, "unrelated"):
            print("  error:", report)
        parts = list(ArticlePart.objects.filter(page__issue__publication__slug=f"one-{i}"))
        stored[i] = parts
    kinds = {"headline": [], "paragraph": [], "headline+paragraph": [], "photo": [], "other": []}
    wrong = []
    refused = dict.fromkeys(kinds, 0)
    for i, text in enumerate(texts):
        if len([p for p in stored[i] if not p.whole_copy]) != 1:
            print(f"  ({pages[i]}: imported as {len(stored[i])} stories; left out)")
            continue
        part = stored[i][0]
        title = part.title_lines[0] if part.title_lines else ""
        paragraphs = [b["text"] for b in part.blocks if b["kind"] == "paragraph"]
        longest = max(paragraphs, key=len, default="")
        other = texts[(i + 1) % len(texts)]
        edits = {
            "headline": headline_fixed(text, title),
            "paragraph": paragraph_rewritten(text, longest, other),
            "photo": text.rstrip("\n") + "\n" + PHOTO,
        }
        edits["headline+paragraph"] = paragraph_rewritten(edits["headline"], longest, other)
        runs = [(k, item(i, t)) for k, t in edits.items()]
        runs += [("other", item(i, unstamped(t))) for j, t in enumerate(texts) if j != i]
        for kind, page_input in runs:  # (one run each: a dry run's pages build on each other)
            (report,) = pages_import([page_input], dry_run=True)
            if not hasattr(report, "unrelated"):  # refused (another page's stamp): said
                refused[kind] += 1
                continue
            questioned = report.unrelated
            kinds[kind].append(questioned)
            if questioned != (kind == "other"):
                wrong.append((kind, str(pages[i]), likeness(part, page_input.data)))
    for kind, said in kinds.items():
        print(
            f"{kind:>20}: {sum(said)} of {len(said)} questioned ({refused[kind]} refused otherwise)"
        )
    for kind, page, alike in wrong:
        print(
            f"  {'not asked' if kind == 'other' else 'asked'}: {kind} {page} (text alike {alike})"
        )
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
