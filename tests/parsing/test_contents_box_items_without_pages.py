"""A front page's contents box (``本期导读`` / ``今日关注`` over numbered or bulleted titles) whose
items name no page is page furniture, set aside as ``contents``: never the first story's deck
(INPUT.md, "Page furniture that is not a story": ``本期导读`` boxes)."""

from tests.parsing.helpers import parse, reasons

STORY = (
    "",
    "河西公园环湖步道贯通",
    "",
    "本报讯（记者 孟达）经过三个月施工，河西公园环湖步道日前全线贯通。",
)


def test_numbered_items_under_a_contents_label_are_set_aside():
    parsed = parse("☆今日导读☆", "（1）秋粮收购开秤", "（2）老城区启动管网改造", *STORY)
    assert [a.title_lines for a in parsed.articles] == [("河西公园环湖步道贯通",)]
    assert reasons(parsed)["（2）老城区启动管网改造"] == "contents"


def test_bulleted_items_under_today_focus_are_set_aside_with_the_label():
    parsed = parse("本期推荐", "●秋粮收购开秤", "●老城区启动管网改造", "●市民夜跑路线出炉", *STORY)
    assert [a.title_lines for a in parsed.articles] == [("河西公园环湖步道贯通",)]
    assert reasons(parsed)["本期推荐"] == "box-label"


def test_items_with_their_pages_are_still_teasers():
    parsed = parse(
        "本期导读", "◆秋粮收购开秤", "详见第2版", "◆老城区启动管网改造", "详见第3版", *STORY
    )
    assert [t.target_label for t in parsed.teasers] == ["2", "3"]


def test_a_numbered_list_without_a_contents_label_is_not_set_aside():
    parsed = parse("今日要闻", "1. 秋粮收购开秤", "2. 老城区启动管网改造", *STORY)
    assert "contents" not in reasons(parsed).values()


def test_a_single_item_is_no_contents_box():
    parsed = parse("今日关注", "1. 秋粮收购开秤", *STORY)
    assert "contents" not in reasons(parsed).values()


def test_titles_over_their_page_pointer_lines_are_teasers():
    """A pointer line under each title (``■A3看东江·城事``) names the pages: teasers, though ■ is
    one of a contents item's marks."""
    parsed = parse(
        "今日导读",
        "◆秋粮收购开秤",
        "■A3看东江·城事",
        "◆老城区启动管网改造",
        "■A5看东江·民生",
        *STORY,
    )
    assert [t.target_label for t in parsed.teasers] == ["A3", "A5"]
    assert "◆秋粮收购开秤" not in reasons(parsed)


def test_box_on_a_page_without_blank_lines_ends_at_the_headline():
    parsed = parse(
        "本期导读",
        "1. 秋粮收购开秤",
        "2. 老城区启动管网改造",
        "河西公园环湖步道贯通",
        "　　本报讯（记者 孟达）经过三个月施工，河西公园环湖步道日前全线贯通。",
    )
    assert [a.title_lines for a in parsed.articles] == [("河西公园环湖步道贯通",)]
    assert reasons(parsed)["2. 老城区启动管网改造"] == "contents"


def test_items_run_into_a_sentence_are_no_contents_box():
    parsed = parse(
        "今日关注",
        "1. 秋粮收购开秤",
        "2. 老城区启动管网改造",
        "　　以上两项工作，市里将在本月内全面部署，请各单位做好准备。",
    )
    assert "2. 老城区启动管网改造" not in reasons(parsed)
