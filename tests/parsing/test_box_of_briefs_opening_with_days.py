"""A box's label (``镇里动态``, ``校园简讯``) over untitled, undated briefs that each open with
their own day (``3月2日，…``): the label is set aside as the box's, each item is a headless story
of its own (articles/parsing/dateditems.py). Near misses: a headline that names no kind of box
over a chronicle of days stays one story; one dated item stays under its heading; items opening
otherwise keep the label as their headline. Invented places and people."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "南湖镇新修两座便民桥",
    "",
    "本报讯（记者 钟雨桐）南湖镇今年新修的两座便民桥昨日通行，沿岸三个村的村民赶集少绕五里路。",
    "",
)
ITEMS = (
    "3月2日，镇卫生院为辖区七十岁以上老人免费体检。",
    "3月4日上午，镇文化站举办春季读书会，四十多名中小学生参加。",
    "五日，镇农技站在北岸村举办果树修剪培训。",
)


@pytest.mark.parametrize("label", ["镇里动态", "校园简讯", "本周快讯"])
def test_each_item_opening_with_its_day_is_a_headless_story(label):
    parsed = parse(*STORY, label, "", *(line for item in ITEMS for line in (item, "")))
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("南湖镇新修两座便民桥", "本报讯"),
        ("", ""),
        ("", ""),
        ("", ""),
    ]
    assert [a.paragraphs for a in parsed.articles[1:]] == [(item,) for item in ITEMS]
    assert reasons(parsed)[label] == "briefs-label"


def test_items_printed_without_blank_lines_are_stories_too():
    parsed = parse(*STORY, "镇里动态", *ITEMS)
    assert [a.headline for a in parsed.articles] == ["南湖镇新修两座便民桥", "", "", ""]


def _headless(parsed) -> int:
    return sum(1 for a in parsed.articles if not a.title_lines)


def test_near_miss_a_chronicle_under_a_headline_is_not_cut_into_briefs():
    parsed = parse(*STORY, "南湖抗洪纪事", "", *(line for item in ITEMS for line in (item, "")))
    assert "南湖抗洪纪事" not in reasons(parsed)
    assert _headless(parsed) == 0


def test_near_miss_one_dated_item_stays_under_its_heading():
    parsed = parse(*STORY, "镇里动态", "", ITEMS[0])
    assert "镇里动态" not in reasons(parsed)
    assert _headless(parsed) == 0


def test_near_miss_items_opening_otherwise_are_not_cut_into_briefs():
    undated = ("镇卫生院为辖区七十岁以上老人免费体检。", "镇文化站举办春季读书会。")
    parsed = parse(*STORY, "镇里动态", "", undated[0], "", undated[1])
    assert "镇里动态" not in reasons(parsed)
    assert _headless(parsed) == 0
