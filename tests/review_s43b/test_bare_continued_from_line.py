"""A backward marker printed bare with 续 (``续第一版`` alone on its line) becomes a new story's
headline instead of a marker.

Rule: markers.py ``_BARE_LINE_RE`` (today's bare jump-marker lines) takes 上接/紧接/接 but not 续,
though the bracketed form ``（续第一版）`` is read as a backward marker (``_VERBS`` folds 续 as a
backward verb); nor a bare line with a lead ``——``, a closing ``。`` or a trailing ``▲``
(``——下转第二版``, ``下转第二版。``, ``上接第一版▲``). INPUT.md "Continuations (jumps)": a
marker may stand on its own line.
"""

import pytest

from articles.parsing import find_markers
from tests.parsing.helpers import parse


def test_bare_continued_from_line_is_a_marker():
    [(_, _, marker)] = find_markers("续第一版")
    assert (marker.direction, marker.label) == ("backward", "1")
    parsed = parse(
        "续第一版",
        "经过激烈角逐，城南队获得冠军，城北队和城西队分获二、三名。",
    )
    [article] = parsed.articles
    assert article.headline == ""
    assert article.continued_from == "1"


@pytest.mark.parametrize(
    ("line", "direction", "label"),
    [
        ("——下转第二版", "forward", "2"),
        ("下转第二版。", "forward", "2"),
        ("上接第一版▲", "backward", "1"),
    ],
)
def test_bare_marker_line_with_a_dash_or_a_stop(line, direction, label):
    """The same whole-line markers with a lead dash, a full stop or a trailing triangle (the
    bracketed forms take sentence punctuation after them: ``_LINE_END_RE``)."""
    [(_, _, marker)] = find_markers(line)
    assert (marker.direction, marker.label) == (direction, label)
