"""``新华社发（钱立 摄）`` under a photo credits nobody; glued to its caption it is no credit at all.

INPUT.md ("Bylines, datelines, credits"): photo credits such as ``新华社记者 孙连生摄`` and
``新华社发``, "the caption is the paragraph before the credit", and credits also stand "at the
end of the caption itself" (``（林嘉文攝）``). Agency pictures by a named photographer are printed
``新华社发（钱立 摄）`` (or ``（新华社发）`` alone). On a line of its own that credit makes a photo
whose photographers are empty, so 钱立 is not credited and gets no page among 记者与摄影; at the
end of the caption neither form is read: the caption and credit stay a paragraph of the story
and the page has no photo at all.

Steps: parse a story followed by a caption line ending in, or followed by, the credit.
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "城东新建三座口袋公园",
    "",
    "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
    "",
]


def test_an_agency_credit_line_credits_its_photographer():
    parsed = parse(*STORY, "市民在东园内锻炼。", "新华社发（钱立 摄）")
    [photo] = parsed.photos
    assert photo.caption == "市民在东园内锻炼。"
    assert photo.photographers == ("钱立",)


@pytest.mark.parametrize("credit", ["新华社发（钱立 摄）", "（新华社发）"])
def test_an_agency_credit_ending_the_caption_makes_a_photo(credit):
    parsed = parse(*STORY, f"市民在东园内锻炼。{credit}")
    [story] = parsed.articles
    assert [b.text for b in story.blocks][-1].startswith("本报讯"), story.blocks
    [photo] = parsed.photos
    assert photo.caption == "市民在东园内锻炼。"
