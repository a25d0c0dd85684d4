"""A bracketed closing credit (``（记者 马力）``, ``（通讯员 方圆）``) whose reporter's name is also a
dictionary word or a name jieba cuts differently (马力 "horsepower", 方圆 "vicinity", 马建国)
is not read as a credit: it becomes the next story's 主题 and the real headline is pushed to
its 副题; the reporter is not credited.

The same line with ``王刚`` or ``张建华`` closes the story and credits the reporter, and the same
names in an opening ``本报讯（记者 马力）`` are credited, so the closing-credit reading checks
the name more strictly than the byline does. INPUT.md, "Bylines, datelines, credits": credits at
the end of a story belong to the story before them, not to the headline after them.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("credit", "name"),
    [("（记者 马力）", "马力"), ("（记者 方圆）", "方圆"), ("（通讯员 马建国）", "马建国")],
)
def test_closing_credit_stays_with_its_story(credit, name):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施。",
        credit,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者赵明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    first, second = parsed.articles
    assert second.title_lines == ("市区新增公交线路两条",)
    assert first.reporters == (name,)
