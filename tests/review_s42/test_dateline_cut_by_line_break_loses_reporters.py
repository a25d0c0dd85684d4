"""A dateline cut by a column or OCR line break (``新华社北京6月`` / ``13日电（记者王刚）…``, or
``本报北京6月13日电`` / ``（记者王刚）…``) loses its reporters; the first case also makes the half
dateline the story's subheadline.

INPUT.md: text cut into short lines (PDF text layers, OCR, narrow columns) is cut mid-word and
mid-sentence and must be joined; ``本报北京4月29日电  （记者彭波）`` is a dateline with its
reporter. Cut between its two halves, the dateline is still the dateline: today ``本报讯（记者`` /
``王刚）…`` is joined and credited, but a cut inside the date or before the bracket is not, and
the story's reporter is lost (and ``新华社北京6月`` is printed as a 副题).
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(
    strict=True, reason="dateline split over two lines: reporters lost / half is subhead"
)
@pytest.mark.parametrize(
    "first, second",
    [
        ("新华社北京6月", "13日电（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。"),
        ("本报北京6月13日电", "（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。"),
    ],
)
def test_a_dateline_cut_by_a_line_break_keeps_its_reporter(first, second):
    parsed = parse(
        "城东新建三座口袋公园",
        first,
        second,
        "每座公园都配有健身器材和儿童游乐设施，周边居民纷纷前来锻炼。",
    )
    [story] = parsed.articles
    assert (story.headline, story.subheadline) == ("城东新建三座口袋公园", "")
    assert story.reporters == ("王刚",)
