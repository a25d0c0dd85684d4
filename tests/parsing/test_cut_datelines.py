"""A dateline cut in two by a line break is one dateline with its reporter (INPUT.md: cut lines
are joined; ``本报北京4月29日电  （记者彭波）`` is a dateline with its reporter)."""

from tests.parsing.helpers import parse

BODY = "市民广场的音乐喷泉昨晚恢复开放，吸引了不少市民驻足观看。"


def test_an_agency_dateline_cut_after_its_place_keeps_headline_and_reporter():
    parsed = parse("音乐喷泉恢复开放", "中新社上海", "7月2日电（记者李明）" + BODY)
    [story] = parsed.articles
    assert (story.headline, story.subheadline) == ("音乐喷泉恢复开放", "")
    assert story.dateline == "中新社上海7月2日电"
    assert story.reporters == ("李明",)
    assert story.blocks[0].text.startswith("中新社上海7月2日电（记者李明）")


def test_a_dateline_over_its_reporters_bracket_with_two_names():
    parsed = parse("音乐喷泉恢复开放", "", "新华社南京7月2日电", "（记者 李明 赵敏）" + BODY)
    [story] = parsed.articles
    assert story.dateline == "新华社南京7月2日电"
    assert story.reporters == ("李明", "赵敏")
