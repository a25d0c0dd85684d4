"""Items numbered ``一、`` / ``二、`` after a lead-in, set right over the next story's headline,
become that story's 引题 and headline.

Today's change parts rows of one cell after a lead-in (``具体安排如下：`` then ``7月10日（周五）
城东片区``, or an item ``一、城东片区``: ``articles/parsing/datarows.py``, ``PageRows.cells``,
``_item_row``) from the next story's deck glued under them (``rows_over_deck``). With items
numbered in Arabic figures (``1.城东街道办事处``) the list stays in its story; numbered in Chinese
(``一、城东街道办事处``), the commoner form in a notice, the two items are read as the next story's
kicker and headline, its real headline is pushed to the subheadline, and the notice ends on its
lead-in ``报名地点如下：`` with nothing after it.

Steps: parse a story ending ``报名地点如下：``, two items ``一、…`` / ``二、…``, then the next story's
headline and ``本报讯`` with no blank line between.
"""

from tests.parsing.helpers import decks, parse

LEAD = (
    "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
    "报名地点如下："
)


def test_items_numbered_in_chinese_stay_in_their_notice():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        LEAD,
        "一、城东街道办事处",
        "二、城西街道办事处",
        "市区新增公交线路两条",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
    assert parsed.articles[0].paragraphs[-2:] == ("一、城东街道办事处", "二、城西街道办事处")
