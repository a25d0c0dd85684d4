"""Round 11 of issue 14: mastheads, quotation boxes and contributing groups' credits (pages of my
own).

INPUT.md, "Page furniture": the masthead's lines at the top of a page (the paper's name in any
script, its edition, its publishers, dates of any calendar, issue numbers, prices) and boxes such
as a quotation under its label are furniture, never a story; a contributing group's credit in
brackets after a story's text signs that story and is never the next story's headline.
"""

from articles.parsing.quotebox import quotation_end
from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "",
    "湖滨公园新增十处健身点",
    "本报讯　市园林局昨天表示，湖滨公园新增的十处健身点已全部建成，市民可免费使用。",
)


def test_romanised_name_beside_a_republic_date_in_chinese_numerals_is_the_masthead_line():
    line = "KAIHUA DAILY NEWS　　中華民國一一〇年九月八日　星期三　　今日二十四版　　零售十五元"
    parsed = parse("開華日報", line, *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_romanised_words_in_a_line_without_a_date_or_chinese_name_are_no_header():
    parsed = parse("BREAKING NEWS　　今日二十四版", *STORY)
    assert "BREAKING NEWS　　今日二十四版" not in reasons(parsed)


def test_portuguese_name_with_accents_beside_the_chinese_name_is_the_page_header():
    line = "海灣日報　Diário do Golfo　　2021年5月6日　星期四　　本地新聞　B1"
    parsed = parse(line, *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert (parsed.metadata.date, parsed.metadata.label) == ("2021-05-06", "B1")
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_overseas_edition_nameplate_and_english_lines_are_masthead_furniture():
    parsed = parse(
        "东港日报海外版",
        "DONGGANG DAILY (OVERSEAS EDITION)",
        "2020年3月2日　星期一　　　　第5版　侨乡",
        "Monday, March 2, 2020　　　　HOMETOWN",
        *STORY,
    )
    found = reasons(parsed)
    assert found["东港日报海外版"] == "masthead"
    assert found["DONGGANG DAILY (OVERSEAS EDITION)"] == "masthead"
    assert found["Monday, March 2, 2020　　　　HOMETOWN"] == "page-header"
    assert parsed.metadata.paper == "东港日报海外版"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_county_nameplate_over_its_dated_line_and_publishers_is_no_story():
    parsed = parse(
        "今日岚川",
        "2022年8月19日 星期五",
        "中共岚川县委主办 岚川县融媒体中心出版",
        "第33期（总第1502期） 今日4版",
        *STORY,
    )
    found = reasons(parsed)
    assert found["今日岚川"] == "masthead"
    assert found["中共岚川县委主办 岚川县融媒体中心出版"] == "masthead"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_quotation_box_under_the_masthead_is_set_aside_not_the_first_deck():
    parsed = parse(
        "东风报",
        "一九七二年三月九日 星期四",
        "毛主席语录",
        "为人民服务",
        "",
        "红星大队春耕准备就绪",
        "本报讯　红星大队的春耕准备工作已经就绪，种子、肥料和农具都已备齐。",
    )
    found = reasons(parsed)
    assert found["毛主席语录"] == found["为人民服务"] == "masthead"
    assert decks(parsed) == [("", "红星大队春耕准备就绪", "")]
    assert any(flag.kind == "quotation-box" for flag in parsed.flags)


def test_quote_of_several_lines_ends_at_its_sentence_end_and_takes_its_source():
    lines = ["语录", "团结起来，", "争取更大的胜利。", "——《文选》", "新渠通水"]
    assert quotation_end(lines, 1) == 4
    assert quotation_end(["语录", "团结起来，", "", "新渠通水"], 1) is None  # no end: no box
    assert quotation_end(["新渠通水", "为人民服务"], 1) is None  # no label


def test_contributing_groups_credit_signs_the_story_before_not_the_next_headline():
    parsed = parse(
        "新渠通水",
        "本报讯　石桥公社新修的水渠昨天通水，灌溉面积增加八百亩。",
        "（石桥县委报道组）",
        "农机站送机下乡",
        "本报讯　县农机站组织技术员带着零件下乡，帮社员修好了二十台抽水机。",
    )
    assert decks(parsed) == [("", "新渠通水", ""), ("", "农机站送机下乡", "")]
    assert parsed.articles[0].blocks[-1].text.endswith("（石桥县委报道组）")


def test_contributing_groups_credit_glued_before_a_headline_is_cut_from_it():
    parsed = parse(
        "新渠通水",
        "本报讯　石桥公社新修的水渠昨天通水，灌溉面积增加八百亩。",
        "（石桥县委报道组）农机站送机下乡",
        "本报讯　县农机站组织技术员带着零件下乡，帮社员修好了二十台抽水机。",
    )
    assert decks(parsed) == [("", "新渠通水", ""), ("", "农机站送机下乡", "")]
    assert parsed.articles[0].blocks[-1].text == "（石桥县委报道组）"


def test_contributing_groups_credit_under_a_headline_is_its_byline_not_a_headline_line():
    parsed = parse(
        "新渠通水",
        "（石桥县委报道组）",
        "本报讯　石桥公社新修的水渠昨天通水，灌溉面积增加八百亩。",
    )
    assert decks(parsed) == [("", "新渠通水", "")]
    article = parsed.articles[0]
    assert (article.byline, article.reporters) == ("（石桥县委报道组）", ())  # (as printed)
