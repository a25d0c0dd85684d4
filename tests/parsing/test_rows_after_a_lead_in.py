"""Rows of one cell after a lead-in, and runs of rows of any length, stay in their story.

INPUT.md ("Headlines"): lead-in lines ending in ``——`` or ``如下：`` are no new article; a deck
over a story opening with its dateline still starts that story. A schedule printed without
spaces (``7月10日（周五）城东片区``), a list of items (``一、城东片区``) or a price list of
hundreds of rows is the story's text (pages of my own).
"""

from tests.parsing.helpers import decks, parse

NEXT = ("", "城东新建三座口袋公园", "", "本报讯 城东新建的三座口袋公园昨天向市民开放。")


def texts(article) -> list[str]:
    return [block.text for block in article.blocks]


def test_numbered_items_without_a_figure_after_a_lead_in_stay_in_the_notice():
    parsed = parse(
        "部分区域周末停水",
        "",
        "本报讯 因供水管网改造，我市部分区域将临时停水，涉及区域如下：",
        "一、城东片区",
        "二、城西片区",
        "三、城南片区",
        "",
        "请相关用户提前做好储水准备。",
        *NEXT,
    )
    assert [a.headline for a in parsed.articles] == ["部分区域周末停水", "城东新建三座口袋公园"]
    assert texts(parsed.articles[0])[1:] == [
        "一、城东片区",
        "二、城西片区",
        "三、城南片区",
        "请相关用户提前做好储水准备。",
    ]


def test_glued_times_after_a_lead_in_ending_in_a_dash_stay_in_the_story():
    parsed = parse(
        "图书馆调整开放时间",
        "",
        "本报讯 市图书馆自下月起调整开放时间——",
        "周一至周五9:00-21:00",
        "周六周日9:00-18:00",
        "",
        "闭馆日另行通知。",
        *NEXT,
    )
    assert [a.headline for a in parsed.articles] == ["图书馆调整开放时间", "城东新建三座口袋公园"]
    assert "周六周日9:00-18:00" in texts(parsed.articles[0])


def test_a_deck_with_figures_after_a_lead_in_over_a_dateline_still_starts_a_story():
    parsed = parse(
        "图书馆调整开放时间",
        "",
        "本报讯 市图书馆自下月起调整开放时间，详见馆内公告——",
        "",
        "全市新增就业12万人",
        "——城镇登记失业率3.2%",
        "",
        "本报讯（记者 孙力）今年以来，我市就业形势总体稳定。",
    )
    assert decks(parsed) == [
        ("", "图书馆调整开放时间", ""),
        ("", "全市新增就业12万人", "——城镇登记失业率3.2%"),
    ]


def test_a_price_list_of_hundreds_of_rows_stays_in_its_story_and_a_real_deck_after_it_splits():
    rows = [f"蔬菜{i:03d} {i % 9 + 1}.5元/斤" for i in range(1, 301)]
    parsed = parse(
        "本周蔬菜价格总体平稳",
        "",
        "本报讯 本周我市农贸市场蔬菜价格总体平稳。",
        *rows,
        "",
        "市物价部门表示，后期蔬菜价格将保持稳定。",
        "",
        "全市新增就业12万人",
        "——城镇登记失业率3.2%",
        "",
        "本报讯（记者 孙力）今年以来，我市就业形势总体稳定。",
    )
    assert decks(parsed) == [
        ("", "本周蔬菜价格总体平稳", ""),
        ("", "全市新增就业12万人", "——城镇登记失业率3.2%"),
    ]
    market = texts(parsed.articles[0])
    assert market[1:-1] == rows
    assert market[-1] == "市物价部门表示，后期蔬菜价格将保持稳定。"


def test_ten_thousand_rows_after_a_lead_in_are_one_story():
    # (the run is read once, in a time linear in its rows: bench/hostile_bench.py times it)
    rows = [f"品种{i} {i % 7 + 1}元/斤" for i in range(10_000)]
    parsed = parse("价格一览", "", "本报讯 本周主要品种价格如下：", *rows, "", "以上价格仅供参考。")
    [story] = parsed.articles
    assert len(story.blocks) == 10_002


def test_a_paragraph_cut_at_the_column_s_width_after_a_lead_in_is_no_run_of_rows():
    # (a guard of the rule above: lines of a paragraph cut at the column, with a figure and
    # no comma in them, go on from line to line; they are the paragraph's, not rows)
    parsed = parse(
        "供水管网改造",
        "",
        "本报讯 因供水管网改造，我",
        "市部分区域将临时停水，具",
        "体安排如下：",
        "7月10日起城东片区停水2",
        "4小时城西片区停水12小时",
        "，请相关用户提前做好储水",
        "准备。市自来水公司表示，",
        "改造完成后供水将更稳定。",
    )
    assert texts(parsed.articles[0])[1] == (
        "7月10日起城东片区停水24小时城西片区停水12小时，请相关用户提前做好储水准备。"
        "市自来水公司表示，改造完成后供水将更稳定。"
    )
