"""Rows of dates after a lead-in, glued over a headline that opens with a date, swallow the whole
deck: the rows become the next story's kicker and headline.

Today's change parts rows after a lead-in from the next story's deck glued under them when the
deck's lines "open unlike the rows" (``articles/parsing/datarows.py``, ``rows_over_deck``). A
headline that opens with a date of its own (``7月12日起 市区新增公交线路``: a common form for a
change that takes effect on a day) opens like the rows ``7月10日 城东片区``, so nothing is parted:
the story is headlined ``7月11日 城西片区`` under a 引题 ``7月10日 城东片区``, its real headline
is its subheadline, and the notice loses its schedule.

Steps: parse a story ending ``报名地点如下：``, two rows ``7月10日 城东片区`` / ``7月11日 城西片区``,
then the headline ``7月12日起 市区新增公交线路`` and ``本报讯``, no blank line between.
"""

from tests.parsing.helpers import parse


def test_a_headline_opening_with_a_date_is_parted_from_the_rows_over_it():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，报名安排如下：",
        "7月10日 城东片区",
        "7月11日 城西片区",
        "7月12日起 市区新增公交线路",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert [a.headline for a in parsed.articles] == [
        "城东新建三座口袋公园",
        "7月12日起 市区新增公交线路",
    ]
    assert parsed.articles[0].paragraphs[-2:] == ("7月10日 城东片区", "7月11日 城西片区")
