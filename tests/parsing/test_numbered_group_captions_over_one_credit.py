"""A photo group's captions numbered ``①…`` ``②…`` over one credit line are one caption for the
group's pictures, as ``上图：…`` / ``下图：…`` captions are: none of them stays a paragraph of the
story above.

INPUT.md ("Bylines, datelines, credits"): the caption is the text block a picture's credit
closes; a group's captions are the lines before its one credit.
"""

import pytest

from tests.parsing.helpers import parse

OPENING = "本报讯（记者王刚）江城植物园的郁金香进入盛花期，连日来吸引大批市民前来赏花。"
NEXT = [
    "",
    "城西污水处理厂二期投运",
    "",
    "本报讯（记者赵明）城西污水处理厂二期工程昨日正式投入运行。",
]


@pytest.mark.parametrize("credit", ["（周明 摄）", "本报记者 周明 摄"])
def test_two_numbered_captions_over_one_credit_are_one_photo(credit):
    parsed = parse(
        "植物园郁金香盛开",
        "",
        OPENING,
        "",
        "①游客在花海中拍照留念。",
        "②园艺工人为郁金香浇水。",
        credit,
        *NEXT,
    )
    assert parsed.articles[0].paragraphs == (OPENING,)
    (photo,) = parsed.photos
    assert photo.caption == "①游客在花海中拍照留念。 ②园艺工人为郁金香浇水。"
    assert photo.photographers == ("周明",)


def test_numbers_that_do_not_run_down_to_one_leave_the_paragraphs_above_in_the_story():
    parsed = parse(
        "植物园郁金香盛开",
        "",
        OPENING,
        "",
        "①游客在花海中拍照留念。",
        "今年植物园新引进了二十多个郁金香品种。",
        "③园艺工人为郁金香浇水。",
        "（周明 摄）",
        *NEXT,
    )
    assert parsed.articles[0].paragraphs[-2:] == (
        "①游客在花海中拍照留念。",
        "今年植物园新引进了二十多个郁金香品种。",
    )
    assert [photo.caption for photo in parsed.photos] == ["③园艺工人为郁金香浇水。"]
