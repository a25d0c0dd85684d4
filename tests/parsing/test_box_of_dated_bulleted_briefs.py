"""A box of briefs under its label (``社区快递``, ``理财简讯``) whose items each open with a bullet
before a dateline (``■本报讯 …``, ``▲本报讯 …``): each item is a headless story of its own (a
dateline starts a story), the label is set aside as the box's label, never a headline, and an
item is never merged into the item before it as its second dispatch, even when the two share
common words. Near misses: a box name over bulleted items WITHOUT datelines stays the headline
of the one story holding them; a story's own dateline paragraph after its text is untouched.
Invented papers, places and people."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "河西新建三座口袋公园",
    "",
    "本报讯（记者 方若愚）河西区今年新建的三座口袋公园昨日同时开放。",
    "",
)
ITEMS = (
    "本报讯 今年我市中考成绩将于7月3日公布，考生可登录教育局网站查询。（记者 秦小川）",
    "本报讯 记者从市水文站获悉，今年汛期比常年偏早，市民出行请留意预警信息。",
    "本报讯 昨天，市民书画展在市文化馆开幕，将持续到本月底。",
)


@pytest.mark.parametrize("label", ["社区快递", "理财简讯", "城南速递"])
@pytest.mark.parametrize("mark", ["■", "▲"])
def test_each_dated_bulleted_item_is_a_headless_story(label, mark):
    lines = [*STORY, label, ""]
    for item in ITEMS:
        lines += [f"{mark}{item}", ""]
    parsed = parse(*lines)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("河西新建三座口袋公园", "本报讯"),
        ("", "本报讯"),
        ("", "本报讯"),
        ("", "本报讯"),
    ]
    assert [a.paragraphs[0][:8] for a in parsed.articles[1:]] == [i[:8] for i in ITEMS]
    assert parsed.articles[1].reporters == ("秦小川",)
    assert reasons(parsed)[label] == "briefs-label"


def test_indented_items_without_blank_lines_are_stories_too():
    parsed = parse(*STORY, "理财简讯", *(f"　　▲{item}" for item in ITEMS))
    assert [a.headline for a in parsed.articles] == ["河西新建三座口袋公园", "", "", ""]
    assert all(a.dateline == "本报讯" for a in parsed.articles)


def test_near_miss_box_name_over_undated_bulleted_items_is_their_headline():
    parsed = parse(
        *STORY,
        "海外速览",
        "",
        "●一家研究机构预测，今年南半球的滑雪游客人数将创新高。",
        "",
        "●一家连锁书店宣布，将在三座城市试点二十四小时营业。",
    )
    assert [deck[1] for deck in decks(parsed)] == ["河西新建三座口袋公园", "海外速览"]
    assert len(parsed.articles[1].paragraphs) == 2


def test_near_miss_a_dispatch_inside_an_agency_story_still_joins_it():
    parsed = parse(
        "北海两国举行渔业会谈",
        "",
        "【路透社奥斯陆3月3日电】两国渔业部长三日在奥斯陆举行会谈，讨论今年的捕捞配额。",
        "",
        "【路透社奥斯陆3月4日电】两国渔业部长四日继续会谈，就捕捞配额达成初步一致。",
    )
    assert len(parsed.articles) == 1


def test_a_brief_signed_off_by_its_writer_ends_before_the_next_dateline():
    parsed = parse(
        "简讯",
        "本报讯 今年我市中考成绩将于7月3日公布，考生可登录网站查询。（记者 秦小川）",
        "本报讯 今年我市中考录取工作将于7月10日开始，考生可登录网站查询志愿。",
    )
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("", ("秦小川",)),
        ("", ()),
    ]
