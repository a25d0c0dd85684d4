"""The desk's story export (稿件 → 导出) takes a fixed number of statements whatever the rows hold,
and its file is named after the list's filters it was made with (README: The editors' desk,
Spreadsheets; ``bench/export_bench.py``).

A reviewer's export of 5,455 stories took 17.8 s: the 更正与更新 column read each published
story's history with a statement of its own, and the library paged the prefetching list by
``OFFSET``; a daily's year would pass gunicorn's ``--timeout 60``. The file was named
``稿件-2026-12-07.csv``, the day of the export, not what it holds."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Publication
from articles.publishing import issue_publish
from articles.signoff import stories_sign_off
from articles.spreadsheets import stories as story_sheets
from articles.spreadsheets.keys import PAGE, POSITION
from tests.admin.test_spreadsheets import CSV, browser_form, dataset
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db
FIRST = date(2018, 1, 1)
ADDRESS = "admin:articles_article_export"


def issues(count: int, chief, *, start: date = FIRST) -> None:
    """``count`` issues of the seed's A1 (five stories each) from ``start``, signed off and
    published, each A1 re-sent with a correction after publication (a 更正 line a story)."""
    Publication.objects.filter(slug="nantong-daily").update(review_required=False)
    for n in range(count):
        when = start + timedelta(days=n)
        import_text(SEED.read_text(), "A1", when=when)
        issue = Issue.objects.get(date=when)
        stories_sign_off(articles=Article.objects.filter(issue=issue), user=chief)
        issue_publish(issue=issue, user=chief, acknowledge_broken=True)
        import_text(SEED.read_text().replace("王晖指出", "王晖强调"), "A1", when=when)


def export(client, query: str = ""):
    """The export page's form as rendered (every column ticked, CSV) submitted; the response."""
    address = reverse(ADDRESS) + query
    response = client.post(address, browser_form(client.get(address), "format", format=CSV))
    assert response.status_code == 200, response.content[:1000]
    return response


def statements(client) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        rows = len(dataset(export(client).content, CSV))
    return len(queries), rows


def file_name(response) -> str:
    return unquote(response["Content-Disposition"].split("filename*=utf-8''")[1])


def test_the_export_takes_as_many_statements_for_three_times_the_stories(chief_client, chief):
    issues(1, chief)
    few, rows = statements(chief_client)
    issues(2, chief, start=FIRST + timedelta(days=10))
    many, more_rows = statements(chief_client)
    assert more_rows == 3 * rows
    assert many == few, f"{few} statements for {rows} rows, {many} for {more_rows}"


def test_each_chunk_keeps_the_lists_order_and_its_corrections(chief_client, chief, monkeypatch):
    issues(2, chief)
    whole = dataset(export(chief_client).content, CSV)
    monkeypatch.setattr(story_sheets, "EXPORT_CHUNK", 3)  # chunks cut across stories and issues
    chunked = dataset(export(chief_client).content, CSV)
    assert [list(row) for row in chunked] == [list(row) for row in whole]
    corrected = [row["更正与更新（只读）"] for row in chunked.dict if row["更正与更新（只读）"]]
    assert len(corrected) == 2 and all(text.startswith("更正：本文于") for text in corrected)
    assert all(row["签发人（只读）"] == "desk-chief" for row in chunked.dict)


def test_a_years_export_is_named_after_the_year(chief_client, chief):
    issues(1, chief)
    assert file_name(export(chief_client, "?issue__date__year=2018")) == "稿件-2018年.csv"
    month = export(chief_client, "?issue__date__year=2018&issue__date__month=1")
    assert file_name(month) == "稿件-2018年1月.csv"


def test_a_papers_range_is_named_after_the_paper_and_the_dates(chief_client, chief):
    issues(1, chief)
    paper = Publication.objects.get(slug="nantong-daily")
    query = (
        f"?issue__publication__id__exact={paper.pk}"
        "&issue__date__gte=2018-01-01&issue__date__lte=2018-12-31"
    )
    response = export(chief_client, query)
    assert file_name(response) == "稿件-南通日报-2018-01-01至2018-12-31.csv"
    assert len(dataset(response.content, CSV)) == 5
    assert file_name(export(chief_client, "?date=2018-01-01")) == "稿件-2018-01-01.csv"


def test_an_export_without_a_date_filter_says_it_is_the_days_export(chief_client, chief):
    issues(1, chief)
    name = file_name(export(chief_client))
    assert name == f"稿件-{timezone.localdate().isoformat()}导出.csv"
    assert re.fullmatch(r"稿件-\d{4}-\d{2}-\d{2}导出\.csv", name)


def test_a_sliced_list_exports_the_slices_stories_in_its_order(chief, monkeypatch):
    """A sliced queryset (the first rows of a list, as a caller may hand the resource) exports
    those rows, chunk by chunk, in the slice's order (the chunks are read by id from the list
    without its slice: a slice cannot be filtered further)."""
    issues(1, chief)
    monkeypatch.setattr(story_sheets, "EXPORT_CHUNK", 2)
    newest = Article.objects.order_by("-pk")[:3]
    rows = story_sheets.ArticleResource().export(queryset=newest).dict
    expected = [(s.page.label, s.position, s.headline) for s in newest]
    assert [(r[PAGE], int(r[POSITION]), r["主题"]) for r in rows] == expected
