"""The results page says only what is true of a search: 逐字匹配 only when the typed text
itself was matched (``%20`` is matched as ``20``: named), and a date filter it could not use
(2020-02-30, or a date under a name it does not take) is said beside the results, in Chinese."""

import pytest

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(db):
    return make_story(
        "沿江步道延长20公里",
        "本报讯（记者 苏明远）沿江步道今年再延长20公里，新建十处观景平台，年底前全线贯通。",
    )


def _page(client, query: str) -> str:
    return client.get("/search/?" + query).content.decode()


def test_a_query_matched_without_its_signs_names_what_was_matched(client, story):
    # ``%0公``: not an index token, found by the substring scan, as ``0公`` (the % left out)
    html = _page(client, "q=%250%E5%85%AC")
    assert "找到 1 篇与“%0公”相关的稿件" in html
    assert "（按原文逐字匹配）" not in html
    assert "（按原文逐字匹配“0公”，不计词两边的符号）" in html


def test_a_plain_query_matched_letter_for_letter_says_so(client, story):
    html = _page(client, "q=0%E5%85%AC")
    assert "找到 1 篇与“0公”相关的稿件（按原文逐字匹配）" in html


def test_a_date_that_does_not_exist_is_said_beside_the_results(client, story):
    html = _page(client, "q=%E6%AD%A5%E9%81%93&start=2020-02-30")
    assert "找到 1 篇" in html
    assert "下面的结果没有用上这些条件：起始日期：“2020-02-30”不是有效的日期" in html
    assert "Enter a valid date" not in html and "输入一个有效的日期" not in html


def test_a_date_under_a_name_the_form_does_not_take_is_said(client, story):
    html = _page(client, "q=%E6%AD%A5%E9%81%93&date_from=2020-02-30&utm_source=x")
    assert "网址里的“date_from”不是检索条件" in html
    assert "utm_source" not in html
    assert "找到 1 篇" in html


def test_a_valid_date_says_nothing(client, story):
    html = _page(client, "q=%E6%AD%A5%E9%81%93&start=2020-02-01")
    assert "没有用上这些条件" not in html
