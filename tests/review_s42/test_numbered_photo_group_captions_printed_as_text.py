"""A photo group (组图) whose captions are numbered ``①…`` ``②…`` ``③…`` over one credit line keeps
only the last caption: the others are printed as paragraphs of the story.

INPUT.md: the caption is the paragraph before the credit. A group's captions are the lines
before its one credit; ``上图：…`` / ``下图：…`` captions are already taken together as the photo's
caption, but numbered ones are not: readers find ``①市民在口袋公园里锻炼身体。`` and
``②孩子们在游乐设施上玩耍。`` as the story's last paragraphs, cut off from their pictures.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="①②③ captions over one credit: only the last is a caption")
def test_numbered_captions_over_one_credit_are_all_captions():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "",
        "①市民在口袋公园里锻炼身体。",
        "②孩子们在游乐设施上玩耍。",
        "③老人在公园里下棋。",
        "本报记者 李明 摄",
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    first = parsed.articles[0]
    assert [b.text for b in first.blocks] == [
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。"
    ]
    captions = " ".join(photo.caption for photo in parsed.photos)
    for caption in ("市民在口袋公园里锻炼身体", "孩子们在游乐设施上玩耍", "老人在公园里下棋"):
        assert caption in captions
