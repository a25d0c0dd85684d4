"""The paper's call for news tips at a page's foot (``本版新闻线索 请拨打0571-88886666``, with
``或关注“某某晚报”微信公众号留言`` after it) is furniture, not the last brief's closing paragraph
(INPUT.md, "Page furniture that is not a story"); a story's sentence asking readers to call a
number stays the story's text."""

import pytest

from tests.parsing.helpers import parse, reasons

BRIEF = (
    "●桥下涵洞积水已排净",
    "",
    "连日降雨造成的南环桥下涵洞积水昨天下午排净，涵洞恢复通行。",
    "",
)


@pytest.mark.parametrize(
    "call",
    [
        "本版新闻线索 请拨打0571-88886666 或关注“青川晚报”微信公众号留言",
        "新闻线索请拨打本报热线 0571-88886666",
    ],
)
def test_news_tip_call_is_set_aside(call):
    parsed = parse(*BRIEF, call)
    assert call in reasons(parsed)
    assert parsed.articles[-1].paragraphs == (
        "连日降雨造成的南环桥下涵洞积水昨天下午排净，涵洞恢复通行。",
    )


def test_story_sentence_with_a_telephone_number_stays_text():
    line = "有关线索请拨打市交警支队电话0571-87654321，经查实将给予奖励。"
    parsed = parse(*BRIEF, line)
    assert line not in reasons(parsed)
    assert parsed.articles[-1].paragraphs[-1] == line
