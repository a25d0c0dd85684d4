"""Rows of a story's list and the next story's deck, told apart (INPUT.md, "Headlines": a deck
is short lines of a headline's shape; tables and lists after a lead-in stay in their story).

Two ``label：figure`` lines in a block of their own between blank lines, announced by no lead-in,
stand where a deck stands (``南通：前三季度GDP增长6.5%``); rows of names, numbered items or dates
after a lead-in, set right over the next story's deck, stay in their story and leave the whole
deck to the next one, even when the headline opens with a date of its own (pages of my own).
"""

from tests.parsing.helpers import decks, parse

OPENING = "本报讯（记者 赵敏）市统计局昨天发布前三季度全市经济运行情况。"
NEXT_TEXT = "本报讯（记者 王明）市公交集团昨天宣布，新开两条公交线路。"


def test_label_lines_in_a_block_of_their_own_over_text_are_the_next_story_s_deck():
    parsed = parse(
        "全市经济稳中有进",
        "",
        OPENING,
        "",
        "如东：工业产值增长9.2%",
        "海门：外贸出口增长7.4%",
        "",
        "今年以来，两地工业生产保持较快增长，外贸出口好于预期。",
    )
    assert decks(parsed) == [
        ("", "全市经济稳中有进", ""),
        ("", "如东：工业产值增长9.2%", "海门：外贸出口增长7.4%"),
    ]


def test_rows_of_names_glued_over_a_kicker_and_headline_leave_both_to_the_next_story():
    parsed = parse(
        "读书征文揭晓",
        "",
        "本报讯（记者 赵敏）全市读书征文活动日前揭晓，一等奖名单如下：",
        "陈大为　　周小红",
        "刘晓东　　孙丽丽",
        "聚焦城市交通——",
        "市区新增公交线路两条",
        NEXT_TEXT,
    )
    assert decks(parsed) == [
        ("", "读书征文揭晓", ""),
        ("聚焦城市交通——", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].paragraphs[-2:] == ("陈大为　　周小红", "刘晓东　　孙丽丽")


def test_three_items_numbered_in_chinese_leave_a_kicker_and_headline_to_the_next_story():
    parsed = parse(
        "疫苗接种点公布",
        "",
        "本报讯（记者 赵敏）本周起全市增设疫苗接种点，具体地点如下：",
        "一、城东社区卫生服务中心",
        "二、城西社区卫生服务中心",
        "三、城北社区卫生服务中心",
        "聚焦城市交通——",
        "市区新增公交线路两条",
        NEXT_TEXT,
    )
    assert decks(parsed) == [
        ("", "疫苗接种点公布", ""),
        ("聚焦城市交通——", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].paragraphs[-1] == "三、城北社区卫生服务中心"


def test_date_rows_over_a_headline_opening_with_a_year_leave_the_headline_to_its_story():
    parsed = parse(
        "图书馆夏季开放安排",
        "",
        "本报讯（记者 赵敏）市图书馆暑期延长开放时间，具体安排如下：",
        "7月10日 城东分馆",
        "7月11日 城西分馆",
        "7月12日 城北分馆",
        "2026年起 市区公交全面降价",
        NEXT_TEXT,
    )
    assert [a.headline for a in parsed.articles] == [
        "图书馆夏季开放安排",
        "2026年起 市区公交全面降价",
    ]
    assert parsed.articles[0].paragraphs[-3:] == (
        "7月10日 城东分馆",
        "7月11日 城西分馆",
        "7月12日 城北分馆",
    )
