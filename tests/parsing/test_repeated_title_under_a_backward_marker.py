"""A continued text's repeated title right after its backward marker, read on the continuation's
page alone (INPUT.md, "Continuations (jumps)": the part often repeats the headline, or a
shortened one; articles/parsing/jumptitles.py). Pages written for these tests."""

import pytest

from articles.parsing.jumptitles import title_under_marker
from tests.parsing.helpers import parse

TEXT = "今年的收购价格每斤比去年高出三分钱，农民交售积极性很高。"
MORE = "县粮食局表示，将延长各收购站的收购时间，确保应收尽收。"


HEAD = "青湖县夏粮收购进度过半"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("（上接A1版）", HEAD, "", TEXT, "", MORE), HEAD),
        (("（上接A1版）", "", HEAD, "", TEXT, "", MORE), HEAD),
        (("（上接A1版）" + HEAD, "", TEXT, "", MORE), HEAD),
        (("（上接A1版）", "夏粮收购过半", "", TEXT, "", MORE), "夏粮收购过半"),  # shortened
    ],
    ids=["own-line", "blank-lines-around", "glued-to-the-marker", "shortened"],
)
def test_a_title_line_set_apart_under_the_marker_is_the_parts_title(lines, title):
    (part,) = parse(*lines).articles
    assert part.headline == title
    assert part.paragraphs == (TEXT, MORE)  # the text opens after it, nothing glued
    assert part.continued_from == "A1"


def test_a_title_under_the_marker_with_another_story_above_on_the_page():
    parsed = parse(
        "城西新建三座公交站",
        "",
        "本报讯 城西新建的三座公交站昨日投入使用，方便了周边居民出行。",
        "",
        "（上接A1版）",
        HEAD,
        "",
        TEXT,
    )
    assert [(a.headline, a.paragraphs[0]) for a in parsed.articles] == [
        ("城西新建三座公交站", "本报讯 城西新建的三座公交站昨日投入使用，方便了周边居民出行。"),
        (HEAD, TEXT),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # no blank line under it: the first words of the text the column cut
        ("（上接A1版）设计单位进场勘查", "确保明年六月建成投用，全县污水处理率将大幅提高。"),
        # a blank line, but the text under it runs on from it
        ("（上接A1版）", "全县各收购站", "", "的收购价格每斤比去年高出三分钱。"),
        ("（上接A1版）", "今年夏粮收购", "", "，全县各站的价格每斤比去年高出三分钱。"),
        # a sentence's end, or a comma: text
        ("（上接A1版）", "全县夏粮收购已经过半。", "", TEXT),
        ("（上接A1版）", "据了解，今年夏粮丰收", "", TEXT),
    ],
    ids=["not-set-apart", "particle-runs-on", "comma-runs-on", "sentence", "comma"],
)
def test_text_under_the_marker_that_is_not_set_apart_as_a_title_stays_text(lines):
    (part,) = parse(*lines).articles
    assert part.headline == ""


def test_on_a_page_of_cut_lines_a_blank_line_sets_nothing_apart():
    lines = [
        "（上接A1版）",
        "并开展病虫害",
        "统防统治。县农业",
        "农村局表示，今年",
        "全县春播面积比去",
        "年增加两成，目前",
    ]
    lines += ["进度已经过半，各", "乡镇正抓紧时间抢", "种抢插，确保春播", "任务按时完成。"]
    parsed = parse(*[piece for line in lines for piece in (line, "")])
    assert [a.headline for a in parsed.articles] == [""]


def test_the_rule_itself():
    assert title_under_marker("夏粮收购过半", TEXT, True)
    assert not title_under_marker("夏粮收购过半", TEXT, False)  # not set apart
    assert not title_under_marker("夏粮收购过半", None, True)  # no text under it
    assert not title_under_marker("本报讯", TEXT, True)  # a dateline opens the text
