"""A continuation marker printed without round or square brackets as the whole of its line
(``上接第二版``, ``〈下转第三版〉``, ``◆接第2版``) is a marker; prose opening with the same words is
not (INPUT.md "Continuations (jumps)": a marker may stand on its own line)."""

import pytest

from articles.parsing import find_markers
from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("line", "direction", "label"),
    [
        ("上接第二版", "backward", "2"),
        ("《上接第三版》", "backward", "3"),
        ("◆接第2版", "backward", "2"),
        ("〈下转第三版〉", "forward", "3"),
        ("下轉B4版", "forward", "B4"),
        ("■转第5版", "forward", "5"),
        ("续第四版", "backward", "4"),
        ("——下转第六版", "forward", "6"),
        ("上接第二版。", "backward", "2"),
        ("下转第三版▼", "forward", "3"),
    ],
)
def test_a_bare_marker_line_is_a_marker(line, direction, label):
    [(_, _, marker)] = find_markers(line)
    assert (marker.direction, marker.label, marker.text) == (direction, label, line)


@pytest.mark.parametrize(
    "line",
    [
        "上接第二版的报道，记者又走访了三个村。",
        "下转第三版面设计",
        "转第5",
        "紧接着第二版",
        "接二版",
        "续写第一版的辉煌",
        "续一版",
        "——下转第三版，详见报道",
        "上接第二版。。",
    ],
)
def test_prose_or_a_half_marker_is_none(line):
    assert find_markers(line) == []


def test_bare_backward_marker_under_a_repeated_headline():
    parsed = parse(
        "山区公路通到家门口",
        "",
        "〈上接第二版〉",
        "去年以来，县里新修通村公路四十公里，沿线群众出行更加方便。",
    )
    [article] = parsed.articles
    assert article.title_lines == ("山区公路通到家门口",)
    assert article.continued_from == "2"
