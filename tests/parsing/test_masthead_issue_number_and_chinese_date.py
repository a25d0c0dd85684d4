"""The masthead's issue number printed beside its date (2025年6月3日　星期二　第1008期, 第一〇〇八期,
第六三七号) and a masthead date in Chinese numerals (二〇二五年六月三日, 一九四七年十一月廿一日,
中华民国三十六年十一月二十一日) are read into the page's metadata, as the Arabic forms are; a
date or a 第…期 in a story is the story's, never the issue's. The lines stay as printed."""

import pytest

from articles.parsing.mastheadfacts import chinese_number, printed_date
from tests.parsing.helpers import parse

STORY = (
    "",
    "青石镇新修三座便民桥",
    "",
    "本报讯（记者 罗小川）青石镇新修的三座便民桥昨天通车，两岸村民赶集不再绕行十里。",
)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("2025年6月3日　星期二　第1008期", 1008),
        ("2025年6月3日　星期二　第一〇〇八期", 1008),
        ("2025年6月3日　星期二　第一○○八期", 1008),
        ("2025年6月3日　星期二　第一千零八期", 1008),
        ("2025年6月3日　星期二　第 1 0 0 8 期　今日八版", 1008),
        ("中共青石县委主办　第六三七号　2025年6月3日　星期二", 637),
        ("2025年6月3日　星期二　第15期（总第612期）　本期4版", 15),
        ("2025年6月3日　星期二　总第30114号　第8812期", 8812),
        ("2025年6月3日　星期二　总第12345期", 12345),
    ],
)
def test_the_issue_number_beside_the_mastheads_date_is_read(line, number):
    page = parse("青石日报", line, *STORY)
    assert page.metadata.issue_number == number
    assert page.metadata.date == "2025-06-03"
    assert (line, "page-header") in [(s.text, s.reason) for s in page.set_aside]
    assert [a.headline for a in page.articles] == ["青石镇新修三座便民桥"]


@pytest.mark.parametrize(
    ("line", "number"),
    [("第六三七号", 637), ("第一〇〇八期", 1008), ("第二一七期　今日四版", 217)],
)
def test_an_issue_number_in_chinese_numerals_alone_under_the_name_is_the_mastheads(line, number):
    page = parse("青石日报", line, *STORY)
    assert page.metadata.issue_number == number
    assert page.metadata.section == ""  # (it was taken for the page's section)
    assert [(s.text, s.reason) for s in page.set_aside] == [
        ("青石日报", "masthead"),
        (line, "masthead"),
    ]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("二〇二五年六月三日", "2025-06-03"),
        ("二○二五年六月三日　星期二", "2025-06-03"),
        ("二零二五年六月三日 星期二", "2025-06-03"),
        ("一九四七年十一月廿一日", "1947-11-21"),
        ("一九五〇年一月卅一日　星期二", "1950-01-31"),
        ("中华民国三十六年十一月二十一日", "1947-11-21"),
        ("中華民國三十六年十一月廿一日　星期五", "1947-11-21"),
        ("民國一〇八年十一月二十二日", "2019-11-22"),
        ("中华民国一百零八年十一月二十二日", "2019-11-22"),
        ("一九六八年十一月十六口 星期六", "1968-11-16"),
    ],
)
def test_a_masthead_date_in_chinese_numerals_is_the_pages_date(line, day):
    page = parse("青石日报", line, *STORY)
    assert page.metadata.date == day
    assert [(s.text, s.reason) for s in page.set_aside][1] == (line, "page-stamp")


def test_a_date_and_an_issue_number_in_chinese_numerals_on_one_line():
    line = "中华民国三十六年十一月二十一日　星期五　第六三七号"
    page = parse("汾河日报", line, *STORY)
    assert (page.metadata.date, page.metadata.issue_number) == ("1947-11-21", 637)
    assert page.set_aside[1].text == line  # kept as printed


def test_a_header_line_in_chinese_numerals_with_the_page_gives_its_date_and_label():
    page = parse("一九六六年三月四日 第二版", *STORY)
    assert (page.metadata.date, page.metadata.label) == ("1966-03-04", "2")


def test_a_date_in_chinese_numerals_signing_a_notice_is_not_the_pages():
    page = parse(
        "青石日报",
        "",
        "公告",
        "",
        "青石镇自来水厂定于六月十日停水检修一天，请居民提前储水。",
        "",
        "青石镇自来水厂",
        "二〇二五年五月二十日",
    )
    assert page.metadata.date == ""


def test_a_date_in_chinese_numerals_at_the_foot_of_a_page_is_not_read():
    page = parse(*STORY, "", "二〇二五年六月三日　星期二")
    assert page.metadata.date == ""


@pytest.mark.parametrize(
    "head", ["2025年6月3日　星期二　第3版", "二〇二五年六月三日　星期二　第三版"]
)
def test_a_running_head_below_the_first_story_gives_its_date_in_either_numerals(head):
    """A PDF's text layer may give the page's running head after its first story: the date
    beside the page is read there in Chinese numerals as in figures (the import checks it)."""
    second = ("", "青石镇夜市开到晚十点", "", "本报讯（记者 罗小川）老街夜市本周起延长到晚上十点。")
    page = parse(*STORY, "", head, *second)
    assert page.metadata.date == "2025-06-03"
    assert head in [s.text for s in page.set_aside]  # (a stamp or a header line: furniture)


def test_a_phase_or_a_decrees_number_in_a_story_is_no_issue_number():
    page = parse(
        "青石日报",
        "",
        "中华人民共和国主席令",
        "第三十一号",
        "",
        "《中华人民共和国某某法》已由全国人民代表大会常务委员会通过，现予公布，自公布之日起施行。",
        "",
        "港口第二期工程开工",
        "",
        "本报讯 港口第二期工程昨天开工，第一期工程去年投用。",
    )
    assert page.metadata.issue_number is None


def test_a_supplements_own_count_beside_its_name_is_not_the_issues():
    page = parse("读书周刊　第386期　2025年6月3日　星期二", *STORY)
    assert page.metadata.issue_number is None
    assert page.metadata.date == "2025-06-03"


def test_a_licence_number_in_the_masthead_is_no_issue_number():
    page = parse("青石日报", "广告经营许可证：青工商广字第0001号", *STORY)
    assert page.metadata.issue_number is None


def test_the_day_the_paper_was_founded_is_not_the_issues_date():
    page = parse("青石日报", "1949年10月1日创刊　2025年6月3日　星期二", *STORY)
    assert page.metadata.date == "2025-06-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一〇〇八", 1008),
        ("一○○八", 1008),
        ("六三七", 637),
        ("二零二五", 2025),
        ("一二三四五六", 123456),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("廿一", 21),
        ("卅", 30),
        ("三十六", 36),
        ("一百零八", 108),
        ("一百一十四", 114),
        ("一千零八", 1008),
        ("两千", 2000),
        ("一万二千三百四十五", 12345),
        ("十十", None),
        ("二三十", None),
        ("三百五百", None),
        ("百", None),
        ("三十零", None),
        ("", None),
    ],
)
def test_chinese_numbers_of_both_ways_of_writing(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "二〇二五年二月三十日",
        "四七年十一月廿一日",
        "农历二〇二五年五月初八",
        "乙巳年六月廿二",
        "民国三百年一月一日",
    ],
)
def test_no_date_is_taken_from_what_is_no_solar_date_of_a_paper(text):
    assert printed_date(text) == ""
