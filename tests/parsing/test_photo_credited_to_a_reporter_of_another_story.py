"""A picture whose photographer is a reporter of a story on the page goes with that story only
with more evidence than the name (articles/parsing/photolinks.py ``_credited_here``): printed
next to it, or a caption that speaks of it. A reporter's stand-alone picture printed after
another story, its caption sharing nothing with the reporter's story, stands alone. Pages
written for these tests."""

from tests.parsing.helpers import parse

PARKING = [
    "城东新建两座停车场",
    "",
    "本报讯（记者 周雨桐）城东新建的两座立体停车场昨日投入使用，共提供车位六百个。",
    "",
]
MARKET = [
    "西城菜场改造完成",
    "",
    "本报讯（记者 孙敏）西城菜场改造后重新营业，摊位由八十个增至一百二十个。",
    "",
]
PICTURE = ["春耕备耕正当时", "", "市民在江滨公园观赏盛开的玉兰花。", "", "本报记者 周雨桐摄", ""]


def _linked(*lines: str) -> list[str | None]:
    parsed = parse(*lines)
    heads = {a.position: a.headline for a in parsed.articles}
    return [heads.get(p.article_position) for p in parsed.photos]


def test_a_reporters_picture_after_another_story_sharing_nothing_with_theirs_stands_alone():
    assert _linked(*PARKING, *MARKET, *PICTURE) == [None]


def test_a_reporters_picture_printed_right_after_their_story_is_still_its_picture():
    assert _linked(*MARKET, *PARKING, *PICTURE) == ["城东新建两座停车场"]


def test_a_reporters_picture_elsewhere_whose_caption_speaks_of_their_story_is_its_picture():
    picture = ["", "城东新建立体停车场投入使用。", "", "本报记者 周雨桐摄", ""]
    assert _linked(*PARKING, *MARKET, *picture) == ["城东新建两座停车场"]
