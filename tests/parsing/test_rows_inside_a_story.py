"""Rows of data printed between a story's paragraphs stay in the story (pages of my own).

INPUT.md, "Headlines": lead-in lines ending in ``——`` or ``如下：`` are no new article, and a
deck is short lines of a headline's shape; README: tables and statistics boxes stay inside
their story. A price list (``猪后腿肉 26元/公斤``), a table of figures (``工业增加值 420亿元
增长6.1%``), a timetable (``周一至周五 9:00-21:00``) or a forecast (``今天  晴  36℃``) between
two paragraphs is that story's text; a real deck after it still starts the next story.
"""

from articles.parsing.datarows import aligned_figures, data_row
from articles.parsing.furniture import furniture_reason
from tests.parsing.helpers import decks, parse, reasons

FIRST = (
    "湖畔小学迎来新校舍",
    "",
    "本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。",
    "",
)


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_price_rows_per_kilogram_between_two_paragraphs_stay_in_the_story():
    parsed = parse(
        *FIRST,
        "猪肉价格回落",
        "",
        "本报讯（记者 赵敏）本周我市猪肉价格继续回落。",
        "",
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "排骨 38元/公斤",
        "",
        "商户预计，下周价格将保持平稳。",
    )
    assert decks(parsed) == [("", "湖畔小学迎来新校舍", ""), ("", "猪肉价格回落", "")]
    assert texts(parsed.articles[1])[1:] == [
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "排骨 38元/公斤",
        "商户预计，下周价格将保持平稳。",
    ]


def test_statistics_rows_in_yi_yuan_and_percent_after_a_lead_in_stay_in_the_story():
    parsed = parse(
        *FIRST,
        "一季度经济运行平稳",
        "",
        "本报讯（记者 赵敏）市统计局昨天发布一季度经济数据，主要指标如下：",
        "",
        "地区生产总值 1250亿元 增长5.8%",
        "工业增加值 420亿元 增长6.1%",
        "社会消费品零售总额 380亿元 增长7.2%",
        "",
        "统计局有关负责人表示，全年目标有望实现。",
    )
    [_, story] = parsed.articles
    assert story.headline == "一季度经济运行平稳"
    assert story.reporters == ("赵敏",)
    assert "工业增加值 420亿元 增长6.1%" in texts(story)


def test_a_timetable_after_a_lead_in_ending_in_a_dash_stays_in_the_story():
    parsed = parse(
        *FIRST,
        "图书馆调整开放时间",
        "",
        "本报讯（记者 赵敏）市图书馆自下月起调整开放时间——",
        "",
        "周一至周五 9:00-21:00",
        "周六周日 9:00-18:00",
        "",
        "闭馆日另行通知。",
    )
    assert decks(parsed)[1:] == [("", "图书馆调整开放时间", "")]
    assert texts(parsed.articles[1])[1:3] == ["周一至周五 9:00-21:00", "周六周日 9:00-18:00"]


def test_rows_under_a_lead_in_with_no_blank_line_are_not_joined_to_the_text_after_them():
    parsed = parse(
        *FIRST,
        "猪肉价格回落",
        "",
        "本报讯（记者 赵敏）本周我市猪肉价格继续回落，主要品种价格如下：",
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "商户预计，下周价格将保持平稳。",
    )
    assert texts(parsed.articles[1])[1:] == [
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "商户预计，下周价格将保持平稳。",
    ]


def test_rows_each_under_a_blank_line_after_a_lead_in_stay_in_the_story():
    # A page that sets a blank line after every line; a row with one more place in it.
    parsed = parse(
        *FIRST,
        "城区分片停水检修",
        "",
        "本报讯（记者 赵敏）市自来水公司下周对城区供水管网分片检修，具体安排如下：",
        "",
        "7月10日 城东片区",
        "",
        "7月11日 城西片区 城北片区",
        "",
        "7月12日 城南片区",
        "",
        "请相关片区市民提前做好储水准备。",
    )
    assert decks(parsed)[1:] == [("", "城区分片停水检修", "")]
    assert texts(parsed.articles[1])[1:] == [
        "7月10日 城东片区",
        "7月11日 城西片区 城北片区",
        "7月12日 城南片区",
        "请相关片区市民提前做好储水准备。",
    ]


def test_forecast_rows_between_paragraphs_of_a_weather_story_are_its_text_not_a_weather_box():
    parsed = parse(
        *FIRST,
        "高温天气持续",
        "",
        "本报讯（记者 钱立）未来三天我市将持续高温天气。",
        "",
        "今天  晴  36℃",
        "明天  多云  35℃",
        "后天  晴  37℃",
        "",
        "气象专家提醒市民注意防暑降温。",
    )
    assert "明天  多云  35℃" in texts(parsed.articles[1])
    assert "明天  多云  35℃" not in reasons(parsed)


def test_a_real_deck_after_a_price_story_still_starts_the_next_story():
    parsed = parse(
        *FIRST,
        "猪肉价格回落",
        "",
        "本报讯（记者 赵敏）本周我市猪肉价格继续回落。",
        "",
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "",
        "商户预计，下周价格将保持平稳。",
        "",
        "全市新增就业12万人",
        "——城镇登记失业率3.2%",
        "",
        "本报讯（记者 孙力）今年以来，我市就业形势总体稳定。",
    )
    assert decks(parsed)[1:] == [
        ("", "猪肉价格回落", ""),
        ("", "全市新增就业12万人", "——城镇登记失业率3.2%"),
    ]


def test_rows_of_unlike_figures_over_the_next_story_are_its_deck_after_a_price_story():
    # Each line a name and a figure, but 12万人 and 3.2% are no column of one kind of figure;
    # and rows over a story opening with its dateline are its deck.
    price_story = (
        "猪肉价格回落",
        "",
        "本报讯（记者 赵敏）本周我市猪肉价格继续回落。",
        "",
        "猪后腿肉 26元/公斤",
        "五花肉 30元/公斤",
        "",
        "商户预计，下周价格将保持平稳。",
        "",
    )
    parsed = parse(
        *price_story,
        "全市新增就业 12万人",
        "城镇登记失业率 3.2%",
        "",
        "今年以来，我市就业形势总体稳定，新增就业岗位持续增加。",
    )
    assert decks(parsed) == [
        ("", "猪肉价格回落", ""),
        ("", "全市新增就业 12万人", "城镇登记失业率 3.2%"),
    ]
    parsed = parse(
        *price_story,
        "7月10日 城东片区",
        "7月11日 城西片区",
        "",
        "本报讯（记者 孙力）市自来水公司将于下周对城区供水管网进行分片检修。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("猪肉价格回落",),
        ("7月10日 城东片区", "7月11日 城西片区"),
    ]


def test_weather_lines_set_aside_between_two_paragraphs_of_a_story_are_flagged_not_at_the_foot():
    # 28℃ and 22℃~26℃: no column of one form, so the lines are the weather box they look
    # like; set aside between two paragraphs, they are named for the editor to check.
    parsed = parse(
        *FIRST,
        "高温天气持续",
        "",
        "本报讯（记者 钱立）未来三天我市将持续高温天气。",
        "",
        "今天 晴转多云 28℃",
        "明天 小雨 22℃~26℃",
        "",
        "气象专家提醒市民注意防暑降温。",
        "",
        "今天 晴 36℃",  # the page's weather box at its foot: set aside, not flagged
        "明天 多云 35℃",
    )
    assert reasons(parsed)["今天 晴转多云 28℃"] == reasons(parsed)["明天 多云 35℃"] == "weather"
    [flag] = parsed.flags
    assert flag.kind == "weather-in-text" and "今天 晴转多云 28℃" in flag.message


def test_a_lead_naming_the_retail_price_is_no_masthead_line():
    lead = "本报讯（记者 赵敏）上周全市蔬菜平均零售价3.2元/斤。"
    sentence = "上周全市蔬菜平均零售价3.2元/斤，环比下降6.5%。"
    ask = "以下是昨日主要蔬菜零售价："
    for line in (lead, sentence, ask):
        assert furniture_reason(line, line, {}, top=False) is None, line
    assert furniture_reason("今日24版  零售价：1.00元", "今日24版  零售价：1.00元", {}, top=True)


def test_data_row_and_aligned_figures():
    assert data_row("青菜 2.5元/斤") == 2
    assert data_row("今天白天 晴 最高气温36℃") == 3
    assert data_row("城西菜价稳中有降") == 0  # no figure
    assert data_row("近期价格稳中有降，2.5元/斤") == 0  # a clause
    assert aligned_figures(["7月10日 城东片区", "7月11日 城西片区"])
    assert not aligned_figures(["全市新增就业 12万人", "城镇登记失业率 3.2%"])
