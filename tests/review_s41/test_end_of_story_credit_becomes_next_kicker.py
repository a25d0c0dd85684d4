"""A story's closing source line (``（据新华社）``) or pen name (``文/周明``) becomes the next story's 引题.

INPUT.md ("Bylines, datelines, credits"): "End-of-story datelines, bracketed or bare on their own
line, author notes and pen names on their own line belong to the story before them, not to the
headline after them." Papers close reprinted items with where they came from (``（据新华社）``,
``（综合新华社、人民网）``, ``（来源：人民日报）``) and features with the writer's credit
(``文/周明``, ``周明/文``, ``（特约撰稿人 周明）``, an illustrator's ``（钱立 绘）``), and agency
copy ends ``（完）``. Those lines are not read as the end of the story above: they are
glued onto the next story's deck, so the next story is headlined ``（据新华社）`` over its own
title in the kicker slot, and the story that printed the credit loses it.

Steps: parse two stories where the first ends with one of these lines on its own line, after a
blank line, and the second is a headline over a ``本报讯（记者王刚）`` story.
"""

import pytest

from tests.parsing.helpers import parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"


@pytest.mark.parametrize(
    "closing",
    [
        "（据新华社）",
        "（综合新华社、人民网）",
        "（来源：人民日报）",
        "（完）",
        "文/周明",
        "周明/文",
        "（特约撰稿人 周明）",
        "（钱立 绘）",
    ],
)
def test_a_closing_credit_stays_with_the_story_before(closing):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        FIRST,
        "",
        closing,
        "",
        "城西污水处理厂二期投运",
        "",
        "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。",
    )
    first, second = parsed.articles
    assert second.title_lines == ("城西污水处理厂二期投运",), second.title_lines
    assert second.kicker == ""
    kept = [*(b.text for b in first.blocks), *first.byline_lines, first.byline]
    assert any(closing in text or (text and text in closing) for text in kept), kept
