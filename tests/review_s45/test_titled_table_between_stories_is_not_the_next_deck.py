"""A small table printed between two stories under its own title (``岚城各区植树任务表`` over rows of
cells separated by runs of spaces, ending with a ``合计`` row) is read as the next story's decks:
the table title as kicker, all its rows glued into one headline, the real headline pushed down to
subheadline.

Papers print such tables beside the story they illustrate. INPUT.md ("Headlines"): decks are
short lines without figures in columns; table rows are no headline. The table belongs to the
story before it (its words 植树 are that story's) or is set aside; it is never the next story's
headline. Invented figures. The same rows without a title are already kept out of the decks.
"""

import pytest

from tests.parsing.helpers import parse

ROWS = (
    "区名    任务（株）    完成（株）",
    "城东区    3000    1200",
    "城西区    2500    900",
    "合计    5500    2100",
)


@pytest.mark.parametrize(
    "title", ["岚城各区植树任务表", "表：各区植树进度", "各区植树进度（单位：株）"]
)
def test_titled_table_between_stories_is_not_the_next_deck(title):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
        title,
        "",
        *ROWS,
        "",
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    assert [(a.kicker, a.headline, a.subheadline) for a in parsed.articles] == [
        ("", "岚城冬季植树启动", ""),
        ("", "城东新开一条公交线", ""),
    ]
