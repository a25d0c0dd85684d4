"""A forward jump marker that also says where on the target page the story goes on
(``（下转A2版左下）``, ``（下转第二版中栏）``) or under which page name (``（下转第2版·要闻）``) is
not read as a marker: the story's last paragraph, marker and all, becomes the next story's
headline, and the jump is lost.

Papers print the column or corner so a reader finds the rest quickly. INPUT.md ("Continuations"):
a forward marker always ends a text; the lines before it are body text, never a headline.
Invented stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("marker", "label"),
    [
        ("（下转A2版左下）", "A2"),
        ("（下转第二版中栏）", "2"),
        ("（下转第2版·要闻）", "2"),
    ],
)
def test_forward_marker_naming_a_place_on_the_page_ends_the_story(marker, label):
    parsed = parse(
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "",
        f"沿线设站十八个，{marker}",
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    )
    assert [a.headline for a in parsed.articles] == ["城东新开一条公交线", "岚城冬季植树启动"]
    first, second = parsed.articles
    assert first.continued_on == label
    assert first.paragraphs[-1].startswith("沿线设站十八个")
    assert second.subheadline == ""
