"""``import_pages`` parses every page before the transaction that writes it opens, a dry run's
too: on SQLite a transaction holds the one write lock from its start (``BEGIN IMMEDIATE``), and
a dry run used to parse its whole run inside its (rolled-back) transaction, so that another
import, the task worker or an editor's save died with ``database is locked``. Checked without
timing (:mod:`tests.writelock`): no transaction is open whenever a page is parsed, and another
connection writes meanwhile."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles import parsing
from articles.importing import PageInput, pages_import
from articles.models import Jump, Page
from bench.synthetic import issue_pages
from tests.factories import page_inputs
from tests.writelock import watch

DAY = date(2021, 3, 4)


@pytest.fixture
def parses(monkeypatch):
    """Each page's parse (the parser's entry point every path calls), recorded with whether a
    transaction was open."""
    return watch(monkeypatch, parsing, "parse_decoded")


def _inputs(pages: dict[str, str]) -> list[PageInput]:
    return page_inputs(pages, when=DAY)


@pytest.mark.django_db(transaction=True)
def test_a_dry_run_parses_every_batch_before_its_transaction(parses):
    reports = list(pages_import(_inputs(issue_pages(7)), dry_run=True, batch_pages=1))
    assert parses == [False] * 4
    assert [r.action for r in reports] == ["created"] * 4
    # still one transaction for the run: A1's jumps are answered by A2, written a batch later
    assert [r.pending_jumps for r in reports] == [[], [], [], []]
    assert not Page.objects.exists() and not Jump.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_real_run_parses_each_batch_before_its_transaction(parses):
    reports = list(pages_import(_inputs(issue_pages(7)), batch_pages=2))
    assert parses == [False] * 4
    assert [r.action for r in reports] == ["created"] * 4
    assert Page.objects.count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_dry_run_parses_a_stored_page_that_an_earlier_batch_changes(parses):
    pages = issue_pages(7)
    list(pages_import(_inputs({"A3": pages["A3"]})))
    changed = pages["A3"].replace("。", "。\n\n", 1)
    parses.clear()
    # the stored bytes again after other bytes of the same page: parsed before the transaction
    # (the earlier batch changes the row), not skipped as stored and parsed inside it
    items = _inputs({"A3": changed, "A4": pages["A4"]}) + _inputs({"A3": pages["A3"]})
    reports = list(pages_import(items, dry_run=True, batch_pages=1))
    assert parses == [False, False, False]
    assert [r.action for r in reports] == ["updated", "created", "updated"]
    assert Page.objects.get().raw_text == pages["A3"]


@pytest.mark.django_db(transaction=True)
def test_import_pages_dry_run_lets_another_connection_write_while_it_parses(parses, tmp_path):
    folder = tmp_path / "nantong-daily" / DAY.isoformat()
    folder.mkdir(parents=True)
    for label, text in issue_pages(7).items():
        (folder / f"{label}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "nantong-daily" / "paper.json").write_text(
        json.dumps({"name": "南通日报", "slug": "nantong-daily"}), encoding="utf-8"
    )
    out = StringIO()
    call_command(
        "import_pages",
        str(tmp_path),
        "--dry-run",
        "--workers",
        "0",
        "--batch-size",
        "2",
        stdout=out,
        stderr=StringIO(),
    )
    assert parses == [False] * 4
    assert "试运行" in out.getvalue() and "将新建 4" in out.getvalue()
    assert not Page.objects.exists()
