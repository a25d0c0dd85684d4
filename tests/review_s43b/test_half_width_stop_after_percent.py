"""A short last paragraph ending with a figure and a half-width full stop (``…同比增长8%.``) is
read as the next story's headline.

Rule: patterns.py ``half_width_stop`` (today's "half-width '.' ends a sentence after Han") only
counts ``.`` after a Han character or a closing quote; after ``%`` (or ``‰``, ``℃``) it is as
plainly a sentence's end. INPUT.md "Encoding and layout": a line that ends a sentence is not
joined to the next; "Headlines": decks are short lines *without* sentence punctuation.
"""

from tests.parsing.helpers import parse


def test_percent_then_half_width_stop_stays_in_its_story():
    parsed = parse(
        "消费市场回暖",
        "本报讯（记者 陆文）今年一季度，全市消费市场持续回暖。",
        "全市社会消费品零售总额同比增长8%.",
        "",
        "新能源车销量翻番",
        "本报讯（记者 唐林）一季度，全市新能源汽车销量同比翻番，占新车销量的四成。",
    )
    first, second = parsed.articles
    assert first.headline == "消费市场回暖"
    assert "同比增长8%." in "".join(block.text for block in first.blocks)
    assert second.headline == "新能源车销量翻番"
    assert second.kicker == ""
