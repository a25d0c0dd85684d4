"""A picture's credit may name the photographer by title with no 摄 after the names (``特约摄影
韩冬``, ``首席摄影记者 韩冬``, ``影像/韩冬``) or say how the picture was taken before the names
(``航拍 韩冬 摄``): the caption above is the photo's, the credit names only the photographer
(INPUT.md, "Bylines, datelines, credits": the caption is the paragraph before the credit).
Boundaries: the same titled line right under a headline is the story's byline; a word that
merely opens with 航拍 (``航拍时间``) is no how-taken prefix. Invented people."""

import pytest

from tests.parsing.helpers import parse

CAPTION = "游客在青溪古桥上拍照。"


def _page(*lines):
    return parse(
        "青溪古桥修缮完工",
        "",
        "本报讯（记者 吕青）修缮一新的青溪古桥昨日重新开放。",
        "",
        *lines,
        "",
        "青溪镇启动秋季植树",
        "",
        "本报讯（记者 吕青）昨日，青溪镇秋季植树活动启动。",
    )


@pytest.mark.parametrize(
    "credit", ["首席摄影记者 韩冬", "新华社摄影记者 韩冬", "影像／韩冬", "航拍 韩冬 摄"]
)
@pytest.mark.parametrize("own_line", [False, True])
def test_titled_or_how_taken_credit_makes_a_photo(credit, own_line):
    parsed = _page(*([CAPTION, credit] if own_line else [f"{CAPTION}　{credit}"]))
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("韩冬",)


def test_a_titled_photographer_under_a_headline_is_the_byline():
    parsed = parse(
        "青溪古桥修缮完工",
        "本报摄影记者 韩冬",
        "",
        "修缮一新的青溪古桥昨日重新开放，市民纷纷前来游览。",
    )
    assert parsed.photos == ()
    assert parsed.articles[0].reporters == ("韩冬",)


def test_a_word_opening_with_the_how_taken_word_is_not_it():
    parsed = _page(CAPTION, "航拍时段 韩冬 摄")  # (a picture's title then its credit, as before)
    [photo] = parsed.photos
    assert photo.credit_line == "韩冬 摄" and photo.photographers == ("韩冬",)
