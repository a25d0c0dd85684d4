"""A special correspondent's report (通訊) as a wartime paper prints it: the correspondent's
byline over the title between two of the same marks (``◇本報特派員　方遠之◇``), the place it
was written from in brackets as its dateline (``【昆明通訊】``). The byline is no kicker, and the
report's kind after the place is no column's name. Invented text.

INPUT.md ("Bylines, datelines, credits": the listed forms are a minimum; ``【本報坎培拉訊】``).
"""

from tests.parsing.helpers import decks, parse

REPORT = [
    "江城之畔的新學校",
    "——戰時學校訪問記",
    "",
    "【昆明通訊】自沿海學校內遷以來，江城兩岸陸續辦起了不少新學校。記者日前參觀其中一所由南京遷來的中學。",
    "校長說，他們在途中走了八個月，但是學生們一到昆明，不到一個月就上課了。",
    "",
    "川江輪船",
    "下月起恢復夜航",
    "【本報訊】川江輪船公司宣佈，下月起恢復夜航，每週三班。",
]


def test_the_bracketed_place_and_tongxun_is_the_reports_dateline():
    story = parse(*REPORT).articles[0]
    assert story.dateline == "昆明通訊"


def test_a_byline_framed_by_two_marks_over_the_title_is_the_byline():
    parsed = parse("◇本報特派員　方遠之◇", *REPORT)
    assert decks(parsed)[0][:2] == ("", "江城之畔的新學校")
    assert parsed.articles[0].reporters == ("方遠之",)


def test_a_label_framed_by_marks_over_the_title_names_no_reporter():
    parsed = parse("◇文藝副刊◇", *REPORT)
    assert parsed.articles[0].reporters == ()
