"""A speech lead-in inside a story over a short line with no sentence punctuation — a quoted
motto (``谈起这些年的变化，李明说：`` / ``“绿水青山就是金山银山”``) or enumerated points
(``村支书介绍：`` / ``一是扩大种植面积`` / ``二是打响果蔬品牌``) — still splits the story: the
lead-in becomes a new, dateline-less story's kicker and the quote or points its headline.

Rule: leadins.py ``speech_lead_in`` (today's "a speech lead-in line ending 说：/强调： stays in
the text") gives up whenever the next line is heading-like; but the lead-in here holds a comma
(a clause of a sentence, no kicker) or introduces ``一是…二是…`` points, and text without a
dateline goes on after it. INPUT.md "Headlines": lead-in lines and numbered heads inside a long
article are not new articles; "Over-splitting a page is as wrong as missing a story".
"""

from tests.parsing.helpers import parse

OPENING = (
    "青石村的果蔬致富路",
    "本报讯（记者 陆文）从城里回到青石村，李明办起了果蔬合作社，带动四十多户村民增收。",
    "",
)


def test_lead_in_with_comma_over_a_quoted_motto():
    parsed = parse(
        *OPENING,
        "谈起这些年的变化，李明说：",
        "“绿水青山就是金山银山”",
        "如今，村里的游客越来越多，农家乐也办起来了，村民的腰包越来越鼓。",
    )
    [article] = parsed.articles
    text = "".join(block.text for block in article.blocks)
    assert "“绿水青山就是金山银山”" in text
    assert text.endswith("村民的腰包越来越鼓。")


def test_lead_in_over_enumerated_points():
    parsed = parse(
        *OPENING,
        "村支书介绍：",
        "一是扩大种植面积",
        "二是打响果蔬品牌",
        "今年，合作社计划新建大棚二十座，并开通网上销售渠道。",
    )
    [article] = parsed.articles
    assert article.headline == "青石村的果蔬致富路"
    assert "开通网上销售渠道。" in "".join(block.text for block in article.blocks)
