"""A short name alone in its block over two briefs or more whose titles each open with a bullet
(``街坊事`` / ``●菜场早市提前开门`` / text / ``●…``) is the box's label: set aside, not the first
brief's kicker (INPUT.md, "Page furniture"; "Headlines": a kicker is printed with its headline).
Printed right over the first title, or over a single bulleted brief, it is left to the decks."""

from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "北湖公园荷花进入盛花期",
    "",
    "本报讯（记者 祝安）北湖公园二十亩荷花进入盛花期，公园延长开放到晚上十点。",
    "",
)


def test_label_over_bulleted_titled_briefs_is_set_aside():
    parsed = parse(
        *STORY,
        "街坊事",
        "",
        "●菜场早市提前开门",
        "",
        "从下周一起，城西菜场早市提前到清晨五点半开门，方便上早班的居民买菜。",
        "",
        "●社区食堂推出半价餐",
        "",
        "桂园社区食堂为七十岁以上老人推出半价午餐，每天供应两荤两素。",
    )
    assert decks(parsed) == [
        ("", "北湖公园荷花进入盛花期", ""),
        ("", "菜场早市提前开门", ""),
        ("", "社区食堂推出半价餐", ""),
    ]
    assert "街坊事" in reasons(parsed)


def test_label_over_bulleted_titles_without_blank_lines_is_set_aside():
    parsed = parse(
        *STORY,
        "街坊事",
        "",
        "■旧书换绿植活动周六举行",
        "市图书馆周六上午举办旧书换绿植活动，每两本旧书可换一盆绿植。",
        "■河滨步道夜灯亮了",
        "河滨步道新装的两百盏夜灯昨晚起全部点亮。",
    )
    assert [d[0] for d in decks(parsed)] == ["", "", ""]
    assert "街坊事" in reasons(parsed)


def test_name_over_a_single_bulleted_brief_is_left_alone():
    parsed = parse(
        *STORY,
        "街坊事",
        "",
        "●菜场早市提前开门",
        "",
        "从下周一起，城西菜场早市提前到清晨五点半开门，方便上早班的居民买菜。",
    )
    assert "街坊事" not in reasons(parsed)


def test_name_over_items_with_run_in_titles_stays_their_headline():
    parsed = parse(
        *STORY,
        "假日好去处",
        "",
        "　　■　书市　周六上午九时，城南文化广场举办旧书市集，摊位免费申领。",
        "　　■　灯会　周日晚上，古镇西街举办夏夜灯会，展出花灯两百余盏。",
    )
    assert "假日好去处" not in reasons(parsed)
    assert [a.headline for a in parsed.articles] == ["北湖公园荷花进入盛花期", "假日好去处"]
