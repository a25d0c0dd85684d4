"""Rows of data set right over the next story's deck stay in the story above (pages of my own).

INPUT.md, "Headlines": a deck is short lines of a headline's shape (引题 / 主题 / 副题); a table's
rows are no deck. A price list, a schedule or a forecast whose last row is followed, with no
blank line, by the next story's headline and its dateline is the text of the story above; the
headline (and its 引题) stays the next story's.
"""

from tests.parsing.helpers import decks, parse

NEXT = ("我市新建三座口袋公园", "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。")


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_price_rows_glued_over_the_next_headline_stay_in_the_market_story():
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "青菜 2.5元/斤",
        "番茄 4元/斤",
        "土豆 1.8元/斤",
        *NEXT,
    )
    assert decks(parsed) == [("", "本周菜价总体平稳", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["青菜 2.5元/斤", "番茄 4元/斤", "土豆 1.8元/斤"]
    assert parsed.articles[1].reporters == ("王明",)


def test_price_rows_glued_over_a_kicker_and_headline_leave_the_whole_deck_to_the_next_story():
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "",
        "青菜 2.5元/斤",
        "番茄 4元/斤",
        "聚焦城市更新——",
        *NEXT,
    )
    assert decks(parsed)[1] == ("聚焦城市更新——", "我市新建三座口袋公园", "")
    assert texts(parsed.articles[0])[1:] == ["青菜 2.5元/斤", "番茄 4元/斤"]


def test_schedule_rows_after_a_lead_in_over_a_headline_with_a_figure_stay_in_the_notice():
    parsed = parse(
        "城区分片停水检修",
        "",
        "本报讯（记者 赵敏）市自来水公司下周对城区供水管网分片检修，具体安排如下：",
        "7月10日 城东片区",
        "7月11日 城西片区",
        "我市新建3座口袋公园",
        "本报讯（记者 王明）城东新建的3座口袋公园昨天向市民开放。",
    )
    assert decks(parsed) == [("", "城区分片停水检修", ""), ("", "我市新建3座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["7月10日 城东片区", "7月11日 城西片区"]


def test_forecast_rows_over_the_next_headline_are_the_weather_story_s_text_not_a_weather_box():
    parsed = parse(
        "高温天气持续",
        "",
        "本报讯（记者 钱立）未来三天我市将持续高温天气。",
        "今天  晴  36℃",
        "明天  多云  35℃",
        "后天  晴  37℃",
        *NEXT,
    )
    assert decks(parsed) == [("", "高温天气持续", ""), ("", "我市新建三座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["今天  晴  36℃", "明天  多云  35℃", "后天  晴  37℃"]
    assert not parsed.set_aside


def test_rows_each_under_a_blank_line_over_the_next_deck_stay_in_the_story():
    # A page that sets a blank line after every line: the deck one blank line under the rows.
    parsed = parse(
        "本周菜价总体平稳",
        "",
        "本报讯（记者 赵敏）本周我市农贸市场蔬菜价格总体平稳。",
        "",
        "青菜 2.5元/斤",
        "",
        "番茄 4元/斤",
        "",
        "我市新建三座口袋公园",
        "",
        "本报讯（记者 王明）城东新建的三座口袋公园昨天向市民开放。",
    )
    assert decks(parsed)[1] == ("", "我市新建三座口袋公园", "")
    assert texts(parsed.articles[0])[1:] == ["青菜 2.5元/斤", "番茄 4元/斤"]


def test_one_cell_schedule_rows_after_a_lead_in_leave_the_headline_under_them_to_its_story():
    # Rows without spaces open with their date; the headline under them (a figure in it, so
    # one more line of the lead-in's run) opens with a word: it is the next story's deck.
    parsed = parse(
        "城区分片停水检修",
        "",
        "本报讯（记者 赵敏）市自来水公司下周对城区供水管网分片检修，具体安排如下：",
        "7月10日（周五）城东片区",
        "7月11日（周六）城西片区",
        "我市新建3座口袋公园",
        "本报讯（记者 王明）城东新建的3座口袋公园昨天向市民开放。",
    )
    assert decks(parsed) == [("", "城区分片停水检修", ""), ("", "我市新建3座口袋公园", "")]
    assert texts(parsed.articles[0])[1:] == ["7月10日（周五）城东片区", "7月11日（周六）城西片区"]
