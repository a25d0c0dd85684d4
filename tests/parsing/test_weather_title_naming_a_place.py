"""A weather box titled with the place it is for (``东林天气``), over its forecast rows with or
without a blank line between, is page furniture, title and rows, never the next story's
kicker (INPUT.md, "Page furniture that is not a story"). The same title over a story's text is
that story's headline. Invented places."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

STORY = ("岚城冬季植树启动", "", "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。", "")
NEXT = ("", "城东新开一条公交线", "", "本报讯（记者 周涛）城东公交二十八路昨日开通。")


@pytest.mark.parametrize(
    "box",
    [
        ("东林天气", "明天：阴转小雨  5℃～9℃"),
        ("东林天气", "", "阴转小雨  5℃～9℃  东北风3级"),
    ],
)
def test_place_titled_weather_box_is_set_aside(box):
    parsed = parse(*STORY, *box, *NEXT)
    assert decks(parsed) == [("", "岚城冬季植树启动", ""), ("", "城东新开一条公交线", "")]
    assert {line: reasons(parsed)[line] for line in box if line} == {
        line: "weather" for line in box if line
    }


def test_place_weather_headline_over_a_story_stays_a_headline():
    parsed = parse(*STORY, "岚城天气", "", "本报讯（记者 周涛）受冷空气影响，岚城明天起气温下降。")
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", "岚城天气"]
