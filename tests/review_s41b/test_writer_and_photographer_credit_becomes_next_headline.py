"""A feature's closing credit of its writer and its photographer (``文/周明 图/钱立``) becomes the
next story's headline.

Today's change keeps a story's closing credit with it (``articles/parsing/closings.py``:
``文/周明``, ``周明/文``, ``文/图 周明``), so that it is no 引题 of the next story. A feature
illustrated by its own photographs closes with both credits on one line, ``文/周明 图/钱立``
(or ``周明/文 钱立/图``), the commonest form of the same line. That line is still read as the
next story's headline: readers see a story titled “文/周明 图/钱立” whose real headline
(市区新增公交线路两条) is printed as its subheadline, and the feature credits neither.

Steps: parse a story, the line ``文/周明 图/钱立``, then the next story's headline and text.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("credit", ["文/周明 图/钱立", "周明/文 钱立/图"])
def test_writer_and_photographer_credit_closes_the_story_before(credit):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        credit,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
    assert credit in parsed.articles[0].text
