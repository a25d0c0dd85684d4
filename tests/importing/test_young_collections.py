"""While an import writes, Python's young garbage collections run every
``memory.YOUNG_THRESHOLD`` objects made, not every 700: a batch's objects live as long as the
batch, and collecting them every 700 cost the importing process about 5 % of its CPU. Python's
thresholds are as they were once the import ends."""

import gc
from datetime import date

import pytest

from articles.importing import PageInput, memory, pages_import
from bench.synthetic import issue_pages

pytestmark = pytest.mark.django_db


def test_young_collections_are_rarer_while_an_import_runs_and_as_before_after(monkeypatch):
    from articles.importing import pipeline

    before = gc.get_threshold()
    seen = []
    write = pipeline._import_batch

    def writing(*args, **kwargs):
        seen.append(gc.get_threshold())
        return write(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_import_batch", writing)
    items = [
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=date(2021, 3, 4),
            label=label,
            data=text.encode("utf-8"),
        )
        for label, text in issue_pages(3).items()
    ]
    reports = list(pages_import(items, batch_pages=2))
    assert all(r.action == "created" for r in reports)
    assert seen and all(t == (memory.YOUNG_THRESHOLD, *before[1:]) for t in seen)
    assert gc.get_threshold() == before


def test_a_higher_threshold_set_before_is_kept():
    before = gc.get_threshold()
    gc.set_threshold(memory.YOUNG_THRESHOLD * 2, *before[1:])
    try:
        with memory.heap_frozen():
            assert gc.get_threshold()[0] == memory.YOUNG_THRESHOLD * 2
        assert gc.get_threshold()[0] == memory.YOUNG_THRESHOLD * 2
    finally:
        gc.set_threshold(*before)


def test_an_import_starts_without_a_full_collection(monkeypatch):
    full = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *a: full.append(a) or collect(*a))
    item = PageInput(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=date(2021, 3, 4),
        label="1",
        data="\n".join(issue_pages(1).values()).encode("utf-8"),
    )
    assert [r.action for r in pages_import([item])] == ["created"]
    assert full == []  # (what setting up left in cycles is frozen with the rest, freed after)
