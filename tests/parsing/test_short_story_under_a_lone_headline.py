"""A one-line headline over a short story that opens without a dateline, printed after a dated
story and speaking of something else, is a new story (INPUT.md, "Headlines"), however short
the story under it; a crosshead that speaks of the story above, or a story with several
crossheads, stays inside it. Invented stories."""

from tests.parsing.helpers import parse

_DATED = (
    "南湖书市周末开张",
    "",
    "本报讯（记者 孙丽）南湖书市本周末在湖滨广场开张，六十家书店参加。",
    "",
    "书市每天开放到晚上九点。",
    "",
)


def test_short_undated_story_under_its_headline_is_a_story():
    parsed = parse(*_DATED, "西郊水厂完成检修", "", "西郊水厂昨日完成年度检修，恢复供水。", "")
    assert [a.headline for a in parsed.articles] == ["南湖书市周末开张", "西郊水厂完成检修"]
    assert parsed.articles[1].paragraphs == ("西郊水厂昨日完成年度检修，恢复供水。",)


def test_short_story_after_an_agency_story_is_a_story():
    parsed = parse(
        "北港码头扩建开工",
        "",
        "新华社北港12月3日电 北港码头扩建工程3日开工，预计两年完工。",
        "",
        "青松岭滑雪场开放",
        "",
        "据岚城晚报报道，青松岭滑雪场本周开放，票价不变。",
    )
    assert [a.headline for a in parsed.articles] == ["北港码头扩建开工", "青松岭滑雪场开放"]


def test_crosshead_that_speaks_of_the_story_above_stays_inside():
    # the near miss: the head's words (书市, 书店) are the story's own
    parsed = parse(*_DATED, "书店带来新书", "", "参加书市的书店带来了新书五千种。", "")
    [story] = parsed.articles
    assert story.crossheads == ("书店带来新书",)
    assert len(story.paragraphs) == 3


def test_short_sections_under_several_crossheads_stay_one_story():
    parsed = parse(
        *_DATED,
        "交通",
        "",
        "公交十二路在湖滨广场设临时站点。",
        "",
        "停车",
        "",
        "广场东侧停车场免费开放三天。",
        "",
    )
    [story] = parsed.articles
    assert story.crossheads == ("交通", "停车")


def test_a_bulleted_label_over_a_dated_entry_stays_in_its_listing():
    # the near miss: a listing's items each open with a day, under bulleted labels
    parsed = parse(
        "假日好去处",
        "",
        "　　■　花展　6月1日至10日，植物园举办月季花展，展出品种两百余个。",
        "",
        "■　灯会",
        "",
        "6月2日晚7时，湖滨公园举办灯会，可免费入园。",
        "",
    )
    [story] = parsed.articles
    assert story.headline == "假日好去处"
