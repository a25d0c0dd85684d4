"""Kinds a blind set (holdout43: an overseas Chinese weekly, a 1990s TV weekly typed by OCR)
showed, on pages written for these tests:

- titled briefs in a box each opened by a bullseye (``◎``), as overseas Chinese weeklies mark
  them, are stories of their own, as with ``●`` or ``■``, never crossheads of the box's first
  brief (INPUT.md, "Headlines": a one-line headline before a story is a new story);
- on an OCR page of narrow cut lines, a title, its author's line opened by 文 and a space
  (``文　本报记者　陶　然``) and the text under them, each a block of its own, are a story: its
  headline and byline, though the text's first cut line reads as a title."""

from __future__ import annotations

from tests.parsing.helpers import decks, parse


def test_bullseye_marked_titled_briefs_are_stories_of_their_own():
    parsed = parse(
        "里昂华人周报",
        "",
        "里昂华人商会举行新春团拜会",
        "",
        "【本报讯】里昂华人商会2月20日举行新春团拜会，三百多位侨胞出席。",
        "",
        "侨社简讯",
        "",
        "◎里昂中文学校开设书法班",
        "里昂中文学校从3月起开设周末书法班，每期八周，面向十岁以上的学生。",
        "◎华人篮球队获市联赛冠军",
        "由华人青年组成的“飞龙队”在里昂市业余篮球联赛中夺得冠军。",
        "◎温州同乡会慰问独居老人",
        "里昂温州同乡会2月26日走访了九位独居华人老人，送去年货。",
    )
    assert [d[1] for d in decks(parsed)] == [
        "里昂华人商会举行新春团拜会",
        "里昂中文学校开设书法班",
        "华人篮球队获市联赛冠军",
        "温州同乡会慰问独居老人",
    ]


def test_a_title_and_its_author_line_with_wen_each_a_block_over_text_the_column_cut():
    parsed = parse(
        "青川广播电视报　　第8版　　影视长廊　　1996年6月3日",
        "",
        "（上接第1版）也欢迎观众来信提",
        "出意见和建议。",
        "",
        "纪录片《青川古渡》的拍摄故事",
        "",
        "文　本报记者　陶　然",
        "",
        "八集纪录片《青川古渡》是青",
        "川电视台拍摄的第一部大型纪",
        "录片，6月10日起在一套播出。",
        "摄制组沿江走了两个多月，拍",
        "下了十一处古渡口。",
    )
    assert decks(parsed)[-1] == ("", "纪录片《青川古渡》的拍摄故事", "")
    assert parsed.articles[-1].byline == "文　本报记者　陶　然"
    assert parsed.articles[-1].reporters == ("陶然",)
