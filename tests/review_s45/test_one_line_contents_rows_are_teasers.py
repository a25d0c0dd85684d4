"""A front page's contents box (``今日导读``) whose rows give page and title on one line
(``A3 城东新开一条公交线``, ``城东新开一条公交线……A3``, ``城东新开一条公交线（A3）``,
``第3版 城东新开一条公交线``) makes no teasers: the rows are left unplaced, so the front page
links to nothing inside.

INPUT.md ("Teasers"): front-page pointers to inner pages are not articles; they link to the
article on the target page. The two-line forms (title over ``（第三版）``, ``■A3 栏目`` over the
title) already make teasers (tests/parsing/test_round9_teasers.py). Invented titles.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("rows", "labels"),
    [
        (("A3 城东新开一条公交线", "A5 岚江湿地公园扩建"), ["A3", "A5"]),
        (("城东新开一条公交线……A3", "岚江湿地公园扩建……A5"), ["A3", "A5"]),
        (("城东新开一条公交线（A3）", "岚江湿地公园扩建（A5）"), ["A3", "A5"]),
        (("第3版 城东新开一条公交线", "第5版 岚江湿地公园扩建"), ["3", "5"]),
    ],
)
@pytest.mark.parametrize("box_first", [True, False])
def test_one_line_contents_rows_are_teasers(rows, labels, box_first):
    box = ("今日导读", "", *rows, "")
    story = (
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
    )
    parsed = parse(*(box + story if box_first else story + box))
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动"]
    assert [("".join(t.title_lines), t.target_label) for t in parsed.teasers] == [
        ("城东新开一条公交线", labels[0]),
        ("岚江湿地公园扩建", labels[1]),
    ]
