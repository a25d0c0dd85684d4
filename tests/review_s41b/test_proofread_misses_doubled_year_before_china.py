"""Proofreading no longer flags a doubled 年 in 今年年中国经济…, 去年年中央财政…, 今年年上半年….

Today's change lets a time word then the part of the same unit through (明年年中, 去年年初, 本月月中:
``articles/proofreading/doubled.py``, ``_time_then_its_part``): after a time word ending in 年,
a 年 before any word of place or direction (中, 上, 内, 前: tagged ``f``) is taken as 年中, 年上….
But 中 and 上 open words of their own: 今年年中国经济增长 is 今年中国经济增长 with 年 printed twice,
去年年中央财政 is 去年中央财政, 今年年上半年 is 今年上半年. Before today each was flagged; now the
desk is told nothing and the slip goes to print.

Steps: proofread each sentence.
"""

import pytest

from articles.proofreading import check_text


@pytest.mark.parametrize(
    "text",
    [
        "今年年中国经济增长百分之五。",
        "去年年中央财政安排专项资金十亿元。",
        "今年年上半年全市出口增长两成。",
    ],
)
def test_a_doubled_year_before_a_word_of_its_own_is_flagged(text):
    assert "doubled" in [f.kind for f in check_text(text)]
