"""Rows of a label and its value (``青菜：2.5元/斤``) between a story's paragraphs stay in it.

A price list or a notice's practical details printed as ``label：value`` lines, one after
another, under a plain paragraph (no lead-in like ``如下：``) are a table of two columns inside
the story (INPUT.md, "Headlines": a deck is short lines of a headline's shape; tables stay in
their story). A heading that happens to hold a colon (``记者手记：…``, a 引题 ``聚焦高质量发展：``)
has no figure after it and is still a heading (pages of my own).
"""

from articles.parsing.datarows import data_row, label_row
from tests.parsing.helpers import decks, parse

NEXT = ("", "我市新建三座口袋公园", "", "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。")


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_price_rows_with_colons_under_a_plain_paragraph_stay_in_the_market_story():
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "青菜：2.5元/斤",
        "番茄：4元/斤",
        "土豆：1.8元/斤",
        "",
        "商户预计，下周价格将保持平稳。",
        *NEXT,
    )
    assert decks(parsed) == [("", "本周菜价总体平稳", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == [
        "青菜：2.5元/斤",
        "番茄：4元/斤",
        "土豆：1.8元/斤",
        "商户预计，下周价格将保持平稳。",
    ]


def test_details_of_unlike_values_with_colons_are_rows_not_joined_to_the_text_after_them():
    parsed = parse(
        "图书馆新馆开放",
        "",
        "本报讯（记者 赵敏）市图书馆新馆昨天正式向读者开放。",
        "开放时间：9:00—17:00",
        "咨询电话：0513-85512345",
        "借阅上限：10册",
        "据介绍，新馆藏书超过百万册。",
        *NEXT,
    )
    assert [a.headline for a in parsed.articles] == ["图书馆新馆开放", "我市新建三座口袋公园"]
    assert texts(parsed.articles[0])[1:] == [
        "开放时间：9:00—17:00",
        "咨询电话：0513-85512345",
        "借阅上限：10册",
        "据介绍，新馆藏书超过百万册。",
    ]


def test_colon_rows_each_under_a_blank_line_stay_in_the_story():
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "",
        "青菜：2.5元/斤",
        "",
        "番茄：4元/斤",
        "",
        "商户预计，下周价格将保持平稳。",
    )
    [story] = parsed.articles
    assert texts(story)[1:] == ["青菜：2.5元/斤", "番茄：4元/斤", "商户预计，下周价格将保持平稳。"]


def test_colon_rows_glued_over_the_next_deck_stay_in_the_story_above():
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "青菜：2.5元/斤",
        "番茄：4元/斤",
        "聚焦高质量发展：",
        "我市新建三座口袋公园",
        "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。",
    )
    assert decks(parsed) == [
        ("", "本周菜价总体平稳", ""),
        ("聚焦高质量发展：", "我市新建三座口袋公园", ""),
    ]
    assert texts(parsed.articles[0])[1:] == ["青菜：2.5元/斤", "番茄：4元/斤"]


def test_a_crosshead_with_a_colon_under_colon_rows_is_neither_a_row_nor_joined_to_them():
    parsed = parse(
        "图书馆新馆开放",
        "",
        "本报讯（记者 赵敏）市图书馆新馆昨天正式向读者开放。",
        "开放时间：9:00—17:00",
        "咨询电话：0513-85512345",
        "记者手记：书香满城",
        "据介绍，新馆藏书超过百万册。",
    )
    [story] = parsed.articles
    assert texts(story)[1:] == [
        "开放时间：9:00—17:00",
        "咨询电话：0513-85512345",
        "记者手记：书香满城",
        "据介绍，新馆藏书超过百万册。",
    ]


def test_a_kicker_and_a_headline_with_colons_after_colon_rows_are_still_the_next_deck():
    # (rows of a label and a figure in the story; the next story's 引题 ends with a colon, its
    # 主题 holds one with a figure: one such line is no run of rows)
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "",
        "青菜：2.5元/斤",
        "番茄：4元/斤",
        "",
        "商户预计，下周价格将保持平稳。",
        "",
        "聚焦高质量发展：",
        "全市新建：3座口袋公园",
        "",
        "本报讯（记者 王明）城东新建的3座口袋公园昨天向市民开放。",
    )
    assert decks(parsed) == [
        ("", "本周菜价总体平稳", ""),
        ("聚焦高质量发展：", "全市新建：3座口袋公园", ""),
    ]
    assert texts(parsed.articles[0])[1:3] == ["青菜：2.5元/斤", "番茄：4元/斤"]


def test_one_colon_line_with_a_figure_is_no_run_of_rows_but_two_are():
    parsed = parse(
        "图书馆新馆开放",
        "",
        "本报讯（记者 赵敏）市图书馆新馆昨天正式向读者开放。",
        "",
        "第一阶段：2026年至2027年",
        "",
        "据介绍，新馆藏书超过百万册。",
        "开放时间：9:00—17:00",
        "借阅上限：10册",
        "",
        "新馆还设有少儿阅览区。",
    )
    [story] = parsed.articles
    assert texts(story)[1:] == [
        "第一阶段：2026年至2027年",
        "据介绍，新馆藏书超过百万册。",
        "开放时间：9:00—17:00",
        "借阅上限：10册",
        "新馆还设有少儿阅览区。",
    ]


def test_label_row():
    assert label_row("青菜：2.5元/斤")
    assert label_row("开放时间：9:00—17:00")
    assert not label_row("记者手记：书香满城")  # no figure
    assert not label_row("聚焦高质量发展：")  # a kicker: nothing after the colon
    assert not label_row("问：2026年有何新变化")  # an interview's question
    assert not label_row("第01版：要闻")  # a digit in the label
    assert data_row("咨询电话：0513-85512345") == 2
    assert data_row("近期价格：2.5元/斤，环比下降") == 0  # a clause
