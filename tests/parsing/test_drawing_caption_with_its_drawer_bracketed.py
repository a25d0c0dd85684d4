"""A drawing printed in a story, its caption opening with the mark 图： and the drawer's credit
bracketed at its end (``图：改装后的水车（水利组绘）``, ``图：…（钱　立　绘）``), is a picture: the
caption without the mark, the credit the bracket, a unit naming no photographer; it goes with the
story it stands in (INPUT.md: a credit closes its caption). Near miss: the same bracket glued to a
story's last sentence without the mark credits the story's illustration: no picture is made of
the paragraph. Invented papers, places and people."""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "节水灌溉的三点做法",
    "水利组　韩立平",
    "",
    "　　一、渠道要衬砌。衬砌以后，渗漏少了一半。",
    "",
    "　　我们把原来的水车改装了一下，效果比原来好得多。",
    "",
)
NEXT = ("", "东岗公社完成秋播", "", "　　本报讯　东岗公社十万亩小麦全部播完。")


@pytest.mark.parametrize(
    ("credit", "people"),
    [("（水利组绘）", ()), ("（钱　立　绘）", ("钱立",)), ("（钱立 绘图）", ("钱立",))],
)
def test_a_marked_drawing_caption_is_a_picture_of_the_story(credit, people):
    parsed = parse(*STORY, "图：改装后的水车" + credit, *NEXT)
    [photo] = parsed.photos
    assert photo.caption == "改装后的水车"
    assert photo.credit_line.strip("（）") == credit.strip("（）")
    assert photo.photographers == people
    assert photo.article_position == parsed.articles[0].position
    assert [a.headline for a in parsed.articles] == ["节水灌溉的三点做法", "东岗公社完成秋播"]


def test_near_miss_a_drawer_glued_to_the_last_sentence_makes_no_picture():
    parsed = parse(
        *STORY[:-2], "　　我们把原来的水车改装了一下，效果比原来好得多。（钱立绘）", *NEXT
    )
    assert parsed.photos == ()
