"""A price list or a short paragraph quoting a 零售价 is set aside as a masthead: text lost.

README (Importing): rows of data between a story's paragraphs (a price list ``青菜 2.5元/斤``)
"are that story's text, never a deck nor a weather box, when the paragraph above announces them
(ends with ``：``)"; INPUT.md: a masthead carries a price (``零售价1.00元``), and "None of it is a
headline" — but a market story's own prices are no masthead. Today's change narrowed MASTHEAD_RE
to ``零售价`` followed by a price (``零售价1.00元``), which is exactly how a market story prints its
prices: rows ``猪肉 零售价26元/斤`` after ``具体如下：`` and a short paragraph
``目前，鸡蛋零售价5.2元/斤，比上周下降0.3元。`` are set aside as ``masthead`` anywhere on the page.
The published story loses its price list and a whole paragraph, without a flag.

Steps: parse a market story announcing ``具体如下：`` with three 零售价 rows and a closing
sentence; and a story with a short paragraph quoting a 零售价.
"""

from tests.parsing.helpers import parse


def _text(parsed) -> str:
    return "\n".join(b.text for a in parsed.articles for b in a.blocks)


def test_a_retail_price_list_after_a_lead_in_stays_in_its_story():
    parsed = parse(
        "本周副食品价格平稳",
        "",
        "本报讯 据市物价部门监测，本周我市主要副食品价格平稳，具体如下：",
        "猪肉 零售价26元/斤",
        "鸡蛋 零售价5.2元/斤",
        "大米 零售价2.8元/斤",
        "",
        "市物价部门将继续加强监测。",
    )
    assert "鸡蛋 零售价5.2元/斤" in _text(parsed)
    assert not parsed.set_aside, [(s.reason, s.text) for s in parsed.set_aside]


def test_a_short_paragraph_quoting_a_retail_price_stays_in_its_story():
    parsed = parse(
        "鸡蛋价格小幅回落",
        "",
        "本报讯 据市物价部门监测，本周我市鸡蛋价格小幅回落。",
        "",
        "目前，鸡蛋零售价5.2元/斤，比上周下降0.3元。",
        "",
        "市物价部门将继续加强监测。",
    )
    assert "目前，鸡蛋零售价5.2元/斤，比上周下降0.3元。" in _text(parsed)
