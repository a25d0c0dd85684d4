"""A short name alone in its block (a blank line under it) over two stories or more whose decks
are each printed as a block of lines (``市民热线`` / blank / ``路灯坏了一个月`` ``街道当天修复`` /
text / …) is a box's label, not the first story's 引题; a name printed with the deck under it
is that deck's kicker (INPUT.md, "Page furniture"; "Headlines")."""

from tests.parsing.helpers import decks, parse, reasons

FIRST = (
    "路灯坏了一个月",
    "街道当天修复",
    "",
    "本报讯（记者 孟达）东门街十二号门前的三盏路灯坏了一个月，街道接到反映后当天派人修复。",
    "",
)
SECOND = (
    "小区门口积水严重",
    "排水管网月底改造",
    "",
    "本报讯（记者 苏禾）连日降雨，南湖小区门口积水没过脚踝，市政部门表示月底前完成管网改造。",
)


def test_label_alone_over_two_decked_stories_is_a_box_label():
    parsed = parse("市民热线", "", *FIRST, *SECOND)
    assert decks(parsed) == [
        ("", "路灯坏了一个月", "街道当天修复"),
        ("", "小区门口积水严重", "排水管网月底改造"),
    ]
    assert reasons(parsed)["市民热线"] == "box-label"


def test_name_printed_with_its_deck_stays_the_kicker():
    parsed = parse("市民热线", *FIRST, *SECOND)
    assert "市民热线" not in reasons(parsed)
    assert "市民热线" in parsed.articles[0].title_lines


def test_name_over_one_story_only_is_not_a_box_label():
    parsed = parse("市民热线", "", *FIRST)
    assert "市民热线" not in reasons(parsed)


def test_kicker_naming_its_own_story_stays_the_kicker():
    """The seed's layout: a short 引题 alone in its block over its own story's two-line deck
    (重大项目推进 over the story on the 项目推进会) is that story's kicker, not a box's label."""
    parsed = parse(
        "项目推进",
        "",
        "以大项目支撑",
        "全县经济发展走在前列",
        "",
        "本报讯（记者 程远）昨日，全县项目推进会召开，通报了上半年项目建设情况。",
        "",
        *SECOND,
    )
    assert "项目推进" not in reasons(parsed)
    assert parsed.articles[0].kicker == "项目推进"
