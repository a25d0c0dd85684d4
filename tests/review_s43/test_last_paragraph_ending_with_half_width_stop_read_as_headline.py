"""A story's short last paragraph ending with a half-width full stop (``希望有关部门能尽快解决.``),
as text converted by older tools and web dumps prints it, is read as a title line of the next
story: the next story's 主题 becomes that sentence and its real headline drops to the 副题.

The same paragraph ending with ``。`` stays in its story. An editor sees a story headlined with
the last sentence of the story before, and that story losing its ending. INPUT.md, "Encoding and
layout": a line that ends a sentence is not a headline (half-width punctuation is the same
punctuation); "Headlines": decks are short lines without sentence punctuation.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "last", ["希望有关部门能尽快解决.", "目前,相关部门已介入调查.", "目前，相关部门已介入调查."]
)
def test_short_last_paragraph_with_half_width_stop_stays_in_its_story(last):
    parsed = parse(
        "小区停车难谁来管",
        "",
        "本报讯(记者 李明)城东花园小区内车位严重不足,不少车辆停在消防通道上.",
        "",
        last,
        "",
        "老旧小区改造全面启动",
        "",
        "本报讯(记者 陈小红)今年我市将改造老旧小区八十个,惠及居民两万余户.",
    )
    first, second = parsed.articles
    assert second.title_lines == ("老旧小区改造全面启动",)
    assert first.paragraphs[-1] == last
