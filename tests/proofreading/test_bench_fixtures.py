"""The proofreading bench's fixtures and scoring (bench/proofread_bench.py): every seeded error
is where its truth entry says, and a finding counts for a seeded error only at its place."""

import json
from pathlib import Path

from bench.proofread_bench import Found, score

DATA = Path(__file__).resolve().parent.parent / "data" / "proofreading"
ROOT = DATA.parents[2]


def test_each_seeded_error_stands_at_its_offset_in_its_page():
    truths = json.loads((DATA / "seeded" / "truth.json").read_text(encoding="utf-8"))
    assert len(truths) >= 50 and len({t["kind"] for t in truths}) == 9
    for t in truths:
        page = (ROOT / t["file"]).read_text(encoding="utf-8")
        clean = (ROOT / t["file"].replace("/seeded/", "/clean/")).read_text(encoding="utf-8")
        assert page != clean
        assert page[t["offset"]] == t["text"][0], t
        assert t["text"] in t["context"]


def found(kind, source, text, file="p.txt"):
    start = source.index(text)
    return Found(kind, text, start, start + len(text), source, "正文", {file}, ("报", "2025-01-01"))


def test_a_finding_counts_for_a_seeded_error_only_at_its_place():
    truth = [{"kind": "doubled", "file": "p.txt", "text": "清清", "context": "摸清清楚"}]
    source = "要把企业摸清清楚，清清白白"
    right = found("doubled", source, "清清")
    elsewhere = Found("doubled", "清清", 9, 11, source, "正文", {"p.txt"}, ("报", "2025-01-01"))
    other_page = found("doubled", source, "清清", file="q.txt")
    s = score(truth, [right, elsewhere, other_page])
    assert s["all"] == [1, 3, 1, 1]  # one true finding of three; the one error found
