"""Staff lines of the review chain (三审三校: ``一审：… 二审：… 三审：…``, ``审读：``,
``值班总编：``, ``本版统筹：``) are read as headlines and kickers.

INPUT.md: staff lines (``责编：…``, ``责任编辑：…``, ``本版编辑：…``, ``美编：…``) are page
metadata, never an article's deck. ``终审：`` and ``校对：`` are already set aside, but the
review-chain line papers print under the page since the 三审三校 rules becomes a story's 主题
(the real headline pushed to its 副题) or the next story's 引题.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.xfail(strict=True, reason="三审/审读/值班总编/本版统筹 staff lines become decks")
@pytest.mark.parametrize(
    "staff",
    [
        "一审：赵小红 二审：钱立 三审：孙大伟",
        "审读：赵小红",
        "值班总编：孙大伟",
        "本版统筹：赵小红",
    ],
)
def test_review_chain_staff_lines_are_not_decks(staff):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "",
        staff,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
