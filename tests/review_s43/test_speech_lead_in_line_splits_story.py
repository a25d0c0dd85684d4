"""A lead-in line ending with a colon that introduces a quote or the next paragraph (``他说：``,
``新区管委会主任说：``, ``会议强调：``, ``张明告诉记者：``), printed as a paragraph of its own, splits
the story: a new untitled-looking story starts, headlined ``他说：``, holding the rest of the text.

An editor sees a story headlined ``他说：`` and the first story cut off after its lead. (With a
comma inside, ``对此，专家提醒：``, the story stays whole.) INPUT.md, "Headlines": lead-in lines
(``——``, ``如下：``) are not new articles; a kicker is a deck line over a headline, and these
lines have no headline under them, only text; over-splitting a page is as wrong as missing a
story.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "lead_in", ["他说：", "新区管委会主任说：", "会议强调：", "张明告诉记者："]
)
@pytest.mark.parametrize(
    "quote",
    [
        "“下一步将继续优化营商环境，推动更多项目落地。”",
        "下一步将继续优化营商环境，推动更多项目落地。",
    ],
)
def test_lead_in_line_stays_in_its_story(lead_in, quote):
    parsed = parse(
        "城西新区三年建成产业新城",
        "",
        "本报讯（记者 柳青山）三年前还是一片农田的城西新区，如今厂房林立、道路纵横。",
        "",
        lead_in,
        "",
        quote,
        "",
        "春耕时节农机忙",
        "",
        "本报讯 连日来，各地农民抢抓农时开展春耕生产，田间地头一派繁忙景象。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("城西新区三年建成产业新城",),
        ("春耕时节农机忙",),
    ]
    first = parsed.articles[0]
    assert lead_in in first.text and quote in first.text
