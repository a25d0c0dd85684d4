"""A reproduced woodcut or painting printed with its title and its kind in brackets
(``『打穀場上』（木刻）``) and the artist's credit under it (``梁　青　作``) is a picture item of its
own: no story's photo, even when its title shares a word with the story before it, and the artist
is named without the credit's 作.

INPUT.md ("Bylines, datelines, credits"): a credit closes its caption; captions link to the story
they illustrate, and a picture item of its own illustrates none.
"""

from tests.parsing.helpers import parse

STORY = [
    "打穀場上的新氣象",
    "",
    "　　本報訊　今年秋收，東鄉互助組在打穀場上用上了新式打穀機，一天能打穀三千斤。",
    "",
]


def test_a_woodcut_with_its_artist_is_a_picture_of_its_own():
    parsed = parse(*STORY, "『打穀場上』（木刻）", "　　　　　　　　梁　青　作")
    assert [(p.caption, p.credit_line, p.photographers) for p in parsed.photos] == [
        ("『打穀場上』（木刻）", "梁\u3000青\u3000作", ("梁青",))
    ]
    assert parsed.photos[0].article_position is None
    assert [a.headline for a in parsed.articles] == ["打穀場上的新氣象"]


def test_a_painting_credit_names_the_painter_without_zuo():
    parsed = parse(*STORY, "山村早春（國畫）", "鄭遠山　作")
    assert [p.photographers for p in parsed.photos] == [("鄭遠山",)]


def test_a_title_without_an_artworks_kind_is_no_picture():
    parsed = parse(*STORY, "『打穀場上』", "梁　青　作")
    assert parsed.photos == ()
