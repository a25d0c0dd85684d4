"""A closing credit naming the reporter's paper (``（光明日报记者 王刚 李明）``,
``（东林晚报记者 王刚）``) becomes the next story's headline, the real headline pushed to its 副题.

INPUT.md: credits at the end of a story belong to the story before them, not to the headline
after them. The same words opening a story (``光明日报记者 王刚 李明`` under the headline) are a
byline today, and ``（人民日报记者 王刚）`` at the end is credited; with any other paper's name the
closing credit is read as a title line of what follows: the reporters are not credited and the
next story's deck is wrong.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.xfail(strict=True, reason="closing （<paper>记者 X） credit becomes the next headline")
@pytest.mark.parametrize(
    "credit, reporters",
    [("（光明日报记者 王刚 李明）", ("王刚", "李明")), ("（东林晚报记者 王刚）", ("王刚",))],
)
def test_a_closing_paper_reporter_credit_stays_with_its_story(credit, reporters):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施。",
        credit,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者赵明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].reporters == reporters
