"""A box of briefs may mark each headless brief with a triangle before its dateline
(``△本報訊　…``, ``▲新華社…電``), as the 1950s dailies' 简讯 boxes did: each is a story of its own
opened by its dateline, the mark set aside as the item's mark. A ``▲`` before a caption (no
dateline after it) stays the caption's mark.

INPUT.md ("Headlines"): a dateline starts a story; over-splitting a page is as wrong as missing a
story.
"""

from tests.parsing.helpers import parse, reasons

BOX = (
    "簡　訊",
    "",
    "　　△本報訊　縣城新開了一家國營百貨商店，貨物齊全，價錢公道。",
    "",
    "　　△本報訊　東鄉農民集資修建的石拱橋已經完工。（周　平）",
    "",
    "　　△新華社十二日訊　全國今年新建的糧食倉庫容量超過一百萬噸。",
)


def test_each_triangle_marked_brief_is_a_headless_story():
    parsed = parse(*BOX)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("", "本報訊"),
        ("", "本報訊"),
        ("", "新華社十二日訊"),
    ]
    assert [a.reporters for a in parsed.articles] == [(), ("周平",), ()]


def test_the_triangles_are_set_aside_as_item_marks():
    assert reasons(parse(*BOX)) == {"簡\u3000訊": "briefs-label", "△": "item-mark"}


def test_a_solid_triangle_before_a_dateline_marks_a_brief_too():
    parsed = parse("簡　訊", "", "　　▲本報訊　城關小學新建教室六間，下月啟用。")
    assert [(a.headline, a.dateline) for a in parsed.articles] == [("", "本報訊")]


def test_a_triangle_before_a_caption_is_no_brief():
    parsed = parse(
        "城南新建自來水廠",
        "",
        "　　本報訊　城南自來水廠昨日建成通水，每天可供水一萬噸。",
        "",
        "　　▲自來水廠的工人在檢查水泵。　本報記者　何　清攝",
    )
    assert [a.headline for a in parsed.articles] == ["城南新建自來水廠"]
    assert [a.dateline for a in parsed.articles] == ["本報訊"]
    assert [(p.caption, p.article_position) for p in parsed.photos] == [
        ("自來水廠的工人在檢查水泵。", 1)
    ]
