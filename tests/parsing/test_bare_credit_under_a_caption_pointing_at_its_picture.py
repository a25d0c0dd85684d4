"""A bare credit (a name and 摄, no role word, no space: ``冯晓岚摄``) on the line under a one-sentence
caption that points at its picture — where a person stands in it (``某某（左二）在…``) or the
picture itself (``图为…``) — is that photo's credit, not a short title over the next story.

INPUT.md ("Bylines, datelines, credits"): the caption is the paragraph before the credit.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "caption",
    ["韩秋萍（左二）在向社员讲解果树修剪技术。", "图为新建成的东坡水库溢洪道。"],
)
def test_a_bare_credit_under_a_pointing_caption_is_the_photo_credit(caption):
    parsed = parse(
        "东坡大队果园喜获丰收",
        "",
        "今年，东坡大队果园的苹果亩产达到一千二百斤，比去年增加三成。",
        "",
        caption,
        "冯晓岚摄",
        "",
        "秋收谣",
        "石　岩",
        "",
        "稻子黄了，",
        "谷子熟了。",
    )
    assert [a.headline for a in parsed.articles] == ["东坡大队果园喜获丰收", "秋收谣"]
    assert parsed.articles[1].kicker == ""
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line) == (caption, "冯晓岚摄")
    assert photo.photographers == ("冯晓岚",)
