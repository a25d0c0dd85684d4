"""A search's result list exports as CSV and as citations (GB/T 7714 text, RIS): the same
stories as the search page (published only, its filters kept), capped with a note."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from search import export
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(db):
    make_story("南通项目开工", "南通的重大项目今天开工。", day=date(2020, 7, 10))
    make_story("南通港口", "南通港今天很忙。", day=date(2021, 5, 1))
    make_story("南通草稿", "南通的草稿不公开。", day=date(2021, 5, 2), published=False)


def rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_search_page_offers_its_results_for_export(client, stories):
    html = client.get(reverse("search:search"), {"q": "南通", "page": "1"}).content.decode()
    assert f"{reverse('search:export-csv')}?q=%E5%8D%97%E9%80%9A" in html
    assert "引文列表（GB/T 7714）" in html


def test_the_csv_holds_the_published_results_with_their_filters(client, stories):
    found = rows(client.get(reverse("search:export-csv"), {"q": "南通"}))
    assert found[0] == export.CSV_HEADER
    assert sorted(row[0] for row in found[1:]) == ["南通港口", "南通项目开工"]
    narrowed = rows(
        client.get(reverse("search:export-csv"), {"q": "南通", "start": "2021年1月1日"})
    )
    assert [row[0] for row in narrowed[1:]] == ["南通港口"]
    assert narrowed[1][3] == "2021-05-01" and narrowed[1][8].startswith("http://testserver/")


def test_the_citations_are_the_story_pages_entries(client, stories):
    text = client.get(reverse("search:export-citations"), {"q": "南通港口"}).content.decode()
    assert text.startswith("[1] 南通港口[N/OL]. 测试日报, 2021-05-01(A1)")
    ris = client.get(reverse("search:export-ris"), {"q": "南通港口"}).content.decode()
    assert "TY  - NEWS" in ris and "TI  - 南通港口" in ris and "T2  - 测试日报" in ris


def test_an_export_larger_than_the_cap_says_so(client, stories, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_AT_MOST", 1)
    found = rows(client.get(reverse("search:export-csv"), {"q": "南通"}))
    assert len(found) == 3 and found[-1][0].startswith("共找到 2 篇，这里是按检索结果顺序的前 1 篇")
    text = client.get(reverse("search:export-citations"), {"q": "南通"}).content.decode()
    assert text.startswith("共找到 2 篇")


def test_nothing_asked_is_a_400_saying_what_to_do(client, stories):
    response = client.get(reverse("search:export-csv"))
    assert response.status_code == 400
    assert "请在检索页输入检索词" in response.content.decode()


@pytest.mark.parametrize(
    "params, said",
    [
        ({"q": "南通", "start": "2020年13月45日"}, "这些条件用不上"),
        ({"q": "南通", "label": "第A版"}, "这些条件用不上"),
        ({"q": "南", "paper": "no-such-paper"}, "这些条件用不上"),
        ({"q": "-南通"}, "没有要找的词"),
        ({"q": "南" * 2000}, "检索词太长"),
    ],
)
def test_an_export_the_search_cannot_honour_is_refused_saying_why(client, stories, params, said):
    """A filter that does not parse (the search page searches without it and says so beside
    the results) would give a file larger than asked, with nowhere to say so: refused."""
    for name in ("search:export-csv", "search:export-citations", "search:export-ris"):
        response = client.get(reverse(name), params)
        assert response.status_code == 400, (name, params)
        assert said in response.content.decode()


def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(client, db):
    make_story('=HYPERLINK("http://x","点这里")', "南通的公式标题。", day=date(2021, 5, 3))
    make_story("-南通观察", "南通的破折号标题。", day=date(2021, 5, 4))
    found = rows(client.get(reverse("search:export-csv"), {"q": "南通"}))
    titles = sorted(row[0] for row in found[1:])
    assert titles == ["'-南通观察", '\'=HYPERLINK("http://x","点这里")']


def test_the_exported_citations_carry_the_day_they_were_downloaded(client, stories):
    from django.utils import timezone

    text = client.get(reverse("search:export-citations"), {"q": "南通港口"}).content.decode()
    assert f"(A1)[{timezone.localdate().isoformat()}]. http" in text
    assert "[引用日期]" not in text
