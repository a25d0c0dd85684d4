"""A front page's contents box whose items name no page (``本期导读`` / ``今日关注`` / ``今日要目``
over ``1. 全市中小学今秋开学``, ``◆城南老街重新开放``, ``·…``) is glued onto the first story's
deck: its items become that story's 引题 and 主题 (``1. 全市中小学今秋开学 2. 城南老街重新开放
…``) and the real headline drops to the 副题.

An editor sees the front-page lead headlined with the contents list. With a page pointer under
each item (``详见第2版``) the box is read as teasers; without one it is not set apart.
INPUT.md, "Page furniture that is not a story": ``本期导读`` boxes are page metadata or noise,
never an article; "Headlines": a deck is the story's own kicker/headline/subheadline.
"""

import pytest

from tests.parsing.helpers import parse

ITEMS = ("全市中小学今秋开学", "城南老街重新开放", "全市新增公交线路两条")


@pytest.mark.parametrize(
    ("label", "bullet"),
    [("今日关注", "{n}. "), ("本期导读", "{n}."), ("本期导读", "◆"), ("今日要目", "·")],
)
def test_contents_box_is_not_the_first_story_deck(label, bullet):
    parsed = parse(
        label,
        *(bullet.format(n=n) + item for n, item in enumerate(ITEMS, start=1)),
        "",
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
    )
    story = next(a for a in parsed.articles if "播种面积" in a.text)
    assert story.title_lines == ("春耕生产有序推进",)
    assert not any(
        item in line for a in parsed.articles for line in a.title_lines for item in ITEMS
    )
