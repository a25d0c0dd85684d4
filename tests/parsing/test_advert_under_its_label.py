"""An advert under the paper's ``广告`` label (``【广告】``, ``广  告``): the shop's lines down to
the one saying how to reach it (its address, telephone or a mobile number) are set aside as
``advert``, never a story. ``广告`` over a story's headline and dateline, with no contact line
under it, is no advert. INPUT.md ("Page furniture that is not a story"). Invented shops and
people."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

FIRST = (
    "城东新开一条公交线",
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    "沿线设站十八个，首班车早上六点发车。",
)
NEXT = ("青川图书馆延长开放时间", "本报讯（记者 李敏）青川图书馆从下月起每天开放到晚上九点。")


@pytest.mark.parametrize(
    "advert",
    [
        ("【广告】", "青川眼镜店", "配镜一律七折", "预约：13912345678"),
        ("广  告", "", "东湖茶楼  早茶夜宵", "订餐电话：0571-66661234", ""),
    ],
)
def test_advert_under_its_label_is_set_aside(advert):
    parsed = parse(*FIRST, *advert, *NEXT)
    assert decks(parsed) == [("", FIRST[0], ""), ("", NEXT[0], "")]
    assert parsed.articles[0].paragraphs == FIRST[1:]
    for line in filter(None, advert):
        assert reasons(parsed)[line] == "advert"


def test_advert_label_over_a_story_about_adverts_is_no_advert():
    parsed = parse(
        *FIRST,
        "广告",
        "违法户外广告被集中清理",
        "本报讯（记者 李敏）城管部门昨日清理违法广告牌三十余块。",
    )
    assert "advert" not in reasons(parsed).values()
    assert parsed.articles[-1].headline == "违法户外广告被集中清理"
