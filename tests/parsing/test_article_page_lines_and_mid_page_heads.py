"""A scraped article page's tools and meta lines, and a running head met mid-page (a PDF's frame
order), are page furniture (INPUT.md, "Page furniture that is not a story", "Page PDFs"); a
headline or a numbered item that only looks like them stays the story's."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

FIRST = "城东新建三座口袋公园"
FIRST_TEXT = "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。"
SECOND = "市区新增公交线路两条"
SECOND_TEXT = "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。"


@pytest.mark.parametrize(
    "line",
    [
        "发布日期：2025年6月14日　来源：东林日报　点击数：56",
        "【打印】 【关闭】",
        "下载PDF版 | 收藏本页",
    ],
)
def test_an_article_pages_meta_and_tool_lines_are_not_decks(line):
    parsed = parse(line, "", FIRST, "", FIRST_TEXT)
    assert decks(parsed) == [("", FIRST, "")]
    assert line in reasons(parsed)


def test_the_headline_between_a_breadcrumb_and_the_font_switch_stays_the_storys():
    parsed = parse("首页 > 本地新闻", "", FIRST, "", "【字号：大 中 小】", "", FIRST_TEXT)
    assert decks(parsed) == [("", FIRST, "")]


@pytest.mark.parametrize("head", ["B2 体育", "第B2版 体育"])
def test_a_running_head_after_a_finished_story_is_set_aside(head):
    parsed = parse(FIRST, "", FIRST_TEXT, head, SECOND, "", SECOND_TEXT)
    assert decks(parsed) == [("", FIRST, ""), ("", SECOND, "")]
    assert reasons(parsed)[head] == "page-header"


@pytest.mark.parametrize("kicker", ["3 报名须知", "5版块联动"])
def test_a_kicker_that_only_opens_with_a_number_stays_a_kicker(kicker):
    parsed = parse(FIRST, "", FIRST_TEXT, "", kicker, SECOND, "", SECOND_TEXT)
    assert kicker not in reasons(parsed)


def test_a_notice_ending_with_its_day_of_issue_keeps_the_line():
    """A printed notice may end with the day it was issued (发布日期：2025年6月14日, no clock
    time, nothing beside it): that is the notice's text, not an article page's meta line."""
    from articles.parsing.webfurniture import article_meta_line

    assert not article_meta_line("发布日期：2025年6月14日")
    assert article_meta_line("发布时间：2025-06-14 08:00:00")
    assert article_meta_line("发布日期：2025年6月14日　来源：东林日报")
    assert article_meta_line("浏览次数：1234")


@pytest.mark.parametrize("head", ["第15版　书评", "A3版 看南通"])
def test_a_running_head_naming_its_own_column_mid_page_is_set_aside(head):
    parsed = parse(FIRST, "", FIRST_TEXT, "", head, "", SECOND, "", SECOND_TEXT)
    assert decks(parsed) == [("", FIRST, ""), ("", SECOND, "")]
    assert reasons(parsed)[head] == "page-header"


@pytest.mark.parametrize("headline", ["第三版权威解读出炉", "第九版 防控方案发布"])
def test_a_headline_opening_with_a_page_word_mid_page_keeps_its_story(headline):
    parsed = parse(FIRST, "", FIRST_TEXT, "", headline, "", SECOND_TEXT)
    assert decks(parsed) == [("", FIRST, ""), ("", headline, "")]
    assert parsed.metadata.label == "" and parsed.metadata.section == ""


@pytest.mark.parametrize("headline", ["A4版面改版了", "第九版防控方案发布"])
def test_a_headline_opening_with_a_page_word_at_the_top_is_no_running_head(headline):
    parsed = parse(headline, "", SECOND_TEXT)
    assert decks(parsed) == [("", headline, "")]
    assert parsed.metadata.label == "" and parsed.metadata.section == ""


def test_a_running_head_at_the_top_still_gives_the_pages_label_and_section():
    parsed = parse("第4版 要闻", "", SECOND, "", SECOND_TEXT)
    assert decks(parsed) == [("", SECOND, "")]
    assert (parsed.metadata.label, parsed.metadata.section) == ("4", "要闻")
