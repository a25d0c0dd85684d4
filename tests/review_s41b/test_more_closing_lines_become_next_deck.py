"""A chart's source note (``（数据来源：市统计局）``) and a compiler's credit (``（王刚 整理）``) at a
story's end still become the next story's headline or 引题.

Today's change keeps a story's closing lines with it (``articles/parsing/closings.py``:
``（据新华社）``, ``（来源：人民日报）``, ``（特约撰稿人 周明）``, ``（本报记者 王刚 整理）``). Two
variants of the same lines, both common under a story with a chart or a compiled round-up, are
still read as the next story's deck: ``（数据来源：市统计局）`` (and ``（资料来源：…）``; only
稿件/信息/新闻/文章 are read before 来源) is printed as the next story's *headline*, its real headline
pushed to the subheadline; ``（王刚 整理）`` (the compiler named without 记者) is its 引题.

Steps: parse a story, the closing line, a blank line, the next story's headline and text.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize(
    "closing", ["（数据来源：市统计局）", "（资料来源：市统计局）", "（王刚 整理）"]
)
def test_a_source_note_or_a_compilers_credit_closes_the_story_before(closing):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        closing,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].paragraphs[-1] == closing
