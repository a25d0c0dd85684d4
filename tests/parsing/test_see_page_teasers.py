"""A teaser pointed by 详见 / 请看 / 参见 (``详见A2版``, ``（详见第3版）``) is a teaser, never a line
of the next story's deck, and its title keeps every character.

INPUT.md ("Teasers (导读)"): front-page pointers to inner pages are not articles; they link to
the article on the target page. INPUT.md ("Page furniture"): a ``本期导读`` box is never an article.
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "城东新建三座口袋公园",
    "",
    "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
]


@pytest.mark.parametrize("pointer", ["请看A3版", "参见第3版", "详见 B 3 版", "详见第三版"])
def test_a_pointer_line_under_a_teaser_title_makes_the_teaser(pointer):
    parsed = parse("今日导读", "城北新建一座图书馆", pointer, "", *STORY)
    assert [a.title_lines for a in parsed.articles] == [("城东新建三座口袋公园",)]
    assert [t.title_lines for t in parsed.teasers] == [("城北新建一座图书馆",)]


def test_each_teaser_of_a_box_keeps_its_own_pointer():
    parsed = parse(
        "本期导读", "城西污水厂二期投运", "详见A2版", "城北新建一座图书馆", "详见A3版", "", *STORY
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("城西污水厂二期投运",), "A2"),
        (("城北新建一座图书馆",), "A3"),
    ]
    assert [a.title_lines for a in parsed.articles] == [("城东新建三座口袋公园",)]


@pytest.mark.parametrize("pointer", ["详见第3版", "请看A3版", "参见A3版"])
def test_a_pointer_on_the_title_line_is_cut_off_whole(pointer):
    parsed = parse("本期导读", f"城北新建一座图书馆　{pointer}", "", *STORY)
    [teaser] = parsed.teasers
    assert teaser.title_lines == ("城北新建一座图书馆",)


def test_a_pointer_after_a_story_is_never_the_next_storys_deck():
    parsed = parse(*STORY, "详见A2版", "", "城西污水处理厂二期投运", "", *STORY[2:])
    assert [a.title_lines for a in parsed.articles] == [
        ("城东新建三座口袋公园",),
        ("城西污水处理厂二期投运",),
    ]


@pytest.mark.parametrize(
    ("pointer", "label"),
    [("见A3版", "A3"), ("见第三版", "3"), ("见 B 3 版", "B3"), ("见第3版", "3")],
)
def test_a_bare_see_line_under_a_teaser_title_makes_the_teaser(pointer, label):
    parsed = parse("城北新建一座图书馆", pointer, "", *STORY)
    assert [a.title_lines for a in parsed.articles] == [("城东新建三座口袋公园",)]
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("城北新建一座图书馆",), label)
    ]


def test_a_bare_see_line_between_stories_is_never_the_next_storys_deck():
    parsed = parse(
        *STORY, "", "城北新建一座图书馆", "见A2版", "", "城西污水处理厂二期投运", "", *STORY[2:]
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("城东新建三座口袋公园",),
        ("城西污水处理厂二期投运",),
    ]
    assert [t.target_label for t in parsed.teasers] == ["A2"]
