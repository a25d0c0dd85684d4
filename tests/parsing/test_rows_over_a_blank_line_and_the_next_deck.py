"""Rows of data, a blank line, then the next story's headline and dateline (pages of my own).

INPUT.md, "Headlines": a deck is a headline's short lines; a table's rows are none. Rows set
under a story's paragraph stay that story's text when a blank line, then the next story's
title lines and its dateline follow them; the headline (and a real 引题) stays the next
story's. One or two label lines in a block of their own, no lead-in, are still a deck.
"""

from tests.parsing.helpers import decks, parse

NEXT = ("", "我市新建三座口袋公园", "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。")
MARKET = ("本周菜价总体平稳", "", "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。")


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_price_rows_a_blank_line_over_the_next_headline_stay_in_the_market_story():
    parsed = parse(*MARKET, "青菜 2.5元/斤", "番茄 4元/斤", "土豆 1.8元/斤", *NEXT)
    assert decks(parsed) == [("", "本周菜价总体平稳", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["青菜 2.5元/斤", "番茄 4元/斤", "土豆 1.8元/斤"]
    assert parsed.articles[1].title_lines == ("我市新建三座口袋公园",)


def test_rows_in_a_block_of_their_own_over_a_kicker_and_headline_leave_the_deck_whole():
    parsed = parse(*MARKET, "", "青菜　2.5元/斤", "番茄　4元/斤", "", "聚焦城市更新——", *NEXT[1:])
    assert decks(parsed)[1] == ("聚焦城市更新——", "我市新建三座口袋公园", "")
    assert parsed.articles[1].title_lines == ("聚焦城市更新——", "我市新建三座口袋公园")
    assert texts(parsed.articles[0])[1:] == ["青菜　2.5元/斤", "番茄　4元/斤"]


def test_label_rows_with_figures_a_blank_line_over_the_next_story_stay_in_the_notice():
    parsed = parse(
        "市图书馆新馆开放",
        "",
        "本报讯（记者 赵敏）市图书馆新馆今天起向读者开放。",
        "开放时间：9:00—17:00",
        "咨询电话：0513-85512345",
        *NEXT,
    )
    assert decks(parsed) == [("", "市图书馆新馆开放", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["开放时间：9:00—17:00", "咨询电话：0513-85512345"]


def test_forecast_rows_a_blank_line_over_the_next_story_are_the_weather_story_s_text():
    parsed = parse(
        "高溫天氣持續",
        "",
        "本報訊（記者 錢立）未來三天我市將持續高溫天氣。",
        "今天  晴  36℃",
        "明天  多雲  35℃",
        "後天  晴  37℃",
        "",
        "我市新建三座口袋公園",
        "本報訊（記者 王明）城東新建的三座口袋公園昨天向市民開放。",
    )
    assert [a.headline for a in parsed.articles] == ["高溫天氣持續", "我市新建三座口袋公園"]
    assert texts(parsed.articles[0])[1:] == ["今天  晴  36℃", "明天  多雲  35℃", "後天  晴  37℃"]
    assert not parsed.set_aside


def test_two_label_lines_in_a_block_of_their_own_over_a_dateline_are_still_a_deck():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。",
        "",
        "南通：前三季度GDP增长6.5%",
        "工业：增加值增长8.1%",
        "",
        "本报讯（记者 李平）今年以来，全市经济运行稳中有进，主要指标好于预期。",
    )
    assert decks(parsed)[1] == ("", "南通：前三季度GDP增长6.5%", "工业：增加值增长8.1%")
