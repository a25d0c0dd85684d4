"""Layout and page furniture: paragraphs, column breaks, stamps, staff lines, mastheads,
weather, source lines, stray labels, running heads and teasers."""

import pytest

from .helpers import only_article, parse

BODY = "本报讯（记者金帅）昨日，市委召开全会。会议由市委书记主持。"


# Paragraphs -----------------------------------------------------------------------------------


def test_column_break_halves_across_a_blank_line_are_joined():
    article = only_article("标题", "", BODY + "要推动重大项目", "", "建设取得实质性突破。")
    assert article.paragraphs == (BODY + "要推动重大项目建设取得实质性突破。",)


@pytest.mark.parametrize("end", ["。", "！", "？", "…", "”", "）"])
def test_a_line_that_ends_a_sentence_is_not_joined_to_the_next(end):
    article = only_article("标题", "", BODY + "他说“很好" + end, "", "另一段开始了。")
    assert len(article.paragraphs) == 2


def test_indented_paragraphs_without_blank_lines_are_one_paragraph_a_line():
    article = only_article(
        "市委召开全会",
        "　　" + BODY,
        "　　会议指出，要坚持稳中求进。",
        "　　会议强调，要抓好落实。",
    )
    assert article.paragraphs == (BODY, "会议指出，要坚持稳中求进。", "会议强调，要抓好落实。")
    assert article.title_lines == ("市委召开全会",)


def test_indented_page_joins_a_paragraph_cut_by_a_column_break():
    article = only_article(
        "市委召开全会",
        "　　" + BODY,
        "　　会议指出，今年以来，全市上下扎实开展“大项目突破年”活动，比学赶超、争先作为，重大项目",
        "　　建设取得实质性突破。",
    )
    assert article.paragraphs == (
        BODY,
        "会议指出，今年以来，全市上下扎实开展“大项目突破年”活动，比学赶超、争先作为，重大项目"
        "建设取得实质性突破。",
    )


def test_indentation_starts_paragraphs_where_wrapped_lines_are_not_indented():
    article = only_article(
        "市委召开全会",
        "　　本报讯（记者金帅）昨日，市委召开全会，会议由市委书记主持，",
        "会议听取了工作报告，审议了有关文件",
        "　　会议强调，要抓好落实。",
    )
    assert article.paragraphs == (
        "本报讯（记者金帅）昨日，市委召开全会，会议由市委书记主持，会议听取了工作报告，审议了有关文件",
        "会议强调，要抓好落实。",
    )


def test_runs_of_blank_lines_change_nothing():
    assert parse("标题", "", "", "", "", BODY) == parse("标题", "", BODY)


# Page furniture --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("责编：张三", "staff"),
        ("责任编辑：李四", "staff"),
        ("本版编辑：李四  美编：王五", "staff"),
        ("美编：王五", "staff"),
        ("本期导读", "masthead"),
        ("国内统一连续出版物号 CN32-0020", "masthead"),
        ("南通日报", "masthead"),
        ("人 民 日 报", "masthead"),
        ("NANTONG DAILY", "masthead"),
        ("晴 25~32℃ 东南风3-4级", "weather"),
        ("今天白天 多云转晴", "weather"),
        ("明天 小雨 东北风3到4级", "weather"),
        ("A4", "page-label"),
        ("第二版", "page-label"),
        ("《人民日报》（2026年04月30日 第 04 版）", "page-stamp"),
        ("1968年9月21日星期六第2版", "page-stamp"),
        ("（ 2026-04-30 ） 稿件来源：新华每日电讯 经济", "source"),
    ],
)
def test_page_furniture_is_never_an_article(line, reason):
    parsed = parse(line, "", "标题", "", BODY, "", line)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].title_lines == ("标题",)
    assert [s.reason for s in parsed.set_aside] == [reason, reason]
    assert parsed.ignored_lines == (line, line)


def test_people_daily_page_stamp_records_paper_date_and_label():
    meta = parse("《人民日报》（2026年04月30日 第 04 版）", "标题", "", BODY).metadata
    assert (meta.paper, meta.date, meta.label) == ("人民日报", "2026-04-30", "4")


def test_old_page_stamp_records_date_and_label():
    meta = parse("1968年9月21日星期六第2版", "标题", "", BODY).metadata
    assert (meta.date, meta.label) == ("1968-09-21", "2")


def test_masthead_paper_name_is_recorded():
    assert parse("南通日报", "", "标题", "", BODY).metadata.paper == "南通日报"


def test_running_head_records_label_and_section():
    parsed = parse("A2 要闻", "", "标题", "", BODY)
    assert (parsed.metadata.label, parsed.metadata.section) == ("A2", "要闻")
    assert parsed.articles[0].title_lines == ("标题",)


def test_headline_starting_with_an_ordinal_is_not_a_running_head():
    parsed = parse("第一书记的一天", "", BODY)
    assert parsed.articles[0].title_lines == ("第一书记的一天",)
    assert parsed.metadata.label == ""


def test_page_furniture_between_paragraphs_does_not_split_the_story():
    article = only_article("标题", "", BODY, "", "责编：张三", "", "会议强调，要抓好落实。")
    assert article.paragraphs == (BODY, "会议强调，要抓好落实。")


# Teasers ---------------------------------------------------------------------------------------


def test_teaser_records_target_page_and_section_and_takes_its_title_lines():
    parsed = parse("标题", "", BODY, "", "“小绿车”线上交易", "溢价率创新高", "■A3看南通·民生")
    (teaser,) = parsed.teasers
    assert teaser.title_lines == ("“小绿车”线上交易", "溢价率创新高")
    assert (teaser.target_label, teaser.target_section) == ("A3", "看南通·民生")
    assert parsed.articles[0].title_lines == ("标题",)


def test_teaser_with_chinese_page_number():
    (teaser,) = parse("春耕备耕忙", "■第四版 经济新闻").teasers
    assert (teaser.target_label, teaser.target_section) == ("4", "经济新闻")


def test_page_of_teasers_has_no_articles():
    parsed = parse("用心守护", "■A4看南通·要闻", "", "溢价率创新高", "■A3看南通·民生")
    assert parsed.articles == ()
    assert [t.target_label for t in parsed.teasers] == ["A4", "A3"]


def test_headline_that_starts_with_a_weather_word_is_not_weather():
    parsed = parse("大雨中的坚守", "", BODY)
    assert parsed.articles[0].title_lines == ("大雨中的坚守",)


def test_teaser_right_under_a_story_does_not_take_its_last_paragraph():
    parsed = parse("标题", "", BODY, "■A4看南通·要闻")
    assert parsed.articles[0].paragraphs == (BODY,)
    # (with no title of its own the target is no teaser: set aside as printed, and warned)
    assert parsed.teasers == ()
    assert ("■A4看南通·要闻", "teaser-untitled") in [(s.text, s.reason) for s in parsed.set_aside]
    assert parsed.warnings
