"""The search page's filters as readers give them: dates the wrong way round are the range they
name, searched with the two swapped and said so (a reviewer's ``start=2026-01-01&end=2025-01-01``
was told the end date went unused while the start date was used); a paper no public paper is
says so in Chinese and how to fix it, not Django's stock choice message with a doubled 。."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

URL = reverse("search:search")


def _stories():
    make_story("港口建设一期开工", "港口建设正式开工。", day=date(2021, 3, 1))
    make_story("港口建设二期开工", "港口建设二期开工。", day=date(2022, 3, 1))
    make_story("港口建设三期开工", "港口建设三期开工。", day=date(2024, 3, 1))


def test_dates_the_wrong_way_round_search_the_range_they_name_and_say_so(client):
    _stories()
    response = client.get(URL, {"q": "港口", "start": "2023-01-01", "end": "2021-01-01"})
    html = response.content.decode()
    assert [a.headline for a in response.context["page_obj"]] == [
        "港口建设二期开工",
        "港口建设一期开工",
    ]
    assert "起始日期晚于截止日期，已对调：按 2021-01-01 至 2023-01-01 检索。" in html
    assert "没有用上这些条件" not in html


def test_dates_the_right_way_round_are_not_said_to_be_swapped(client):
    _stories()
    response = client.get(URL, {"q": "港口", "start": "2021-01-01", "end": "2023-01-01"})
    assert len(response.context["page_obj"]) == 2
    assert "已对调" not in response.content.decode()


def test_an_unknown_paper_is_named_with_how_to_fix_it(client):
    _stories()
    html = client.get(URL, {"q": "港口", "paper": "nosuch"}).content.decode()
    assert (
        "报纸：没有网址为“nosuch”的报纸（或它还没有公开的内容）；"
        "请在“筛选”的“报纸”里选一份，或去掉这个条件。" in html
    )
    assert "不在可用的选项中" not in html and "。。" not in html
