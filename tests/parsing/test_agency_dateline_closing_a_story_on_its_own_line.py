"""An agency's dateline or tag in brackets alone on the line under a story's last sentence closes
that story (INPUT.md, "Bylines, datelines, credits": end-of-story datelines, bracketed or bare on
their own line, belong to the story before them, not to the headline after them; more dateline
forms: ``〔中央社台北電〕``, ``【路透社…电】``): ``（中央社台北7日電）`` is its dateline as
``（新华社北京4月29日电）`` is, and ``（中央社）``, ``（路透）``, ``(AP)`` alone on that line are its
dateline as the same tag glued to the sentence is (``…为时尚早。(路透)``). Before, the first was
read as the next story's dateline, which swallowed that story's headline, and the tags alone
gave none. Pages written for these tests."""

import pytest

from tests.parsing.helpers import parse

HEAD = "港区货柜量创同期新高"
TEXT = "港务局统计，今年一至四月港区货柜装卸量达一百二十万标准箱，比去年同期增加百分之八。"
NEXT_HEAD = "老街骑楼修缮完工"
NEXT_TEXT = "历时半年的老街骑楼修缮工程日前完工，二十多栋百年骑楼恢复了当年的模样。"


def _page(tag: str, gap: bool = False):
    return parse(HEAD, "", TEXT, *([""] if gap else []), tag, "", NEXT_HEAD, "", NEXT_TEXT)


@pytest.mark.parametrize(
    ("tag", "dateline"),
    [
        ("（中央社台北7日電）", "中央社台北7日電"),
        ("（中央社高雄电）", "中央社高雄电"),
        ("（美联社华盛顿12月22日电）", "美联社华盛顿12月22日电"),
        ("（路透社东京19日電）", "路透社东京19日電"),
        ("（中央社）", "中央社"),
        ("（路透）", "路透"),
        ("(AP)", "AP"),
    ],
)
def test_it_is_the_dateline_of_the_story_above(tag, dateline):
    parsed = _page(tag)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        (HEAD, dateline),
        (NEXT_HEAD, ""),
    ]
    assert parsed.articles[1].paragraphs == (NEXT_TEXT,)


def test_an_agency_dateline_in_brackets_over_its_text_still_opens_it():
    # glued to its text, or in 〔〕 alone on its line with the text right under it: an opening
    parsed = parse(
        HEAD, "", "〔中央社台北7日電〕" + TEXT, "", NEXT_HEAD, "〔中央社高雄電〕", NEXT_TEXT
    )
    assert [a.dateline for a in parsed.articles] == ["中央社台北7日電", "中央社高雄電"]
