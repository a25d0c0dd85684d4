"""Datelines of old papers (INPUT.md, "Bylines, datelines, credits": the forms listed are a
minimum): the local desk in brackets (``【本埠消息】``, ``【本市新闻】``: the 1920s' 本报讯), and a
telegram headed by its place and day alone, a space after (``汉口九日电　…``, ``▲汉口九日电　…``
in a box of telegrams). Words that open so in a sentence (``本市消息灵通人士…``, ``昨日十日电…``)
are none."""

import pytest

from articles.parsing.datelines import dateline_match

from .helpers import parse


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("【本埠消息】江北码头昨日新设茶棚一座。", "【本埠消息】"),
        ("【本市新闻】城南夜校定于下月开课。", "【本市新闻】"),
        ("汉口九日電　米業公會議定，米價每日掛牌一次。", "汉口九日电"),
        ("九江十一日专电　江水昨又涨二尺。", "九江十一日专电"),
    ],
)
def test_old_papers_datelines_are_read(text, dateline):
    match = dateline_match(text)
    assert match is not None
    assert match.group().strip() == dateline


@pytest.mark.parametrize(
    "text",
    ["本市消息灵通人士昨日透露，米价将回落。", "昨日十日电 报已到。", "他于八日电告家中平安。"],
)
def test_sentences_opening_alike_are_no_datelines(text):
    assert dateline_match(text) is None


def test_telegrams_headed_by_place_and_day_are_stories_of_their_own():
    parsed = parse(
        "江北码头新设茶棚",
        "",
        "【本埠消息】江北码头近日新设茶棚一座，供脚夫歇息饮茶。",
        "",
        "▲汉口九日電　米業公會議定，自本月二十日起，米價每日午前掛牌一次，不得私相抬壓。",
        "",
        "▲九江十日電　江水昨又漲二尺，沿江各堤均派員日夜巡守。",
    )
    assert [story.dateline for story in parsed.articles] == ["本埠消息", "汉口九日電", "九江十日電"]
