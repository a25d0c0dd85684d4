"""A one-line headline over a short story that opens without a dateline (``据岚城晚报报道，…``,
``记者从市交通局获悉，…``, or straight into the news), printed after a story that opened with
``本报讯（记者 …）``, is made a crosshead of the story before: the second story is merged into
the first and lost to the desk.

INPUT.md ("Headlines"): a one-line headline before a story that opens without a dateline is
still a new story, not a crosshead of the story before; decks are assigned by what they say (the
headline's words 城东/公交 are in the text under it, none in the story above). Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "opening",
    [
        "据岚城晚报报道，城东公交二十八路昨日开通，线路全长十二公里。",
        "记者从市交通局获悉，城东公交二十八路昨日开通。",
        "城东公交二十八路昨日开通，线路全长十二公里。",
    ],
)
def test_one_line_headline_over_undated_story_is_a_new_story(opening):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
        "城东新开一条公交线",
        "",
        opening,
        "",
        "沿线设站十八个。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", "城东新开一条公交线"]
    first, second = parsed.articles
    assert first.crossheads == ()
    assert len(first.paragraphs) == 2
    assert second.paragraphs == (opening, "沿线设站十八个。")
