"""A page imported again with the bytes already stored is not parsed: its report comes from its
row (articles/importing/unchanged.py), and everything else a re-import does is still done."""

from datetime import date

import pytest

from articles import parsing
from articles.importing import PageInput, pages_import
from articles.importing.pipeline import _import_batch
from articles.importing.reports import REWRITTEN
from articles.importing.unchanged import unchanged_pages
from articles.models import Article, Page
from bench.synthetic import issue_pages

pytestmark = pytest.mark.django_db
DAY = date(2021, 3, 4)
FURNITURE_ONLY = "南通日报\n2021年3月4日 星期四\n第9版\n责任编辑：张三  美术编辑：李四\n"
NOTHING_FOUND = "没有找到任何稿件、图片或导读"


def _inputs(pages: dict[str, str], *, paper: str = "南通日报") -> list[PageInput]:
    return [
        PageInput(
            paper_name=paper,
            paper_slug="nantong-daily",
            issue_date=DAY,
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{DAY}/{label}.txt",
        )
        for label, text in pages.items()
    ]


@pytest.fixture
def parses(monkeypatch):
    """The labels of the pages parsed (each call of the parser, by the page it read)."""
    seen: list[str] = []
    real = parsing.parse_decoded

    def counting(text, encoding, **kwargs):
        seen.append(text)
        return real(text, encoding, **kwargs)

    monkeypatch.setattr(parsing, "parse_decoded", counting)
    return seen


def _shown(report) -> tuple:
    return (
        report.warnings,
        report.flags,
        report.encoding,
        report.paper,
        report.label,
        (report.articles, report.photos, report.teasers),
        report.pending_jumps,
    )


def test_the_same_pages_again_are_reported_unchanged_without_being_parsed(parses):
    pages = {**issue_pages(7), "9": FURNITURE_ONLY}
    first = list(pages_import(_inputs(pages)))
    assert len(parses) == 5
    parses.clear()
    again = list(pages_import(_inputs(pages)))
    assert parses == []
    assert [r.action for r in again] == ["unchanged"] * 5
    # the warnings, flags, encoding and counts the parse would have given
    assert [_shown(r) for r in again] == [_shown(r) for r in first]
    assert any(NOTHING_FOUND in w for w in again[-1].warnings)
    assert sum(r.articles for r in again) > 0


def test_a_changed_page_beside_unchanged_ones_is_parsed_and_written(parses):
    pages = issue_pages(7)
    list(pages_import(_inputs(pages)))
    label = next(iter(pages))
    pages[label] = pages[label].replace("。", "，", 1)
    parses.clear()
    reports = list(pages_import(_inputs(pages)))
    assert [r.action for r in reports] == ["updated"] + ["unchanged"] * (len(pages) - 1)
    assert parses == [pages[label]]
    stored = Page.objects.get(label=label)
    assert stored.raw_text == pages[label]


def test_a_page_whose_warnings_were_not_kept_is_parsed_once_and_keeps_them(parses):
    list(pages_import(_inputs({"9": FURNITURE_ONLY})))
    Page.objects.update(import_warnings=None)  # as a page imported before they were kept
    parses.clear()
    (report,) = pages_import(_inputs({"9": FURNITURE_ONLY}))
    assert report.action == "unchanged" and len(parses) == 1
    assert Page.objects.get().import_warnings == report.warnings
    parses.clear()
    (again,) = pages_import(_inputs({"9": FURNITURE_ONLY}))
    assert again.action == "unchanged" and parses == []
    assert again.warnings == report.warnings


def test_a_reparse_or_an_overwrite_parses_the_same_bytes_again(parses):
    list(pages_import(_inputs({"9": FURNITURE_ONLY})))
    parses.clear()
    (forced,) = pages_import(_inputs({"9": FURNITURE_ONLY}), force=True)
    (overwritten,) = pages_import(_inputs({"9": FURNITURE_ONLY}), overwrite_edited=True)
    assert len(parses) == 2
    assert (forced.action, overwritten.action) == ("updated", REWRITTEN)


def test_a_page_another_import_changed_after_the_look_up_is_parsed_after_all(parses):
    pages = issue_pages(7)
    list(pages_import(_inputs(pages)))
    items = _inputs(pages)
    found = unchanged_pages(items)
    assert sorted(found) == list(range(len(items)))
    label = items[0].label
    # another file written meanwhile (other bytes, other text: the same text in other bytes
    # would be unchanged, tests/importing/test_reencoded_file_is_unchanged.py)
    Page.objects.filter(label=label).update(checksum="0" * 64, raw_text="另一个文件的文字\n")
    parses.clear()
    reports = _import_batch(
        [found[at] for at in range(len(items))],
        None,
        dry_run=False,
        overwrite_edited=False,
        force=False,
    )
    assert [r.action for r in reports] == ["updated"] + ["unchanged"] * (len(items) - 1)
    assert len(parses) == 1
    assert reports[0].articles == Article.objects.filter(page__label=label).count() > 0


def test_the_same_page_twice_in_a_run_is_written_in_order(parses):
    pages = issue_pages(7)
    label = next(iter(pages))
    list(pages_import(_inputs({label: pages[label]})))
    changed = pages[label].replace("。", "，", 1)
    run = (
        _inputs({label: pages[label]}) + _inputs({label: changed}) + _inputs({label: pages[label]})
    )
    parses.clear()
    assert [r.action for r in pages_import(run)] == ["unchanged", "updated", "updated"]
    assert Page.objects.get(label=label).raw_text == pages[label]
    assert len(parses) == 2


def test_the_same_text_given_as_text_not_bytes_is_parsed_for_its_encoding(parses):
    list(pages_import(_inputs({"9": FURNITURE_ONLY})))
    item = _inputs({"9": FURNITURE_ONLY})[0]
    as_text = PageInput(**{**item.__dict__, "data": FURNITURE_ONLY})
    parses.clear()
    (report,) = pages_import([as_text])
    assert report.action == "unchanged" and report.encoding == "unicode"
    assert len(parses) == 1


def test_pages_not_stored_yet_are_looked_up_in_one_statement_without_counts():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    pages = issue_pages(7)
    with CaptureQueriesContext(connection) as first:
        assert unchanged_pages(_inputs(pages)) == {}
    assert len(first) == 1 and "COUNT" not in first[0]["sql"].upper()
    list(pages_import(_inputs(pages)))
    with CaptureQueriesContext(connection) as again:
        assert sorted(unchanged_pages(_inputs(pages))) == [0, 1, 2, 3]
    assert len(again) == 2  # (whether any is stored, then the pages with their counts)
