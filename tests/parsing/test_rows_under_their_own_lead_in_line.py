"""A lead-in printed on a line of its own under a story's paragraph (``各区用水量：``,
``决赛结果：``) over rows of data is text of that story, and so are its rows, each a paragraph;
the text after them is a paragraph of its own (INPUT.md, "Headlines": lead-in lines are no new
article; over-splitting a page is as wrong as missing a story). A score row's figures may be
parted by ``:``, ``∶``, ``比`` or a dash. The same lines over a dated story, or a kicker over a
headline, stay the next story's deck. Invented places and teams.
"""

import pytest

from articles.parsing.patterns import is_heading_like
from tests.parsing.helpers import decks, parse

FIRST = ("老街夜市重新开张", "本报讯（记者 张帆）经过三个月改造，老街夜市昨晚重新开张。")


def test_lead_in_line_and_its_rows_with_blank_lines_stay_in_the_story():
    parsed = parse(
        *FIRST,
        "",
        "各区用水量：",
        "",
        "东区 120万吨",
        "",
        "西区 95万吨",
        "",
        "南区 88万吨",
        "",
        "全市用水总量比去年同期下降百分之五。",
    )
    [article] = parsed.articles
    assert article.paragraphs[1:] == (
        "各区用水量：",
        "东区 120万吨",
        "西区 95万吨",
        "南区 88万吨",
        "全市用水总量比去年同期下降百分之五。",
    )


@pytest.mark.parametrize(
    "rows",
    [
        ("东湾队 3－2 南港队", "北岭队 3－0 西峡队"),
        ("东湾队 2∶1 南港队", "北岭队 0:0 西峡队"),
        ("东湾队 3比2 南港队", "北岭队 3比0 西峡队"),
    ],
)
def test_score_rows_under_a_results_lead_in_stay_in_the_story(rows):
    parsed = parse(*FIRST, "羽毛球团体赛决赛结果：", *rows, "赛后，组委会为获胜队伍颁奖。")
    [article] = parsed.articles
    assert article.paragraphs[1:] == (
        "羽毛球团体赛决赛结果：",
        *rows,
        "赛后，组委会为获胜队伍颁奖。",
    )


def test_kicker_over_figure_lines_over_a_dated_story_stays_its_deck():
    parsed = parse(
        *FIRST,
        "全市重点项目进展：",
        "新建学校 12所",
        "新建医院 3所",
        "本报讯（记者 马超）今年以来，全市重点项目进展顺利。",
    )
    assert decks(parsed)[1] == ("全市重点项目进展：", "新建学校 12所", "新建医院 3所")


def test_kicker_with_a_colon_over_a_headline_stays_a_kicker():
    parsed = parse(
        *FIRST,
        "聚焦乡村振兴：",
        "青石镇办起农机夜校",
        "本报讯（记者 马超）三百多名社员学会修理拖拉机。",
    )
    assert decks(parsed)[1] == ("聚焦乡村振兴：", "青石镇办起农机夜校", "")


@pytest.mark.parametrize("row", ["东湾队 2∶1 南港队", "东湾队 2-1 南港队", "东湾队　2－1　南港队"])
def test_a_score_row_is_no_heading_but_a_score_headline_is(row):
    assert not is_heading_like(row)
    assert is_heading_like("东湾队2∶1力克南港队")
