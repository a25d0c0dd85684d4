"""An advert under its ``广告`` label that gives a code to scan to buy or book instead of a
telephone (``扫码订票享八折``, ``扫一扫 预约试驾``) is set aside as an advert, not read as the deck
of a story (INPUT.md, "Page furniture that is not a story"); a story kicked by the word 广告 whose
headline speaks of scanning stays a story."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "南门菜场改造完工",
    "",
    "本报讯（记者 岑予）南门菜场改造昨天完工，摊位由八十个增加到一百二十个。",
    "",
)


@pytest.mark.parametrize(
    "advert",
    [
        ("广告", "青溪湖音乐节　7月2日—3日　湖滨草坪", "扫码订票享八折"),
        ("【广告】", "嘉禾汽车城夏季团购会", "扫一扫 预约试驾"),
    ],
)
def test_advert_with_a_code_to_scan_is_set_aside(advert):
    parsed = parse(*STORY, *advert)
    assert decks(parsed) == [("", "南门菜场改造完工", "")]
    assert all(reasons(parsed)[line] == "advert" for line in advert)


def test_story_about_scanning_under_advert_kicker_stays_a_story():
    parsed = parse(
        *STORY,
        "广告",
        "扫码领红包背后的陷阱",
        "",
        "本报讯（记者 岑予）近来不少市民在街头扫码领取“红包”，结果被拉进了推销群。",
    )
    assert len(parsed.articles) == 2
    assert "扫码领红包背后的陷阱" in parsed.articles[1].title_lines
