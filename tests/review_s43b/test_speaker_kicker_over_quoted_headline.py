"""A speaker's 引题 ending ``说：`` over a quoted 主题 that ends with an exclamation
(``返乡创业青年李明说：`` / ``“家乡的明天一定会更好！”``) over a story opened by its own
dateline is read as two lines of the story above; the new story loses its whole deck.

Rule: leadins.py ``speech_lead_in`` (today's "a speech lead-in line ending 说：/强调： stays in
the text") treats the line as a lead-in whenever the next line is not heading-like, and a quote
ending ``！”`` is not; the same deck with a quote without ``！`` (``“能为乡亲们办点实事，我心里
踏实”``) is read right. A lead-in is text only when text follows it: here the quote is followed
by ``本报讯（记者 …）``, a new story's dateline. INPUT.md "Headlines": 引题 (kicker) / 主题; a kicker
often ends with ``：``; "Bylines, datelines": ``本报讯（记者…）`` opens a story.
"""

from tests.parsing.helpers import parse


def test_speaker_kicker_over_quoted_exclamation_headline():
    parsed = parse(
        "城东新建三座口袋公园",
        "本报讯（记者 唐林）昨天，城东区新建的三座口袋公园正式开放。",
        "",
        "返乡创业青年李明说：",
        "“家乡的明天一定会更好！”",
        "本报讯（记者 陆文）从城里回到青石村，李明办起了果蔬合作社，带动四十多户村民增收。",
    )
    first, second = parsed.articles
    assert "".join(block.text for block in first.blocks) == (
        "本报讯（记者 唐林）昨天，城东区新建的三座口袋公园正式开放。"
    )
    assert second.kicker == "返乡创业青年李明说："
    assert second.headline == "“家乡的明天一定会更好！”"
