"""A 1950s overseas Chinese daily's front page (INPUT.md, "Encoding and layout": mastheads carry
prices; "Bylines, datelines, credits": a caption's credit in brackets at its end): the
masthead's line of address, a small town's three-figure telephone and the price in the local
money is furniture, never the lead's kicker; a picture credited to the paper's photo department
(``（本報攝影部攝）``) is a photo, not a story."""

from tests.parsing.helpers import decks, parse

TOP = (
    "南洲日報",
    "社址：坤甸大街十號　電話：三四五　零售每份印尼盾一盾",
    "",
    "慶祝建埠一百週年",
    "坤甸全市張燈結綵",
    "華僑社團參加遊行者逾二千人",
    "",
    "【本報坤甸十七日訊】今日為本埠建埠一百週年紀念日，全市張燈結綵，華僑社團參加遊行者逾二千人。",
    "",
    "華僑總會遊行隊伍經過大街。（本報攝影部攝）",
)


def test_the_mastheads_address_phone_and_price_line_is_not_the_leads_kicker():
    parsed = parse(*TOP)
    assert decks(parsed) == [("慶祝建埠一百週年", "坤甸全市張燈結綵", "華僑社團參加遊行者逾二千人")]


def test_a_picture_credited_to_the_papers_photo_department_is_a_photo():
    parsed = parse(*TOP)
    assert len(parsed.articles) == 1
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("華僑總會遊行隊伍經過大街。", "（本報攝影部攝）")
    ]
