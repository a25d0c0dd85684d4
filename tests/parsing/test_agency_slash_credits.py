"""A picture credited to an agency where a credit names who took it (``新华社/摄``,
``Getty Images/摄``, ``路透社/摄``, ``视觉中国/摄``) is a photo credited to no person: glued to its
caption after a gap, or on the line under it. It was glued into the next paragraph (``…Getty
Images/摄球迷在场外…``), set aside as a title with no story, or credited ``路透社`` as a person."""

import pytest

from articles.parsing import parse_page
from articles.parsing.creditpeople import credit_photographers

HEAD = (
    "世界杯今晚开幕\n\n本报讯（记者 王小明）第二十三届世界杯足球赛今晚在卡塔尔开幕，"
    "三十二支球队将在二十九天里争夺冠军。\n\n揭幕战由东道主迎战厄瓜多尔。\n\n"
)
TAIL = "\n\n球迷在场外等待入场，现场气氛热烈。\n"


@pytest.mark.parametrize(
    "credit", ["Getty Images/摄", "新华社/摄", "路透社/摄", "视觉中国/摄", "AFP/摄", "中新社 摄"]
)
@pytest.mark.parametrize("gap", [" ", "\n"], ids=["beside", "under"])
def test_an_agencys_credit_makes_a_photo_credited_to_nobody(credit, gap):
    page = parse_page(HEAD + "开幕式现场。" + gap + credit + TAIL)
    [photo] = page.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == ("开幕式现场。", credit, ())
    paragraphs = [block.text for block in page.articles[0].blocks]
    assert paragraphs[-1] == "球迷在场外等待入场，现场气氛热烈。"
    assert not page.set_aside


@pytest.mark.parametrize(
    ("credit", "who"),
    [
        ("路透社/摄", ()),
        ("Getty Images/摄", ()),
        ("Reuters/摄", ()),
        ("Tom Smith/摄", ("Tom Smith",)),  # a person in letters still is one
        ("本报记者 李华 摄", ("李华",)),
    ],
)
def test_an_agency_before_the_slash_is_no_photographer(credit, who):
    assert credit_photographers(credit) == who
