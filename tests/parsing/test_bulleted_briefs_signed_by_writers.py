"""Briefs marked with a bullet (●, ■) and signed at their end by their writer in brackets
(``…（记者 周涛）``, ``…（通讯员 陈默）``) under a 简讯 label stay the text of the box's one story:
a reporter's role with no 摄 names who wrote the item, not who took a picture, so the bullet is
no caption's mark (INPUT.md, "Bylines, datelines, credits": a photo credit says 摄). Near misses:
``（摄影记者 王蕾）`` and ``（记者 王蕾 摄）`` after a bulleted caption, and ``（记者 王蕾）`` after
a caption pointing at its picture (图为…), are still photo credits. Invented people and places."""

import pytest

from tests.parsing.helpers import parse

ITEMS = ("青岩镇首届油菜花节昨日开幕。", "城西三座口袋公园本周开放。")


@pytest.mark.parametrize("mark", ["●", "■"])
def test_bulleted_briefs_signed_by_writers_stay_text(mark):
    parsed = parse(
        "简讯",
        f"{mark}{ITEMS[0]}（记者 周涛）",
        f"{mark}{ITEMS[1]}（通讯员 陈默）",
        "老城区加装电梯提速",
        "本报讯（记者 陈一鸣）今年全区已有四十台电梯完工。",
    )
    assert parsed.photos == ()
    assert [a.headline for a in parsed.articles] == ["简讯", "老城区加装电梯提速"]
    assert len(parsed.articles[0].paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "■游客在油菜花田中拍照。（摄影记者 王蕾）",
        "■游客在油菜花田中拍照。（记者 王蕾 摄）",
        "图为游客在油菜花田中拍照。（记者 王蕾）",
    ],
)
def test_photographer_credit_after_a_caption_is_still_a_photo(line):
    parsed = parse(
        "青岩古镇迎来赏花季",
        "本报讯（记者 周涛）周末，青岩古镇游人如织。",
        "",
        line,
    )
    [photo] = parsed.photos
    assert photo.caption.endswith("游客在油菜花田中拍照。")
    assert photo.photographers == ("王蕾",)
