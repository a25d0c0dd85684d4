"""Proofreading flags 村民小组组长 and 党小组组长 as a doubled character.

Today's change lets a body's name closed by X, then its head X长, through (营业班班长, 濠河河长,
巡逻班班长: ``articles/proofreading/doubled.py``, ``_head_after_its_place``), and 课题组组长 or
检查组组长 pass. But the head of a 村民小组 — in every county paper's village news — and of a
party cell, 党小组组长, are still called a slip: jieba reads 小组 as one word ending in 组, and
the rule looks only at a lone X starting its word. The desk is told to fix text that is right.

Steps: proofread a sentence naming 村民小组组长 / 党小组组长.
"""

import pytest

from articles.proofreading import check_text


@pytest.mark.parametrize(
    "text", ["他被推选为村民小组组长，带领大家修路。", "党小组组长王刚在会上发言。"]
)
def test_the_head_of_a_group_is_no_doubled_character(text):
    assert [f.kind for f in check_text(text)] == []
