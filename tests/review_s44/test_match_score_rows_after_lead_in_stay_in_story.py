"""Match results after a lead-in on its own line (``第十轮其他比赛结果：`` then ``东湾队 0∶0 南港队``)
are split off as a new story: the lead-in becomes its kicker, the first score its headline, the
second its subheadline, and the closing standings its text.

The same rows with ``:`` or ``比`` or full-width ``：`` stay in the story; ``∶`` (the ratio sign
that Chinese typesetting uses for scores, ``2∶1``) and ``-`` do not. Sports pages of every
decade print results so. INPUT.md ("Headlines"): lead-in lines ending in ``如下：`` are no new
article; over-splitting a page is as wrong as missing a story. Invented teams.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(("first", "second"), [("0∶0", "3∶2"), ("0-0", "3-2"), ("1∶1", "2∶0")])
def test_score_rows_after_a_lead_in_line_stay_in_the_story(first, second):
    rows = (f"东湾队 {first} 南港队", f"北岭队 {second} 西峡队")
    parsed = parse(
        "岚城队主场力克青川队",
        "本报讯（记者 马超）昨晚，岚城队在主场战胜青川队，继续领跑积分榜。",
        "第十轮其他比赛结果：",
        *rows,
        "积分榜前三名：岚城队25分，东湾队21分，北岭队19分。",
    )
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == (
        "",
        "岚城队主场力克青川队",
        "",
    )
    assert article.paragraphs[-1] == "积分榜前三名：岚城队25分，东湾队21分，北岭队19分。"
    text = article.text
    assert "第十轮其他比赛结果：" in text
    for row in rows:
        assert row in text
