"""A headline printed after its story's text that happens to fill the column's width is not
the first line of the next story's headline (INPUT.md: headlines may come after their body;
decks go to bodies by what they say). Invented page of short cut lines (width 13)."""

from tests.parsing.helpers import decks, parse

TOP = (
    "河湾大桥主体结构完工",
    "本报讯（记者 石  川）11",
    "月3日，河湾大桥最后一段钢箱",
    "梁顺利合龙，大桥主体结构全",
    "面完工，预计明年春节前通车",
    "。大桥全长两千四百米，连接",
    "河湾新区和老城区，通车后两",
    "地车程将由四十分钟缩短到十",
    "分钟以内。",
    # the weather story's text, its headline printed after it
    "本报讯（记者 陶  然）记者",
    "从市气象台获悉，受冷空气影",
    "响，本周末全市将出现降温降",
    "雨天气，最低气温将降到五度",
    "以下。气象部门提醒市民及时",
    "添衣，注意防寒保暖。",
)
BOTTOM = (
    "本报讯（记者 车  宁）市图",
    "书馆新馆昨日正式开馆，新馆",
    "藏书一百二十万册，设有少儿",
    "阅览区和自习区，开馆当天接",
    "待读者三千多人次。图书馆负",
    "责人介绍，新馆每天开放到晚",
    "上九点。",
)


def test_headline_at_width_after_text_goes_to_the_story_before():
    parsed = parse(*TOP, "本周末全市将迎降温降雨天气", "市图书馆新馆开馆", *BOTTOM)
    assert decks(parsed) == [
        ("", "河湾大桥主体结构完工", ""),
        ("", "本周末全市将迎降温降雨天气", ""),
        ("", "市图书馆新馆开馆", ""),
    ]


def test_next_story_keeps_its_subheadline():
    parsed = parse(
        *TOP, "本周末全市将迎降温降雨天气", "市图书馆新馆开馆", "藏书一百二十万册", *BOTTOM
    )
    assert decks(parsed)[1:] == [
        ("", "本周末全市将迎降温降雨天气", ""),
        ("", "市图书馆新馆开馆", "藏书一百二十万册"),
    ]


def test_headline_cut_by_the_width_saying_the_next_story_stays_whole():
    # both pieces say what the library story says: one headline the column cut in two
    parsed = parse(*TOP, "市图书馆新馆昨日正式开馆迎", "读者三千多人次", *BOTTOM)
    assert decks(parsed)[1:] == [
        ("", "", ""),
        ("", "市图书馆新馆昨日正式开馆迎读者三千多人次", ""),
    ]
