"""A forward jump marker worded with a lead word (``（未完，下转第2版）``, ``（紧转第2版）``,
``（续见第2版）``, ``（見第二版）``, ``（續見A2）``, ``（接下版）``) is not read as a marker: the last paragraph
becomes the next story's headline, or (``续见``) disappears from the story altogether, and the jump
is lost.

Papers of many decades and regions word the jump so; INPUT.md ("Continuations") lists the
common forms as a minimum and says a forward marker always ends a text. Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("（未完，下转第2版）", "2"),
        ("（紧转第2版）", "2"),
        ("（续见第2版）", "2"),
        ("（見第二版）", "2"),
        ("（續見A2）", "A2"),
    ],
)
def test_forward_marker_with_a_lead_word_ends_the_story(marker, label):
    parsed = parse(
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "",
        f"沿线设站十八个，{marker}",
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    )
    assert [a.headline for a in parsed.articles] == ["城东新开一条公交线", "岚城冬季植树启动"]
    first, second = parsed.articles
    assert first.continued_on == label
    assert len(first.paragraphs) == 2
    assert first.paragraphs[-1].startswith("沿线设站十八个")
    assert second.subheadline == ""


def test_next_page_marker_ends_the_story():
    parsed = parse(
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "",
        "沿线设站十八个，（接下版）",
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    )
    assert [a.headline for a in parsed.articles] == ["城东新开一条公交线", "岚城冬季植树启动"]
    [marker] = parsed.articles[0].markers
    assert marker.direction == "forward"
    assert len(parsed.articles[0].paragraphs) == 2
