"""Papers of other regions and decades word the forward jump otherwise: 紧转 (``（紧转B2版）``),
续见 (``（续见第三版）``), 下接 (``（下接第2版）``), after 未完 (``（未完待续，转第3版）``), and to the
next page 接下版 / 续下页 (as 接下页 at the foot of a table that goes on overleaf). All end the
story (INPUT.md "Continuations").

见 alone (``（见第二版）``) also points a reader to another story (a cross-reference, a front-page
summary's pointer to the full story): it is a jump only where a story is cut off, at the end of
its line right after an unfinished sentence (``…靠泊，（见第二版）``); after a finished sentence
or inside one it is text, and 详见 / 参见 never jump."""

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
    [
        ("（紧转B2版）", "B2"),
        ("（续见第三版）", "3"),
        ("（下接第2版）", "2"),
        ("（未完待续，转第3版）", "3"),
        ("（见第二版）", "2"),
    ],
)
def test_forward_marker_with_a_lead_word_ends_the_story(marker, label):
    parsed = _story_and_next(f"首批集装箱船已靠泊，{marker}")
    assert [a.headline for a in parsed.articles] == ["青川港三期码头试运行", "枫林镇修缮老街"]
    first = parsed.articles[0]
    assert first.continued_on == label
    assert first.paragraphs == (LEAD, "首批集装箱船已靠泊，")


@pytest.mark.parametrize("marker", ["（接下版）", "（续下页）", "（续见下版）"])
def test_a_marker_to_the_next_page_worded_so_ends_the_story(marker):
    parsed = _story_and_next(f"首批集装箱船已靠泊，{marker}")
    assert [a.headline for a in parsed.articles] == ["青川港三期码头试运行", "枫林镇修缮老街"]
    [forward] = parsed.articles[0].markers
    assert (forward.direction, forward.relative) == ("forward", 1)


@pytest.mark.parametrize(
    "line",
    [
        "首批集装箱船已靠泊。（见第二版）",  # after a finished sentence: a cross-reference
        "本报昨日报道的新航线（见第二版）已开通。",  # inside a sentence
    ],
)
def test_a_cross_reference_is_no_jump(line):
    parsed = _story_and_next(line)
    first = parsed.articles[0]
    assert first.markers == ()
    assert first.paragraphs == (LEAD, line)
    assert parsed.articles[1].headline == "枫林镇修缮老街"


def test_a_pointer_worded_xiangjian_is_no_jump():
    # 详见 points to another story, never to a part of this one.
    first = _story_and_next("首批集装箱船已靠泊，（详见第二版）").articles[0]
    assert first.markers == ()
    assert first.continued_on is None
