"""A backward jump marker that also names where the story began (``（上接A1版左上）``,
``（上接第1版·要闻）``) or is worded ``（承第一版）`` is not read as a marker: it is made the
continued part's kicker (or glued into its headline) and the part is not linked to the page it
came from.

INPUT.md ("Continuations"): backward markers in full- or half-width brackets, Chinese or Arabic
page numbers; the list is a minimum. Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("（上接A1版左上）", "A1"),
        ("（上接第1版·要闻）", "1"),
        ("（承第一版）", "1"),
    ],
)
def test_backward_marker_starts_a_continuation(marker, label):
    parsed = parse(
        marker,
        "城东新开一条公交线",
        "",
        "沿线设站十八个，首末班时间为六点至二十二点。",
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    )
    assert len(parsed.articles) == 2
    part = parsed.articles[0]
    assert part.continued_from == label
    assert marker not in "".join(part.title_lines)
    assert "沿线设站十八个，首末班时间为六点至二十二点。" in part.text
    assert parsed.articles[1].headline == "岚城冬季植树启动"
