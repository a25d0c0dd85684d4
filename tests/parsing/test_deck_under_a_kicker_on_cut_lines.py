"""A deck under its kicker on a page whose text layer gives every cut line a block of its own
(blind holdout25's city evening paper, A10): the kicker ends with its cue (``旧街焕新颜：``), the
headline under it is as wide as the column, the subheadline holds a comma, and the byline
follows; none of them is cut text (INPUT.md, "Headlines": a kicker often ends with ``——`` or
``：``; decks are short lines without sentence punctuation)."""

from __future__ import annotations

from tests.parsing.helpers import decks, parse

TEXT = [
    "“原来下雨天门口全是积水，现",
    "在铺了透水砖，再也不怕了。”",
    "前天傍晚，住在河东区柳巷的",
    "七十岁老人郑阿婆站在自家门",
    "口，指着新铺的路面说。",
    "柳巷是一条有八十多年历史的",
    "老街，共有住户一百六十多户。",
    "今年春天，街道启动了老街改",
    "造，铺设了雨水管道和透水砖。",
]


def page(*deck: str) -> str:
    lines = ["岚江晚报  2025年9月4日 星期四", *deck, *TEXT]
    return "\n\n".join(lines)


def test_a_kicker_over_its_headline_subheadline_and_byline_on_cut_lines():
    parsed = parse(
        page(
            "旧街焕新颜：",
            "柳巷老街改造“跑出加速度”",
            "今年全区已改造老街十二条，是去年的两倍",
            "记者 方雨晴",
        )
    )
    assert decks(parsed)[0] == (
        "旧街焕新颜：",
        "柳巷老街改造“跑出加速度”",
        "今年全区已改造老街十二条，是去年的两倍",
    )
    assert parsed.articles[0].byline == "记者 方雨晴"
