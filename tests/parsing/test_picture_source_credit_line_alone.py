"""A picture's source alone on the line under its caption (``（路透社资料图片）``, ``网上图片``)
is the caption's credit, not the next story's headline; a headline that only opens with an
agency's name and 图片 (``新华社图片展开幕``) stays a headline.

INPUT.md ("Bylines, datelines, credits"): the caption is the paragraph before the credit;
credits include source forms (``(網上圖片)``, ``(AAP資料圖)``).
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "东湖绿道全线贯通",
    "",
    "本报讯（记者 钱立）东湖绿道二期工程昨日完工，绿道全长三十公里，沿途设有十个驿站。",
    "",
]
CAPTION = "市民在东湖绿道上骑行。"
NEXT = [
    "",
    "西城菜场改造完成",
    "",
    "本报讯（记者 孙敏）西城菜场改造后重新营业，摊位由八十个增至一百二十个。",
]


@pytest.mark.parametrize("credit", ["（路透社资料图片）", "网上图片", "（法新社照片）"])
def test_source_line_closes_the_caption(credit):
    parsed = parse(*STORY, CAPTION, "", credit, *NEXT)
    assert [a.title_lines for a in parsed.articles] == [
        ("东湖绿道全线贯通",),
        ("西城菜场改造完成",),
    ]
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (CAPTION, credit, ())


def test_a_headline_opening_with_an_agencys_pictures_stays_a_headline():
    parsed = parse(
        *STORY,
        "新华社图片展开幕",
        "",
        "本报讯（记者 孙敏）新华社图片展昨日在市博物馆开幕，展出新闻照片两百余幅。",
    )
    assert parsed.photos == ()
    assert parsed.articles[-1].title_lines == ("新华社图片展开幕",)
