"""A contents box without page pointers (``本期导读`` over ``1. …`` ``2. …``) on a page that sets
one paragraph a line with no blank lines is not set aside: its items become the first story's
kicker and headline, and that story's real headline its subheadline.

Rule: teasers.py ``contents_items`` (today's "contents boxes without page pointers set aside")
needs a blank line or the page's end after the last item; the first line that is no numbered
item should end the box instead. INPUT.md "Encoding and layout": pages may set one paragraph a
line with no blank lines between; "Page furniture": ``本期导读`` boxes are never an article.
"""

from tests.parsing.helpers import parse, reasons


def test_contents_box_ended_by_a_headline_is_set_aside():
    parsed = parse(
        "本期导读",
        "1. 城东新建三座口袋公园",
        "2. 首届龙舟赛城南队夺冠",
        "城东新建三座口袋公园",
        "　　本报讯（记者 陆文）昨天，城东区新建的三座口袋公园正式开放，周边居民散步有了好去处。",
        "　　据介绍，三座公园总面积一万平方米。",
    )
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == (
        "",
        "城东新建三座口袋公园",
        "",
    )
    set_aside = reasons(parsed)
    assert set_aside.get("1. 城东新建三座口袋公园") == "contents"
    assert set_aside.get("2. 首届龙舟赛城南队夺冠") == "contents"
