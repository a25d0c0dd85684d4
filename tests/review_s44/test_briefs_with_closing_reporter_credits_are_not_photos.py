"""A briefs column (``简讯``) whose items are marked with ``●`` and close with their reporter in
brackets (``…活动将持续一个月。（记者 林峰）``) is read as photos: each item becomes a picture's
caption with its reporter as the photographer, and the column keeps only its last item.

Without the ``●`` marks, or without the closing credits, the same column is one story with one
paragraph an item. 简讯/要闻简报 columns of every decade print items this way. INPUT.md ("Bylines,
datelines, credits"): the caption is the paragraph before a photo credit (``记者 许丛军摄``), a
credit that says 摄; ``（记者 林峰）`` says who wrote the item. Invented people and places.
"""

import pytest

from tests.parsing.helpers import parse

ITEMS = (
    "岚城区第三届读书节昨日开幕，活动将持续一个月。",
    "城西图书馆新增自助借还机十台。",
    "岚城博物馆本周六起延长开放时间至晚八点。",
)


@pytest.mark.parametrize("mark", ["●", "◆", "■"])
def test_marked_briefs_with_closing_credits_stay_text(mark):
    parsed = parse(
        "简讯",
        f"{mark}{ITEMS[0]}（记者 林峰）",
        f"{mark}{ITEMS[1]}（通讯员 吴刚）",
        f"{mark}{ITEMS[2]}",
        "老城区加装电梯提速",
        "本报讯（记者 陈一鸣）记者昨日从青岩区住建局获悉，今年全区已有四十台电梯完工。",
    )
    assert parsed.photos == ()
    assert [a.headline for a in parsed.articles] == ["简讯", "老城区加装电梯提速"]
    briefs = parsed.articles[0]
    assert len(briefs.paragraphs) == 3
    for item, paragraph in zip(ITEMS, briefs.paragraphs, strict=True):
        assert item in paragraph
