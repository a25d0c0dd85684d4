"""A brief's head run in before its text on the same line, parted by one full-width space (the
usual 简讯 setting, ``■老街改造完成　本报讯…``): the brief's headline, each brief a story of its
own, and the box's label set aside (INPUT.md, "Headlines" and "Page furniture")."""

from tests.parsing.helpers import parse, reasons


def test_bulleted_run_in_heads_without_datelines_head_their_briefs():
    parsed = parse(
        "简　讯",
        "",
        "●南湖公园新增夜跑道　记者从市园林局获悉，南湖公园新修的夜跑道本周起向市民开放。",
        "",
        "●北山步道整修完成　记者昨天从区城管局获悉，北山登山步道整修完成，全长三公里。",
    )
    assert [a.headline for a in parsed.articles] == ["南湖公园新增夜跑道", "北山步道整修完成"]
    assert reasons(parsed) == {"简　讯": "briefs-label"}


def test_a_headline_run_in_before_its_dateline_by_a_full_width_space_heads_its_story():
    parsed = parse(
        "城东新建三座口袋公园　本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，"
        "周边居民纷纷前来锻炼。",
        "",
        "老街改造完成　本报讯（记者陈立）老街改造工程昨日全部完成，沿街商铺陆续开业，"
        "街坊们都说老街又热闹起来了。",
    )
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("城东新建三座口袋公园", ("王刚",)),
        ("老街改造完成", ("陈立",)),
    ]


def test_a_bulleted_run_in_head_in_two_halves_before_its_dateline_keeps_both_halves():
    parsed = parse(
        "城事速递",
        "●老街改造完成  商铺陆续开业  本报讯（记者陈立）老街改造工程昨日全部完成，沿街商铺陆续开业，"
        "街坊们都说老街又热闹起来了。",
        "●北山步道整修完成　本报讯（记者李华）北山登山步道整修完成，全长三公里，本周末起向市民开放。",
    )
    assert [a.headline for a in parsed.articles] == [
        "老街改造完成 商铺陆续开业",
        "北山步道整修完成",
    ]
    assert parsed.articles[0].reporters == ("陈立",)
