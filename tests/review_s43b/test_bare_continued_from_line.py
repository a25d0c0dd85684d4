"""A backward marker printed bare with 续 (``续第一版`` alone on its line) becomes a new story's
headline instead of a marker.

Rule: markers.py ``_BARE_LINE_RE`` (today's bare jump-marker lines) takes 上接/紧接/接 but not 续,
though the bracketed form ``（续第一版）`` is read as a backward marker (``_VERBS`` folds 续 as a
backward verb). INPUT.md "Continuations (jumps)": a backward marker may stand on its own line.
"""

import pytest

from articles.parsing import find_markers
from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="bare 续第一版 line is not a marker (markers._BARE_LINE_RE)")
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
