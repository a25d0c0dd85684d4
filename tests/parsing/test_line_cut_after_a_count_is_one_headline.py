"""A headline line that ends with a verb and a count (``我省成功发射一颗``) has not printed the
thing it counts: the noun phrase on the line under it (``海洋观测卫星``) completes it, so the two
lines are one 主题, not a headline over its subheadline (INPUT.md, "A headline may be printed on
two lines"). Invented decks and pages.
"""

import pytest

from articles.parsing.deck_counts import counted_noun, open_count
from articles.parsing.deck_pairs import noun_cut_off
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("我省成功发射一颗", "海洋观测卫星"),
        ("我省又建成三座", "大型水库"),
        ("县医院引进两台", "核磁共振仪"),
        ("镇上新添一批", "公交候车亭"),
    ],
)
def test_a_count_over_the_noun_it_counts_is_one_headline(first, second):
    assert noun_cut_off(first, second)
    assert deck_roles([[first, second]]) == ("", first + second, "")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("我省成功发射一颗", "卫星运行正常"),  # a statement of its own under it: 副题
        ("社区书屋增至三十家", "居民借书更方便"),  # the count is the object itself
        ("粮食增产三成", "农民喜获丰收"),  # a measure of amount, not of things counted
        ("全市高新企业增至四十家", "研发投入"),
    ],
)
def test_a_count_over_a_statement_or_a_closed_amount_keeps_two_roles(first, second):
    assert not noun_cut_off(first, second)
    assert deck_roles([[first, second]]) == ("", first, second)


def test_an_amount_of_time_or_size_is_no_open_count():
    assert not open_count("新桥提前十天")
    assert not open_count("早稻增产三成")
    assert open_count("我省成功发射一颗")
    assert counted_noun("海洋观测卫星")
    assert not counted_noun("卫星运行正常")


def test_real_kicker_pairs_stay():
    assert deck_roles([["坚持科学种田", "我县早稻喜获丰收"]]) == (
        "坚持科学种田",
        "我县早稻喜获丰收",
        "",
    )
    assert deck_roles([["市民来信", "老街路灯该修了"]]) == ("市民来信", "老街路灯该修了", "")


def test_on_a_page_the_cut_headline_is_one():
    parsed = parse(
        "我省成功发射一颗",
        "海洋观测卫星",
        "",
        "新华社酒泉5月13日电  我省今天在西北发射场成功发射一颗海洋观测卫星，卫星顺利进入预定轨道。",
        "",
        "这颗卫星主要用于天气预报和防灾减灾，各项数据正常。",
    )
    assert decks(parsed) == [("", "我省成功发射一颗海洋观测卫星", "")]
