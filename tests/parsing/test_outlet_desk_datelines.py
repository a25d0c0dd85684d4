"""A paper's or news site's own desk printed without brackets opens its story as a dateline:
``X都市报讯``, ``X青年报讯``, ``X新闻网讯``, ``X客户端讯`` (INPUT.md: ``本报讯（记者金帅）`` and other
papers' desk forms). Words ending in 讯 that name no outlet (喜讯, 快讯, 音讯) and a sentence
``一名青年报讯后…`` stay text. Invented papers, sites and people.
"""

import pytest

from articles.parsing.datelines import dateline_match
from tests.parsing.helpers import parse

FIRST = (
    "东湾码头完成扩建",
    "",
    "本报讯（记者 林枫）历时两年，东湾码头扩建工程昨日完工。",
    "",
    "新码头可同时停靠五艘货轮。",
    "",
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("西川晨报客户端讯（记者 钱多）昨日，城南图书馆新馆开放。", "西川晨报客户端讯"),
        ("东湾网讯 昨日，城南图书馆新馆开放。", "东湾网讯"),
        ("西川导报讯（记者 钱多）昨日，城南图书馆新馆开放。", "西川导报讯"),
        ("岚城少年报讯：昨日，城南图书馆新馆开放。", "岚城少年报讯"),
    ],
)
def test_outlet_desk_opens_a_new_story(opening, dateline):
    parsed = parse(*FIRST, "城南图书馆新馆开放", "", opening, "", "新馆藏书三十万册。")
    assert [a.headline for a in parsed.articles] == ["东湾码头完成扩建", "城南图书馆新馆开放"]
    assert parsed.articles[1].dateline == dateline


@pytest.mark.parametrize(
    "text",
    [
        "喜讯传来，全村沸腾。",
        "快讯：昨日城南图书馆开放。",
        "音讯全无已有十年。",
        "通讯员李明说，工程已完工。",
        "一名青年报讯后，民警赶到现场。",
        "有农民报讯称河堤出现裂缝。",
        "云港新闻网快讯 昨日，城南图书馆开放。",
    ],
)
def test_words_ending_in_xun_are_no_dateline(text):
    assert dateline_match(text) is None
