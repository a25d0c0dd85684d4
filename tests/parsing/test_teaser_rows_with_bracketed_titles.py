"""Teaser rows whose title holds a bracket of its own before the page's bare number (a serial's
part, ``雾港旧事（十二）（5）``; an episode, ``连载·雾港旧事（第九集）（3）``): the last bracket is the
page, the title keeps its own; a box of such rows, behind a label or with a mark before each row
(``■``, ``◆``), is a teaser box, never set aside as a table of contents. Near misses: a box whose
other row names no page stays contents; such a line outside a box is no teaser. Invented papers
and titles."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = ("西港新修避风塘", "", "本报讯　西港新修的避风塘昨天完工，可停泊渔船三百艘。")


def _teasers(parsed):
    return [(t.title_lines, t.target_label) for t in parsed.teasers]


def test_a_serials_part_in_brackets_stays_in_the_title_the_last_bracket_is_the_page():
    parsed = parse("本期导读", "☆休渔期渔民学技术（2）", "☆海岛女民兵（十二）（5）", "", *STORY)
    assert _teasers(parsed) == [
        (("休渔期渔民学技术",), "2"),
        (("海岛女民兵（十二）",), "5"),
    ]
    assert [a.headline for a in parsed.articles] == ["西港新修避风塘"]


def test_an_episode_after_a_column_name_is_the_titles():
    parsed = parse("本期导读", "☆连载·雾港旧事（第九集）（3）", "☆七月渔汛早知道（4）", "", *STORY)
    assert _teasers(parsed) == [
        (("连载·雾港旧事（第九集）",), "3"),
        (("七月渔汛早知道",), "4"),
    ]


@pytest.mark.parametrize("mark", ["■", "◆"])
def test_a_marked_box_holding_such_a_row_is_a_teaser_box_not_contents(mark):
    parsed = parse(
        *STORY,
        "",
        "■本期要目■",
        f"{mark}连载·雾港旧事（第九集）（3）",
        f"{mark}休渔期渔民学技术（2）",
    )
    assert _teasers(parsed) == [
        (("连载·雾港旧事（第九集）",), "3"),
        (("休渔期渔民学技术",), "2"),
    ]
    assert "contents" not in reasons(parsed).values()
    assert [a.headline for a in parsed.articles] == ["西港新修避风塘"]


def test_near_miss_a_box_with_a_row_naming_no_page_stays_contents():
    parsed = parse("本期导读", "☆海岛女民兵（十二）（5）", "☆渔村新貌", "", *STORY)
    assert parsed.teasers == ()
    assert reasons(parsed)["☆海岛女民兵（十二）（5）"] == "contents"


def test_near_miss_such_a_line_outside_a_box_is_no_teaser():
    parsed = parse(
        *STORY, "", "海岛女民兵（十二）（5）", "", "　　那年春天，女民兵们第一次上岛站岗。"
    )
    assert parsed.teasers == ()
