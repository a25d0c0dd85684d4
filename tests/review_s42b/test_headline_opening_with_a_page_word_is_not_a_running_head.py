"""A story's headline that opens with a page word (``第九版防控方案发布``: the ninth edition of a
plan; ``A4版面改版了``: the paper's own A4 page redesigned) is set aside as a mid-page running
head, and the story under it loses its headline.

INPUT.md: a running head (``红星县报  第二版``) is furniture. Today's rule for running heads met
mid-page (readfurniture ``_head_mid_page`` / header_lines ``mid_page_head``) takes any line whose
head matches a page label with 版 after 第 or a letter, whatever follows it, so a real headline
that merely starts with ``第九版`` or ``A4版`` is dropped. Before 558921c..HEAD both stayed headlines
(regression).
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("headline", ["第九版防控方案发布", "A4版面改版了"])
def test_headline_opening_with_a_page_word_stays_the_headline(headline):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "",
        headline,
        "",
        "本报讯（记者李华）有关部门昨天发布新版方案，本报A4版同时改版，对多项内容作出调整。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", headline, ""),
    ]
