"""A backward jump marker may also say where the story began (``（上接B1版右下）``,
``（上接第一版·要闻）``), or be worded 承 / 上承 (``（承第1版）``, ``（上承第一版）``, ``（承上版）``):
still a marker that opens the continued part (INPUT.md "Continuations"). 承 alone with no page
(``（承上启下）``, an idiom) or a bare number stays text."""

import pytest

from tests.parsing.helpers import parse

TEXT = "首批集装箱船已靠泊，码头工人两班倒作业。"


@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("（上接B1版右下）", "B1"),
        ("（上接第一版·要闻）", "1"),
        ("(承第1版)", "1"),
        ("（上承第一版）", "1"),
    ],
)
def test_backward_marker_opens_the_continued_part(marker, label):
    parsed = parse(
        "青川港三期码头试运行",
        "",
        marker + TEXT,
        "",
        "枫林镇修缮老街",
        "",
        "本报讯 枫林镇老街修缮完工。",
    )
    assert [a.headline for a in parsed.articles] == ["青川港三期码头试运行", "枫林镇修缮老街"]
    part = parsed.articles[0]
    assert part.continued_from == label
    assert part.paragraphs == (TEXT,)
    assert part.kicker == ""


def test_backward_marker_with_a_place_glued_to_the_text():
    parsed = parse("（上接B1版右下）" + TEXT)
    [part] = parsed.articles
    assert part.continued_from == "B1"
    assert part.paragraphs == (TEXT,)


def test_a_marker_from_the_previous_page_worded_cheng():
    part = parse("（承上版）" + TEXT).articles[0]
    [backward] = part.markers
    assert (backward.direction, backward.relative) == ("backward", -1)
    assert part.paragraphs == (TEXT,)


@pytest.mark.parametrize("line", ["（承上启下）" + TEXT, "（承3）" + TEXT])
def test_cheng_without_a_page_is_text(line):
    part = parse("青川港三期码头试运行", "", line).articles[0]
    assert part.markers == ()
    assert part.paragraphs == (line,)
