"""A running head (``A4版 要闻``, ``第4版：要闻``) that a PDF text layer puts mid-page becomes the
next story's kicker.

INPUT.md: a running head is furniture, not a headline, and a PDF's text comes in frame order (a
page may start anywhere), so the head need not be the page's first line. The parser already
knows these lines (it sets them aside as ``page-header`` and reads the page's label and section
from them) but still prints the same line as the 引题 of the story after it.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.xfail(strict=True, reason="mid-page running head is set aside and also made a kicker")
@pytest.mark.parametrize("head", ["A4版 要闻", "第4版：要闻"])
def test_a_running_head_mid_page_is_not_a_kicker(head):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "",
        head,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
