"""Teaser rows a front page prints under its box label, kinds found on a blind set (holdout35):
a title then its page (``小记者走进消防站　　3版``) is a teaser, never the page's own stamp nor a
table of figures; a target then its title on one line (``■2版　锻压分厂“五小”创新见成效``) gives the
title; an ordinal in a brief's title (``●第二人民医院…``) is no page."""

from articles.parsing import parse_page

KIDS_FRONT = """青苗少年报
2011年3月9日　星期三　第9期　本期8版
本周导读
小队员学做消防员　　3版
“春天的童谣”征文选登　　4版
猜谜语赢书签　　4版
红领巾植树护绿
全区少先队员走进湿地公园
　　本报讯（记者　叶小舟）3月6日上午，区少工委在湿地公园组织“红领巾植树”活动，三百多名少先队员种下了两百棵香樟。
　　活动中，队员们分组挖坑、扶苗、培土、浇水，还给每棵树挂上了写有班级名字的小木牌。
"""


def test_title_then_page_rows_under_a_box_label_are_teasers_not_the_pages_stamp():
    page = parse_page(KIDS_FRONT)
    assert page.metadata.label == ""  # 3版 is the teaser's page, not this page's
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("小队员学做消防员",), "3"),
        (("“春天的童谣”征文选登",), "4"),
        (("猜谜语赢书签",), "4"),
    ]
    assert page.articles[0].headline == "红领巾植树护绿"


def test_a_section_beside_the_page_is_still_the_pages_stamp():
    page = parse_page(
        "国内新闻　　3版\n\n江南春茶开采\n\n本报讯　江南各地春茶陆续开采，茶农忙着采摘。\n"
    )
    assert page.metadata.label == "3"


ENTERPRISE_FRONT = """恒远机械报
本期导读
■2版　铸造车间“小发明”见实效
■4版　身边榜样：车床旁的老师傅

新厂区一期工程封顶

本报讯（记者　龚　平）9月2日，公司新厂区一期主体工程顺利封顶，比计划提前十五天。
"""


def test_a_title_after_the_target_on_one_line_is_the_teasers_title():
    page = parse_page(ENTERPRISE_FRONT)
    assert [(t.title_lines, t.target_label, t.target_section) for t in page.teasers] == [
        (("铸造车间“小发明”见实效",), "2", ""),
        (("车床旁的老师傅",), "4", "身边榜样"),
    ]


def test_a_section_name_after_the_target_stays_a_section():
    page = parse_page(
        "今日导读\n■A05 城事\n老街改造完工\n\n老街焕新\n\n本报讯　老街改造工程昨天完工，沿街店铺陆续开门。\n"
    )
    assert [(t.target_label, t.target_section) for t in page.teasers] == [("A5", "城事")]


def test_an_ordinal_opening_a_briefs_title_is_no_page():
    page = parse_page(
        "城事快报\n●第二实验小学开放图书馆\n本报讯　第二实验小学图书馆暑期向社区居民开放。\n"
        "●第三届龙舟赛下月开赛\n本报讯　第三届龙舟赛将于下月初在青溪举行。\n"
    )
    assert page.teasers == ()
    assert [a.headline for a in page.articles] == ["第二实验小学开放图书馆", "第三届龙舟赛下月开赛"]
