"""A running head giving the page's label in round brackets beside its date (``青川晚报
2001年3月5日 (B2)``, ``1983.6.14 星期二 （第十二版）``) is the page's header, its date and label
the page's. Without a date, a title's bracketed number is its series' part (``城市记忆（4）``):
a headline. INPUT.md ("Encoding and layout"): a running head is furniture. Invented paper."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "城东新开一条公交线",
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    "沿线设站十八个，首班车早上六点发车。",
)


@pytest.mark.parametrize(
    ("head", "date", "label"),
    [
        ("青川晚报 2001年3月5日 (B2)", "2001-03-05", "B2"),
        ("1983.6.14 星期二 （第十二版）", "1983-06-14", "12"),
    ],
)
def test_running_head_with_bracketed_page_is_the_page_header(head, date, label):
    parsed = parse(head, *STORY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", STORY[0], "")
    assert reasons(parsed)[head] == "page-header"
    assert (parsed.metadata.date, parsed.metadata.label) == (date, label)


def test_series_title_with_its_part_in_brackets_is_a_headline():
    parsed = parse("城市记忆（4）", *STORY[1:])
    [article] = parsed.articles
    assert article.headline == "城市记忆（4）"
    assert parsed.metadata.label == ""
