"""An old tabloid's correspondent's letter: its title, then where it was written, 通信 and the
day alone on the next line (``南浦通信　四月三十日``: the story's dateline, the whole line), the
text, and the correspondent's sign-off under it with the old role's name (``（特約通信員　伯衡）``,
a pen name with no common surname first); a brief signed by the desk with no name
(``（本報訪員）``: the old word for a reporter).

INPUT.md ("Bylines, datelines, credits"): a dateline starts a story; end-of-story sign-offs and
pen names on their own line belong to the story before them, not to the headline after them.
"""

from tests.parsing.helpers import decks, parse

PAGE = (
    "女校籌開音樂會",
    "城東女子中學、為籌募圖書館基金、定於本月十日開音樂會。",
    "（本報訪員）",
    "",
    "西山春遊記",
    "東鎮通信　三月二日",
    "西山每年春日、遊人如織。本年尤盛。",
    "（特約通信員　明遠）",
    "",
    "北湖荷花盛開",
    "北湖通信　六月五日",
    "北湖荷花今年開得特早、遊船生意甚佳。",
    "（特約通信員　聽濤）",
)


def test_a_correspondents_place_and_day_under_the_title_is_the_dateline():
    parsed = parse(*PAGE)
    assert decks(parsed) == [
        ("", "女校籌開音樂會", ""),
        ("", "西山春遊記", ""),
        ("", "北湖荷花盛開", ""),
    ]
    assert [a.dateline for a in parsed.articles] == [
        "",
        "東鎮通信\u3000三月二日",
        "北湖通信\u3000六月五日",
    ]
    # (a day with 起 after it starts a sentence: 5月1日起…, no correspondent's dateline)
    assert [
        a.dateline for a in parse("新品發佈", "", "中國通信　5月1日起將推出新機型。").articles
    ] == [""]


def test_the_correspondents_sign_off_names_the_pen_name_and_the_desk_names_no_one():
    parsed = parse(*PAGE)
    assert [a.reporters for a in parsed.articles] == [(), ("明遠",), ("聽濤",)]
    assert parsed.articles[0].byline == "（本報訪員）"
