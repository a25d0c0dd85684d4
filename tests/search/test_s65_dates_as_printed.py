"""The search's date filters take a date as the site prints it (``2020年7月10日``) and as
readers write it with dots or slashes, not only ``2020-07-10``."""

from __future__ import annotations

from datetime import date

import pytest

from search.forms import written_date
from tests.search.conftest import make_story

URL = "/search/"


@pytest.fixture
def stories(db):
    make_story("南通项目开工", "南通的重大项目今天开工。", day=date(2020, 7, 10))
    make_story("南通港口", "南通港今天很忙。", day=date(2021, 5, 1))


@pytest.mark.parametrize(
    "given",
    [
        "2020年7月10日",
        "2020年07月10日",
        "2020 年 7 月 10 日",
        "２０２０年７月１０日",
        "2020年7月10",
        "2020.7.10",
        "2020/7/10",
        "2020/07/10",
        "20200710",
        "2020-07-10",
        "2020年7月10日星期五",
        "2020年7月10日（周五）",
        "2020年7月10号",
        "二〇二〇年七月十日",
        "二○二○年七月十日",
    ],
)
def test_a_date_written_as_readers_write_it_is_read(given):
    assert written_date(given) == "2020-07-10"


@pytest.mark.parametrize(
    "given",
    [
        "2020年7月",
        "7月10日",
        "2020.7",
        "2020-7-10-1",
        "去年",
        "二〇二〇年十十月十日",
        "2020年7月10日星期八",
    ],
)
def test_anything_else_is_left_for_the_field_to_refuse(given):
    assert written_date(given) == given


def test_the_search_takes_the_date_the_site_prints(client, stories):
    response = client.get(URL, {"q": "南通", "start": "2020年7月10日", "end": "2020/7/10"})
    assert not response.context["form"].errors
    assert [story.headline for story in response.context["page_obj"].object_list] == [
        "南通项目开工"
    ]


def test_a_day_the_month_lacks_is_refused_naming_the_forms_taken(client, stories):
    html = client.get(URL, {"q": "南通", "start": "2020年2月30日"}).content.decode()
    assert "“2020年2月30日”不是有效的日期" in html
    assert "2020年7月9日" in html
