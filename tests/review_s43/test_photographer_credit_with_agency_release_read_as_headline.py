"""A photo credit in the agency-release form (``王强摄（新华社发）``, ``王强 摄（新华社发）``) is
not read as a credit: on its own line it becomes the next story's 主题 (that story's own headline
pushed down), and glued to the end of its caption the caption stays in the story as a paragraph.

An editor sees a story headlined ``王强摄（新华社发）``, the photographer not credited and the
caption printed as the last paragraph of the story before. INPUT.md, "Bylines, datelines,
credits": photo credits (``新华社记者 孙连生摄``, ``新华社发``) close a caption, the paragraph
before them; the credit is also printed at the end of the caption itself. ``新华社发（王强摄）``
is read today; the order the national dailies print (``王强摄（新华社发）``) is not.
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "城东镇农民在田间驾驶拖拉机翻耕土地。"


def _page(caption_lines):
    return parse(
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
        "",
        "农业部门表示将全力保障春耕生产。",
        "",
        *caption_lines,
        "",
        "老街换新颜",
        "",
        "本报讯（记者 赵丽）历时半年改造，城南老街日前重新开放，吸引大量市民游览。",
    )


@pytest.mark.parametrize(
    "credit", ["王强摄（新华社发）", "王强 摄（新华社发）", "王强摄(新华社发)"]
)
def test_credit_on_its_own_line_closes_the_caption(credit):
    parsed = _page([CAPTION, "", credit])
    assert [a.title_lines for a in parsed.articles] == [("春耕生产有序推进",), ("老街换新颜",)]
    assert [(p.caption, p.photographers) for p in parsed.photos] == [(CAPTION, ("王强",))]


@pytest.mark.parametrize("credit", ["王强摄（新华社发）", " 王强 摄（新华社发）"])
def test_credit_at_the_end_of_the_caption_takes_it_out_of_the_story(credit):
    parsed = _page([CAPTION + credit])
    assert all(CAPTION not in p for a in parsed.articles for p in a.paragraphs)
    assert [(p.caption, p.photographers) for p in parsed.photos] == [(CAPTION, ("王强",))]
