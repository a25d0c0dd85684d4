"""A caption that ends with a "supplied by" credit (``（视觉中国供图）``, ``（受访者供图）``,
``（通讯员供图）``, ``（CFP供图）``) or ``（本报资料图片）`` stays in the story as its last paragraph:
no photo is made.

The same credits on their own line under the caption are read (``视觉中国供图``), and
``（资料图片）`` at the caption's end is; these forms glued to the caption are not. A reader sees
the picture's caption printed as a sentence of the story; the desk has no photo to attach.
INPUT.md, "Bylines, datelines, credits": photo credits also stand at the end of the caption
itself (``（林嘉文攝）``, ``(網上圖片)``, ``(AAP資料圖)``).
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "城东镇农民在田间驾驶拖拉机翻耕土地。"


@pytest.mark.parametrize(
    "credit",
    ["（视觉中国供图）", "（受访者供图）", "（通讯员供图）", "（CFP供图）", "（本报资料图片）"],
)
def test_caption_ending_with_a_supplied_credit_is_a_photo(credit):
    parsed = parse(
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
        "",
        "农业部门表示将全力保障春耕生产。",
        "",
        CAPTION + credit,
        "",
        "老街换新颜",
        "",
        "本报讯（记者 赵丽）历时半年改造，城南老街日前重新开放，吸引大量市民游览。",
    )
    first = parsed.articles[0]
    assert first.paragraphs[-1] == "农业部门表示将全力保障春耕生产。"
    assert [p.caption for p in parsed.photos] == [CAPTION]
    assert parsed.photos[0].credit_line.strip("（）") == credit.strip("（）")
