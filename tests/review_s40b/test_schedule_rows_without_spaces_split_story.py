"""A schedule after a ``如下：`` lead-in whose rows print no space is read as a new story's deck.

INPUT.md ("Headlines"): lead-in lines ending in ``如下：`` are no new article, and "over-splitting
a page is as wrong as missing a story". README (Importing): rows of data between a story's
paragraphs "are that story's text, never a deck ... when the paragraph above announces them
(ends with ``：``)". A notice's schedule is commonly printed with the weekday in brackets and
no space (``7月10日（周五）城东片区``): datarows.data_row wants two cells parted by spaces, so
these rows are no rows; the three dates become kicker/headline/subheadline of a new untitled-
looking story and the notice's closing sentence (``请相关用户提前做好储水准备。``) leaves the
notice.

Steps: parse a page with a 停水通知 whose lead-in ends ``具体安排如下：`` followed by three
dated rows without spaces, a closing sentence, then a second story.
"""

from tests.parsing.helpers import parse


def test_a_schedule_after_a_lead_in_stays_in_its_notice():
    parsed = parse(
        "部分区域周末停水",
        "",
        "本报讯 因供水管网改造，我市部分区域将临时停水，具体安排如下：",
        "7月10日（周五）城东片区",
        "7月11日（周六）城西片区",
        "7月12日（周日）城南片区",
        "",
        "请相关用户提前做好储水准备。",
        "",
        "城东新建三座口袋公园",
        "",
        "本报讯 城东新建的三座口袋公园昨天向市民开放。",
    )
    headlines = [a.headline for a in parsed.articles]
    assert headlines == ["部分区域周末停水", "城东新建三座口袋公园"], headlines
    notice = "\n".join(b.text for b in parsed.articles[0].blocks)
    assert "7月11日（周六）城西片区" in notice
    assert "请相关用户提前做好储水准备。" in notice
