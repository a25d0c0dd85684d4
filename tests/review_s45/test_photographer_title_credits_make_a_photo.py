"""A caption closed by a photographer's credit that names the photographer by title but says no
摄 (``特约摄影 陈默``, ``本报摄影记者 陈默``, ``影像/陈默``) makes no photo: caption and credit stay
in the story as its text. A credit naming how the picture was taken (``无人机航拍 陈默 摄``) has
its 无人机航拍 read as the caption (or glued onto it).

INPUT.md ("Bylines, datelines, credits"): the caption is the paragraph before the credit; the
credit forms listed are a minimum. ``摄影：陈默`` and ``摄影 陈默`` already make a photo.
Invented people.
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "乘客在新站台候车。"


def _page(*lines):
    return parse(
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "",
        *lines,
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    )


@pytest.mark.parametrize("credit", ["特约摄影 陈默", "本报摄影记者 陈默", "影像/陈默"])
@pytest.mark.parametrize("own_line", [False, True])
def test_photographer_title_credit_makes_a_photo(credit, own_line):
    parsed = _page(*([CAPTION, credit] if own_line else [f"{CAPTION} {credit}"]))
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("陈默",)
    assert len(parsed.articles[0].paragraphs) == 1


@pytest.mark.parametrize("own_line", [False, True])
def test_how_the_picture_was_taken_is_part_of_the_credit(own_line):
    credit = "无人机航拍 陈默 摄"
    parsed = _page(*([CAPTION, credit] if own_line else [f"{CAPTION} {credit}"]))
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("陈默",)
    assert len(parsed.articles[0].paragraphs) == 1
