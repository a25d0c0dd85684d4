"""A brief in a 简讯 box whose run-in head is printed as two halves (``■城东公园开放  市民点赞  本报讯
（记者…）…``) keeps only its second half as its headline: ``城东公园开放`` is in no deck field.

INPUT.md ("Headlines"): a headline may be printed as two halves separated by two spaces. With
the new run-in brief rules (runs ``_headline_glued`` for a bullet, boxlabels for 简讯) the first
half is cut off as a bullet head and the second half becomes the headline; the first half is
neither kicker nor headline. Before 558921c..HEAD (two ASCII spaces) the deck read 城东公园开放 /
市民点赞 (regression); with a full-width space between the halves it is the same.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_brief_head_printed_in_two_halves_keeps_both_in_its_deck(gap):
    parsed = parse(
        "简讯",
        "",
        f"■城东公园开放{gap}市民点赞{gap}本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，"
        "周边居民纷纷前来锻炼，市民对公园设施普遍表示满意。",
        "",
        f"■夜校报名火爆{gap}本报讯（记者李华）今年秋季市民夜校昨日开放报名，两小时内名额全部报满，"
        "报名人数创历年新高。",
    )
    first = parsed.articles[0]
    deck = " ".join((first.kicker, first.headline, first.subheadline))
    assert "城东公园开放" in deck
    assert "市民点赞" in deck
    assert parsed.articles[1].headline == "夜校报名火爆"
