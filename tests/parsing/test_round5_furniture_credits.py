"""Issue 14, fifth round: masthead and header lines (issue numbers, lunar dates, prices in a
named currency, publishers, a paper's supplement name, celebratory slogans), OCR scan noise, and
bracketed place-and-day datelines (（某城5日讯）). Pages written for these tests."""

import pytest

from articles.parsing import parse_page

from .helpers import only_article, parse

BODY = "市政府今天宣布，明年起扩大补助范围。各区将协助受理。"


def _reasons(parsed):
    return {s.text.strip(): s.reason for s in parsed.set_aside}


# Header and masthead lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "2024年3月7日  星期四  第10021期",
        "2024年3月7日  星期四  第88号  总第20011号",
        "2024年3月7日．星期四．甲辰年正月廿七",
        "一九八一年五月六日  星期三  第5120号",
        "农历辛酉年四月初三",
        "中共东山县委主办  2024年3月7日  星期四  第三版  总第1402期",
        "港币8.00元（外埠9.00元）",
        "国际新闻  第2版",
        "地方新聞 B3",
        "第B3版 地方新聞",
        "2024年3月7日 星期四 甲辰年正月廿七 第25412号 今日12版",
        "2024年3月7日 星期四 主编：谢云舒",
        "二〇二四年三月七日 星期四  甲辰年正月廿七  HK$9.00",
        "中共东山县委主办  县内统一刊号：DS-0012  2024年3月7日  星期四  第1856期",
        "天气：多云转晴 气温12至19度",
    ],
)
def test_masthead_and_header_lines_never_reach_the_first_deck(header):
    parsed = parse("东山晚报", header, "", "新建公园今日开放", "", "本报讯 " + BODY)
    assert [a.headline for a in parsed.articles] == ["新建公园今日开放"]
    assert parsed.articles[0].kicker == ""
    assert header.strip() in _reasons(parsed)


def test_issue_number_and_date_line_records_the_date():
    parsed = parse("东山晚报", "2024年3月7日  星期四  第10021期", "", "新建公园今日开放", "", BODY)
    assert parsed.metadata.date == "2024-03-07"


@pytest.mark.parametrize(
    "line", ["中共东山县委主办", "东山军区机关报", "东山晚报 · 周末", "热烈庆祝东山建县七十周年"]
)
def test_publisher_supplement_and_slogan_lines_under_a_masthead_are_furniture(line):
    parsed = parse(
        "东山晚报", "2024年3月7日  星期四  第3版", line, "", "新建公园今日开放", "", BODY
    )
    assert [(a.kicker, a.headline) for a in parsed.articles] == [("", "新建公园今日开放")]


def test_a_lunar_new_year_headline_is_not_a_header():
    article = only_article("甲辰年春节", "", BODY)
    assert article.headline == "甲辰年春节"


def test_a_celebration_headline_inside_the_page_stays_a_headline():
    parsed = parse(
        "新建公园今日开放",
        "",
        "本报讯 " + BODY,
        "",
        "热烈庆祝东山建县七十周年",
        "",
        "本报讯 " + BODY,
    )
    assert [a.headline for a in parsed.articles] == ["新建公园今日开放", "热烈庆祝东山建县七十周年"]


# Scan noise ------------------------------------------------------------------------------------


@pytest.mark.parametrize("noise", ["1   ■  ■■", "   ·   ·   ·", "■ □ ■"])
def test_ocr_scan_noise_is_set_aside_not_a_story(noise):
    parsed = parse("新建公园今日开放", "", "本报讯 " + BODY, "", noise)
    assert [a.headline for a in parsed.articles] == ["新建公园今日开放"]
    assert _reasons(parsed)[noise.strip()] == "scan-noise"


def test_scan_noise_check_stays_linear_on_a_long_hostile_line():
    parsed = parse("新建公园今日开放", "", "本报讯 " + BODY, "", "· " * 5000 + "字")
    assert parsed.articles


# Datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("【吉隆坡5日訊】", "吉隆坡5日訊"),
        ("（新山6日訊）", "新山6日訊"),
        ("（布城6日讯）", "布城6日讯"),
        ("〔本報訊〕", "本報訊"),
        ("晚报讯 ", "晚报讯"),
    ],
)
def test_bracketed_place_and_day_datelines(first, dateline):
    article = only_article("扩大补助范围", "", first + BODY)
    assert article.dateline == dateline
    assert article.paragraphs == (first + BODY,)


def test_each_place_and_day_dateline_opens_its_own_story():
    parsed = parse(
        "扩大补助范围",
        "（新山6日訊）" + BODY,
        "",
        "港口吞吐量创新高",
        "【檳城5日訊】港口吞吐量上月创下新高。",
    )
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("扩大补助范围", "新山6日訊"),
        ("港口吞吐量创新高", "檳城5日訊"),
    ]


def test_a_title_with_an_issue_number_is_no_header():
    parsed = parse("本报讯 " + BODY, "", "港口物流第3期工作简报", "", "本报讯 " + BODY)
    assert "港口物流第3期工作简报" in [a.headline for a in parsed.articles]


# Photo credits ---------------------------------------------------------------------------------


def test_a_bare_name_credit_under_a_dated_caption_is_the_photos_credit():
    parsed = parse(
        "新建公园今日开放",
        "",
        "本报讯 " + BODY,
        "",
        "3月6日，市民在新建公园里散步。",
        "王晓东摄",
    )
    assert [a.headline for a in parsed.articles] == ["新建公园今日开放"]
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("3月6日，市民在新建公园里散步。", "王晓东摄")
    ]


def test_a_short_title_ending_in_she_over_a_story_is_not_a_credit():
    parsed = parse("本报讯 " + BODY, "", "王晓东摄", "", "本报讯 " + BODY)
    assert not parsed.photos


# Section numbers -------------------------------------------------------------------------------


def test_a_numeral_alone_over_a_section_title_stays_in_the_story():
    text = "演练中，蓝军突然改变进攻方向，红方指挥所一度陷入被动，随后连夜修订方案。"
    parsed = parse(
        "练兵备战一线",
        "",
        "本报讯 " + text,
        "",
        "一",
        "",
        "蓝军不按套路出牌",
        "",
        text,
        "",
        "二",
        "",
        "把短板摆上桌面",
        "",
        text,
    )
    assert [a.headline for a in parsed.articles] == ["练兵备战一线"]
    assert parsed.articles[0].crossheads == ("一", "蓝军不按套路出牌", "二", "把短板摆上桌面")


# Data boxes ------------------------------------------------------------------------------------


def test_a_data_box_is_set_aside_and_flagged_not_the_next_deck():
    parsed = parse(
        "【数据】",
        "全市生产总值  1234.5亿元",
        "同比增长  5.2%",
        "（数据来源：市统计局）",
        "",
        "全市经济稳中有进",
        "",
        "本报讯 " + BODY,
    )
    assert [(a.kicker, a.headline, a.subheadline) for a in parsed.articles] == [
        ("", "全市经济稳中有进", "")
    ]
    assert [s.text for s in parsed.set_aside if s.reason == "data-box"] == [
        "【数据】",
        "全市生产总值  1234.5亿元",
        "同比增长  5.2%",
        "（数据来源：市统计局）",
    ]
    assert any(f.kind == "data-box" for f in parsed.flags)


def test_a_data_box_without_a_blank_line_after_it_ends_at_its_source_line():
    parsed = parse(
        "【数读】", "同比增长  5.2%", "（来源：市统计局）", "全市经济稳中有进", "本报讯 " + BODY
    )
    assert [a.headline for a in parsed.articles] == ["全市经济稳中有进"]


# Credits and bylines after a caption -----------------------------------------------------------


def test_an_archive_picture_credit_ends_a_marked_caption():
    parsed = parse("渡轮服务延长", "", "本报讯 " + BODY, "", "图：渡轮码头夜景。（档案照）")
    assert [p.credit_line for p in parsed.photos] == ["（档案照）"]
    assert parsed.photos[0].caption.endswith("渡轮码头夜景。")


def test_a_colon_byline_after_a_caption_signs_the_story_above():
    parsed = parse(
        "柔佛新建医院",
        "（新山6日讯）" + BODY,
        "",
        "图：新医院的设计图。（档案照）",
        "",
        "记者：陈慧玲",
        "",
        "疫苗加强剂开放预约",
        "（布城6日讯）" + BODY,
    )
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("柔佛新建医院", ("陈慧玲",)),
        ("疫苗加强剂开放预约", ()),
    ]


def test_an_interview_question_after_jizhe_colon_stays_text():
    article = only_article("访谈", "", "本报讯 " + BODY, "记者：你怎么看今年的收成", BODY)
    assert article.reporters == ()


def test_a_weekday_alone_under_the_date_is_the_header_and_the_section_under_it_the_pages():
    page = parse_page(
        "临江晚报\n2026年3月6日\n星期五\nA2\n城事\n\n老码头改造开工\n本报讯 昨天上午，老码头改造工程正式开工，工期十个月。\n"
    )
    assert [a.title_lines for a in page.articles] == [("老码头改造开工",)]
    assert page.metadata.section == "城事"
    assert ("星期五", "page-stamp") in [(s.text, s.reason) for s in page.set_aside]


def test_a_weekday_line_inside_a_story_is_not_furniture():
    page = parse_page(
        "社区周末课堂开课\n\n本报讯 课程安排如下：\n星期五\n下午三点上书法课，欢迎居民报名参加。\n"
    )
    assert "星期五" in "".join(b.text for a in page.articles for b in a.blocks)
