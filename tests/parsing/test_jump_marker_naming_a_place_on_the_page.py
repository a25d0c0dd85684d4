"""A forward jump marker may also say where on the other page the story goes on — a corner, a
column, the page's name — (``（下转B3版右上）``, ``（下转第四版·国际新闻）``): still a marker that
ends the story (INPUT.md "Continuations"), its page the one it names. The place must follow a
marker's own wording: a bare 转 with a bare number (``（转3左下）``) stays text."""

import pytest

from tests.parsing.helpers import parse

LEAD = "本报讯（记者 韩冰）青川港三期码头昨日试运行，年吞吐能力八百万吨。"


def _story_and_next(last_line: str):
    return parse(
        "青川港三期码头试运行",
        "",
        LEAD,
        "",
        last_line,
        "",
        "枫林镇修缮老街",
        "",
        "本报讯（记者 齐悦）枫林镇老街修缮工程昨日完工。",
    )


@pytest.mark.parametrize(
    ("marker", "label"),
    [("（下转B3版右上）", "B3"), ("（下转第四版·国际新闻）", "4"), ("（下轉第3版 第二栏）", "3")],
)
def test_forward_marker_with_a_place_ends_the_story(marker, label):
    parsed = _story_and_next(f"首批集装箱船已靠泊，{marker}")
    assert [a.headline for a in parsed.articles] == ["青川港三期码头试运行", "枫林镇修缮老街"]
    first = parsed.articles[0]
    assert first.continued_on == label
    assert first.paragraphs[-1] == "首批集装箱船已靠泊，"


def test_a_marker_line_without_brackets_may_name_the_place_too():
    parsed = _story_and_next("首批集装箱船已靠泊，\n下转A2版左下")
    assert parsed.articles[0].continued_on == "A2"


def test_a_bare_number_with_a_place_is_no_marker():
    # 转 with a bare number is too weak to be a marker (a transfer, a bus), place or not.
    parsed = _story_and_next("旅客可在码头站换乘（转3左下）。")
    assert parsed.articles[0].continued_on is None
    assert parsed.articles[0].paragraphs[-1] == "旅客可在码头站换乘（转3左下）。"
