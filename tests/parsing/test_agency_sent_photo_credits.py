"""An agency that sent a picture (``新华社发``), with its photographer in brackets or not, is a
photo's credit: the photographer it names is credited, the agency stays in the credit line.

INPUT.md ("Bylines, datelines, credits"): photo credits such as ``新华社记者 孙连生摄`` and
``新华社发``; the caption is the paragraph before the credit, and credits also stand at the end
of the caption itself.
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "城东新建三座口袋公园",
    "",
    "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
    "",
]
CAPTION = "游客在西湖边赏荷。"


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("新华社发（孙　立　摄）", ("孙立",)),
        ("中新社发（孙立 摄影）", ("孙立",)),
        ("新华社发（孙立 何亮 摄）", ("孙立", "何亮")),
    ],
)
def test_an_agency_credit_line_credits_the_photographer_it_names(credit, photographers):
    parsed = parse(*STORY, CAPTION, credit)
    [photo] = parsed.photos
    assert photo.credit_line == credit
    assert photo.photographers == photographers


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("新华社发（孙立 摄）", ("孙立",)),
        ("中新社发（孙立摄）", ("孙立",)),
        ("（新华社发）", ()),
        ("（中新社发）", ()),
    ],
)
def test_an_agency_credit_at_the_captions_end_makes_a_photo(credit, photographers):
    parsed = parse(*STORY, f"{CAPTION}{credit}")
    [story] = parsed.articles
    assert len(story.paragraphs) == 1
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == photographers
