"""A tour's itinerary: its day heads (``D1　…``, ``第二天``) are section heads of the one tour's
story, the first under the tour's title included, never headlines of stories of their own; its
price and date lines (``团费：…``, ``出团日期：…``) are its text, each a line of its own, not a
new story's deck (INPUT.md, "Headlines")."""

from tests.parsing.helpers import parse

TOUR = (
    "第6版　　　　江南旅游周刊　　　　线路",
    "",
    "精选线路",
    "",
    "黄山三日游",
    "",
    "D1　省城—黄山",
    "早上乘大巴前往黄山，午后游宏村，晚宿山下。",
    "",
    "D2　黄山风景区",
    "乘索道上山，游光明顶、西海大峡谷，晚宿山顶。",
    "",
    "D3　黄山—省城",
    "清晨看日出，午后下山返回省城。",
    "",
    "团费：980元/人（含车费、两晚住宿、门票）",
    "出团日期：10月1日、8日",
)


def test_day_heads_are_the_tours_section_heads():
    parsed = parse(*TOUR)
    (tour,) = parsed.articles
    assert tour.headline == "黄山三日游"
    assert tour.subheadline == ""
    assert tour.crossheads == ("D1　省城—黄山", "D2　黄山风景区", "D3　黄山—省城")
    assert tour.blocks[0].text == "D1　省城—黄山"


def test_price_and_date_lines_are_the_tours_text_each_its_own():
    tour = parse(*TOUR).articles[0]
    assert tour.paragraphs[-2:] == (
        "团费：980元/人（含车费、两晚住宿、门票）",
        "出团日期：10月1日、8日",
    )


def test_one_day_head_under_a_title_without_more_days_stays_in_the_deck():
    """Only a story holding another day head takes the first from its deck."""
    parsed = parse(
        "黄山三日游",
        "",
        "D1　省城—黄山",
        "早上乘大巴前往黄山，午后游宏村，晚宿山下。",
    )
    assert parsed.articles[0].blocks[0].kind == "paragraph"
