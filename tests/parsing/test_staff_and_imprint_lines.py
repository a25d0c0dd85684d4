"""Review-chain staff lines (三审三校) and the imprint's address are page furniture (INPUT.md,
"Page furniture that is not a story"); a headline that only opens with the same words stays one."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

FIRST = "城东新建三座口袋公园"
FIRST_TEXT = "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。"
SECOND_TEXT = "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。"


def _page_with(line: str, headline: str = "市区新增公交线路两条"):
    return parse(FIRST, "", FIRST_TEXT, "", line, "", headline, "", SECOND_TEXT)


@pytest.mark.parametrize(
    "staff",
    ["初审：周  明　复审：钱立　终审：孙大伟", "值班副总编辑：孙大伟", "总值班：孙大伟"],
)
def test_a_review_chain_line_between_stories_is_staff(staff):
    parsed = _page_with(staff)
    assert decks(parsed) == [("", FIRST, ""), ("", "市区新增公交线路两条", "")]
    assert reasons(parsed)[staff] == "staff"


def test_a_headline_opening_with_a_review_stage_stays_a_headline():
    parsed = _page_with("", headline="一审：维持原判")
    assert decks(parsed)[-1] == ("", "一审：维持原判", "")


@pytest.mark.parametrize(
    "imprint", ["报社地址：东林市人民路1号", "社址：东林市人民路1号　总机：0513-85512345"]
)
def test_the_imprint_address_between_stories_is_masthead_matter(imprint):
    parsed = _page_with(imprint)
    assert decks(parsed) == [("", FIRST, ""), ("", "市区新增公交线路两条", "")]
    assert reasons(parsed)[imprint] == "masthead"


def test_a_headline_about_the_papers_new_address_stays_a_headline():
    parsed = _page_with("", headline="本报社址搬迁了")
    assert decks(parsed)[-1] == ("", "本报社址搬迁了", "")


@pytest.mark.parametrize(
    "imprint",
    ["社址：东林市解放街十八号", "社址：东林市新闻大厦　邮编：226001　电话：0513-85512345"],
)
def test_an_imprint_with_a_house_number_or_a_post_code_is_masthead_matter(imprint):
    parsed = _page_with(imprint)
    assert decks(parsed) == [("", FIRST, ""), ("", "市区新增公交线路两条", "")]
    assert reasons(parsed)[imprint] == "masthead"


@pytest.mark.parametrize("headline", ["社址：见证城市变迁", "社址：从人民路1号到世纪大道8号"])
def test_a_headline_opening_with_she_zhi_and_no_address_stays_a_headline(headline):
    parsed = _page_with("", headline=headline)
    assert decks(parsed)[-1] == ("", headline, "")
    assert headline not in reasons(parsed)
