"""A lead-in line that introduces a quote or a paragraph by a verb of saying and a colon
(``她表示：``, ``市教育局局长指出：``), printed as a paragraph of its own, is a line of its story's
text, not a new story's kicker (INPUT.md, "Headlines": lead-in lines are not new articles). Over a
title line the same kind of line is a kicker still."""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("lead_in", ["她表示：", "市教育局局长指出：", "王芳告诉本报记者："])
def test_speech_lead_in_over_text_stays_in_its_story(lead_in):
    parsed = parse(
        "河湾小学新校舍投用",
        "",
        "本报讯（记者 钱晓东）河湾小学新校舍昨天投入使用，全校八百名学生搬进新教室。",
        "",
        lead_in,
        "",
        "“新校舍有图书馆和实验室，孩子们的学习条件大大改善。”",
        "",
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("河湾小学新校舍投用",),
        ("渡口村修起防洪堤",),
    ]
    assert lead_in in parsed.articles[0].text


def test_speech_lead_in_over_a_title_line_is_still_a_kicker():
    parsed = parse(
        "气象专家提醒：",
        "高温天气外出注意防暑",
        "",
        "本报讯（记者 钱晓东）昨天全市最高气温达三十九摄氏度，气象部门发布高温橙色预警。",
    )
    assert decks(parsed) == [("气象专家提醒：", "高温天气外出注意防暑", "")]


@pytest.mark.parametrize(
    "under",
    [
        ("“山好水好，日子才会好”",),
        ("一是修好通村公路", "二是办好村级小学"),
    ],
)
def test_speech_lead_in_over_short_lines_and_text_stays_in_its_story(under):
    """A short motto or points under the lead-in are its words when text goes on after them."""
    parsed = parse(
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
        "",
        "老支书周平感慨：",
        *under,
        "接下来，村里还要把沿江步道修起来，让村民饭后有个散步的去处。",
    )
    [article] = parsed.articles
    assert article.title_lines == ("渡口村修起防洪堤",)
    assert article.paragraphs[1:] == ("老支书周平感慨：", *under, article.paragraphs[-1])
    assert article.paragraphs[-1].startswith("接下来")


@pytest.mark.parametrize("headline", ["“山好水好，日子才会好”", "“日子一定会越过越红火！”"])
def test_speech_kicker_over_a_headline_and_a_dated_story_is_a_deck(headline):
    """The same lines over a story opened by its dateline are a kicker and its headline."""
    parsed = parse(
        "渡口村修起防洪堤",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
        "",
        "老支书周平感慨：",
        headline,
        "本报讯（记者 钱晓东）渡口村今年新修通村公路四公里，沿江步道也已开工。",
    )
    first, second = parsed.articles
    assert first.paragraphs == (
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
    )
    assert (second.kicker, second.headline) == ("老支书周平感慨：", headline)


def test_a_quote_cut_by_the_column_under_a_lead_in_is_one_paragraph():
    """Short lines of a quote the column cut (a quote left open) are not a lead-in's points."""
    parsed = parse(
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
        "",
        "老支书周平说：",
        "“有了这道堤，汛期",
        "再也不用提心吊胆了。”",
    )
    [article] = parsed.articles
    assert article.paragraphs[-1] == "“有了这道堤，汛期再也不用提心吊胆了。”"


def test_speech_kicker_over_a_headline_set_off_from_an_undated_story_is_a_deck():
    """Title lines set off by a blank line from text opening without a dateline: a headline
    over its story (INPUT.md "Headlines"), the line above it the kicker."""
    parsed = parse(
        "城东新建三座口袋公园",
        "本报讯（记者 唐林）昨天，城东区新建的三座口袋公园正式开放。",
        "",
        "气象专家提醒：",
        "高温天气外出注意防暑",
        "",
        "近日全市最高气温达三十九摄氏度，气象部门发布高温橙色预警。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("气象专家提醒：", "高温天气外出注意防暑", ""),
    ]
