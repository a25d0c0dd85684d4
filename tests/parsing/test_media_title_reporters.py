"""A media centre's title before the role (融媒体记者, 全媒体见习记者) is a title, not a name.

INPUT.md ("Bylines, datelines, credits"): bylines such as ``本报讯（记者金帅）`` name the story's
reporters; county and city papers print their reporters' title as 融媒体/全媒体/新媒体 before the
role, and the role itself may carry 见习/实习/特约/首席.
"""

import pytest

from tests.parsing.helpers import only_article, parse

BODY = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"


@pytest.mark.parametrize(
    "credit",
    ["县融媒体记者 孙丽", "全媒体见习记者 孙丽", "新媒体首席记者 孙丽", "融媒体记者孙丽"],
)
def test_a_media_title_in_the_dateline_brackets_credits_only_the_person(credit):
    story = only_article("城东新建三座口袋公园", "", f"本报讯（{credit}）{BODY}")
    assert story.dateline == "本报讯"
    assert story.reporters == ("孙丽",)


@pytest.mark.parametrize(
    "line",
    ["本报全媒体记者  孙  丽  通讯员  何  亮", "融媒体实习记者 孙丽", "本报融媒体首席记者 孙丽"],
)
def test_a_byline_line_with_a_media_or_trainee_title_is_the_byline(line):
    story = only_article("城东新建三座口袋公园", line, "", BODY)
    assert story.title_lines == ("城东新建三座口袋公园",)
    assert story.subheadline == ""
    assert story.reporters[0] == "孙丽"


@pytest.mark.parametrize(
    "credit", ["融媒体记者 孙丽 摄", "本报全媒体记者 孙  丽 摄", "（融媒体记者 孙丽 摄）"]
)
def test_a_photo_credit_with_a_media_title_credits_the_photographer(credit):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        f"本报讯（记者王刚）{BODY}",
        "",
        "5月3日，市民在东园内锻炼。",
        credit,
    )
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == ("5月3日，市民在东园内锻炼。", credit)
    assert photo.photographers == ("孙丽",)


@pytest.mark.parametrize(
    "credit", ["融媒记者 孙丽", "本报全媒记者孙丽", "新媒见习记者 孙丽", "县融媒首席记者 孙丽"]
)
def test_a_short_media_title_in_the_dateline_credits_only_the_person(credit):
    story = only_article("城东新建三座口袋公园", "", f"本报讯（{credit}）{BODY}")
    assert story.reporters == ("孙丽",)


@pytest.mark.parametrize("line", ["本报融媒记者  孙  丽  通讯员  何  亮", "全媒实习记者 孙丽"])
def test_a_byline_line_with_a_short_media_title_is_the_byline(line):
    story = only_article("城东新建三座口袋公园", line, "", BODY)
    assert story.title_lines == ("城东新建三座口袋公园",)
    assert story.reporters[0] == "孙丽"
