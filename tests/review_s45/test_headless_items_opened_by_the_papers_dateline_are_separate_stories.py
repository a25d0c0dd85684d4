"""Short items printed without headlines, each opened by the paper's own dateline
(``本报岚城三月九日讯``, ``本报一九五六年三月十日讯``, ``本报岚城三月十日电``, ``本報岚城三日訊``),
are merged into one story: the second item's dateline ends up inside the first item's text and
its news is lost to the desk.

Pages of the 1950s–70s and briefs columns of every decade run such items one after another.
INPUT.md ("Bylines, datelines, credits"): ``本报合肥18日电``, ``本报1984年12月30日讯`` and the like
open a story; headless bulleted items so opened are already one story each
(tests/parsing/test_bulleted_headless_briefs.py), and agency items (``新华社岚城十日电``) already
split. Invented places.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "dateline",
    ["本报岚城12月3日讯", "本报一九五六年三月十日讯", "本报岚城三月十日电", "本報岚城三日訊"],
)
@pytest.mark.parametrize("indented", [False, True])
def test_headless_items_opened_by_the_papers_dateline_are_separate_stories(dateline, indented):
    if indented:
        lines = (
            "　　本报岚城三月九日讯　岚城第一座水电站昨日开工建设，工人们干劲十足。",
            "　　水电站装机容量五千千瓦。",
            f"　　{dateline}　岚城农业合作社今春扩大播种面积一千亩。",
            "　　社员们干劲十足。",
        )
    else:
        lines = (
            "本报岚城三月九日讯 岚城第一座水电站昨日开工建设，工人们干劲十足。",
            "",
            "水电站装机容量五千千瓦。",
            "",
            f"{dateline} 岚城农业合作社今春扩大播种面积一千亩。",
            "",
            "社员们干劲十足。",
        )
    parsed = parse(*lines)
    assert [a.dateline for a in parsed.articles] == ["本报岚城三月九日讯", dateline]
    assert [len(a.paragraphs) for a in parsed.articles] == [2, 2]
