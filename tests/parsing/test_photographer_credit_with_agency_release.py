"""A photographer's credit with the agency that sent the picture in brackets after it
(``李华 摄（中新社发）``) closes the caption above it, on its own line or glued to the caption's
end; a title that only ends in 拍摄 before such brackets credits no one.

INPUT.md ("Bylines, datelines, credits"): photo credits such as ``新华社发`` close their caption,
the paragraph before them, and also stand at the end of the caption itself.
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


@pytest.mark.parametrize("credit", ["李华 摄（中新社发）", "欧阳晓明摄(新华社发)"])
def test_release_credit_line_closes_the_caption(credit):
    parsed = parse(*STORY, CAPTION, "", credit, *NEXT)
    assert [a.title_lines for a in parsed.articles] == [
        ("东湖绿道全线贯通",),
        ("西城菜场改造完成",),
    ]
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == (credit.split("摄")[0].strip(),)


def test_release_credit_glued_to_the_caption_makes_a_photo():
    parsed = parse(*STORY, CAPTION + "李华摄（中新社发）", *NEXT)
    assert [len(a.paragraphs) for a in parsed.articles] == [1, 1]
    [photo] = parsed.photos
    assert (photo.caption, photo.photographers) == (CAPTION, ("李华",))


def test_a_title_ending_in_a_word_with_the_agency_after_it_credits_no_one():
    parsed = parse(*STORY, "城市夜景拍摄（新华社发）", *NEXT)
    assert parsed.photos == ()
    assert parsed.articles[-1].title_lines[-1] == "西城菜场改造完成"
