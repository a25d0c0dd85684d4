"""A front-page teaser pointed by a bare ``见A2版`` (no 详见, no brackets) is read as a headline, and
the next story's headline becomes its subheadline.

Today's change reads a title line over ``详见A2版`` / ``请看A2版`` / ``参见…`` (and ``（见A2版）`` in
brackets) as a teaser to the story on A2 (``articles/parsing/teasers.py``), not as the next
story's deck. The bare form ``见A2版`` / ``见第二版`` on its own line, just as common on a front page,
is not: the teaser and the pointer make a story headlined ``市区新增公交线路两条 见A2版``,
the next story's real headline (文明城市创建进入冲刺) is pushed to its subheadline, and readers
get no link to A2.

Steps: parse a story, then a title line, ``见A2版``, a blank line, and the next story's deck and
text.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("pointer", ["见A2版", "见第二版"])
def test_a_bare_see_page_line_makes_a_teaser(pointer):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        "",
        "市区新增公交线路两条",
        pointer,
        "",
        "文明城市创建进入冲刺",
        "",
        "本报讯（记者李明）市文明办昨天召开推进会，部署下阶段创建工作。",
    )
    assert [(a.headline, a.subheadline) for a in parsed.articles] == [
        ("城东新建三座口袋公园", ""),
        ("文明城市创建进入冲刺", ""),
    ]
    assert [t.title_lines for t in parsed.teasers] == [("市区新增公交线路两条",)]
