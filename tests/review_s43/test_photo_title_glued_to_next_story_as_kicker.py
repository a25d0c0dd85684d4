"""A stand-alone news photo's title (``荷塘月色`` over its caption and ``本报记者 王强 摄``) is glued
to the next story's deck: the next story reads 引题 ``荷塘月色`` / 主题 ``老街换新颜``, or (with
another title) 主题 ``瑞雪兆丰年`` / 副题 ``老街换新颜``.

An editor sees a kicker about lotus flowers over a story about an old street, and the photo
without its title. INPUT.md, "Bylines, datelines, credits": the caption is the paragraph before
the credit and the credit closes it; "Headlines": decks are assigned to bodies by what they say
(word overlap), and ``荷塘月色`` shares nothing with the story after the credit.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("title", "caption", "credit"),
    [
        (
            "荷塘月色",
            "7月8日，游客在城南公园荷花池边赏荷拍照。连日来，公园内千亩荷花竞相绽放。",
            "本报记者 王强 摄",
        ),
        (
            "瑞雪兆丰年",
            "1月20日，市民在雪后的城北公园里堆雪人。当天，我市迎来今冬首场降雪。",
            "通讯员 陈小军 摄",
        ),
    ],
)
def test_photo_title_is_not_the_next_story_kicker(title, caption, credit):
    parsed = parse(
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
        "",
        "农业部门表示将全力保障春耕生产。",
        "",
        title,
        "",
        caption,
        "",
        credit,
        "",
        "老街换新颜",
        "",
        "本报讯（记者 赵丽）历时半年改造，城南老街日前重新开放，吸引大量市民游览。",
    )
    story = next(a for a in parsed.articles if "城南老街日前重新开放" in a.text)
    assert story.title_lines == ("老街换新颜",)
    assert all(title not in a.title_lines for a in parsed.articles if a.paragraphs != ())
    assert [p.caption for p in parsed.photos if caption in p.caption] != []
