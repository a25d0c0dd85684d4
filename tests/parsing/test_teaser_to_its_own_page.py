"""A teaser points to another page: a line read as a teaser whose target is the page it is printed
on (the caller's label, else the one the page's header printed) is none. Its lines are set aside
as printed (``own-page-teaser``), neither a teaser nor a story's text; teasers to other pages on
the same page stay, and a page whose label is not known keeps its teasers. Texts written for
these tests."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page

STORY = "本报讯（记者王刚）城西区今年新建三座公园，已全部开放，市民纷纷前往游览。\n"
NEXT = (
    "城东菜市场改造完工\n\n本报讯（记者李明）城东菜市场改造昨日完工，摊位由一百个增至一百六十个。\n"
)


def _box_page() -> bytes:
    text = (
        "江城日报\n\n本期导读\n◆老街口的梧桐树挂上了名牌（A1版）\n◆城西新建三座公园（A4版）\n\n"
        f"江城新建三座公园\n\n{STORY}"
    )
    return text.encode()


def test_a_box_row_pointing_to_the_page_it_is_on_is_set_aside():
    page = parse_page(_box_page(), label="A1")
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("城西新建三座公园",), "A4")
    ]
    assert (4, "◆老街口的梧桐树挂上了名牌（A1版）", "own-page-teaser") in [
        (s.line, s.text, s.reason) for s in page.set_aside
    ]
    assert [a.headline for a in page.articles] == ["江城新建三座公园"]


@pytest.mark.parametrize("label", ["A2", ""])
def test_on_another_page_or_one_not_named_the_row_stays_a_teaser(label):
    page = parse_page(_box_page(), label=label)
    assert [t.target_label for t in page.teasers] == ["A1", "A4"]
    assert "own-page-teaser" not in {s.reason for s in page.set_aside}


def test_a_title_over_a_target_to_its_own_page_goes_into_no_story():
    text = f"江城新建三座公园\n\n{STORY}\n老街口的梧桐树挂上了名牌\n■A1看江城·要闻\n\n{NEXT}"
    page = parse_page(text.encode(), label="a1")  # (the label as a user may type it)
    assert page.teasers == ()
    assert [(s.line, s.text, s.reason) for s in page.set_aside] == [
        (5, "老街口的梧桐树挂上了名牌", "own-page-teaser"),
        (6, "■A1看江城·要闻", "own-page-teaser"),
    ]
    assert [a.title_lines for a in page.articles] == [
        ("江城新建三座公园",),
        ("城东菜市场改造完工",),
    ]


def test_the_pages_label_printed_in_its_header_is_its_own():
    header = "江城日报  2024年3月5日  星期二  第5版"
    text = f"{header}\n\n本期导读\n老街口的梧桐树挂上了名牌（第5版）\n城西新建三座公园（第4版）\n\n{NEXT}"
    page = parse_page(text.encode())
    assert page.metadata.label == "5"
    assert [t.target_label for t in page.teasers] == ["4"]
    assert ("老街口的梧桐树挂上了名牌（第5版）", "own-page-teaser") in [
        (s.text, s.reason) for s in page.set_aside
    ]


def test_a_special_issues_banner_with_the_pages_number_is_no_teaser():
    banner = "江城解放十周年纪念大会特刊  第1版"
    page = parse_page(f"江城日报\n{banner}\n\n{NEXT}".encode(), label="1")
    assert page.teasers == ()
    assert (banner, "own-page-teaser") in [(s.text, s.reason) for s in page.set_aside]
    assert [a.headline for a in page.articles] == ["城东菜市场改造完工"]


def test_a_target_first_teaser_to_its_own_page_sets_aside_its_title_under_it():
    rows = "■A3 湖畔公园\n樱花步道开放\n■A6 社区医院\n夜间门诊延时\n"
    text = f"松屿晨报\n国内统一刊号CN41-0xxx\n{rows}\n{NEXT}"
    page = parse_page(text.encode(), label="A3")
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [(("夜间门诊延时",), "A6")]
    assert [(s.line, s.text) for s in page.set_aside if s.reason == "own-page-teaser"] == [
        (3, "■A3 湖畔公园"),
        (4, "樱花步道开放"),
    ]
