"""A 1920s city tabloid signs its items with pen names that open with no common surname, alone
in brackets under the last paragraph (``（鵑紅）``), and heads its serial novel with the writer's
pen name with 著 glued after it (``湖上散人著``) under the title, then the chapter's head
(``第十三回　…``).

INPUT.md ("Bylines, datelines, credits"): pen names on their own line belong to the story before
them, not to the headline after them; the author's name on the next line under a title is the
byline, not the headline.
"""

from tests.parsing.helpers import decks, parse


def test_a_pen_name_alone_in_brackets_signs_the_story_above():
    parsed = parse(
        "茶館舊事",
        "城東有一家老茶館、開了六十多年。茶客多是附近的老人。",
        "（鵑紅）",
        "",
        "山城舊夢記",
        "二人相見、悲喜交集、便到船上避雨。",
        "（待續）",
        "",
        "西山春遊記",
        "西山每年春日、遊人如織。本年尤盛。",
    )
    assert decks(parsed) == [("", "茶館舊事", ""), ("", "山城舊夢記", ""), ("", "西山春遊記", "")]
    # (a closing word in brackets, 待續, is no pen name)
    assert [a.reporters for a in parsed.articles] == [("鵑紅",), (), ()]


def test_a_pen_name_signs_a_continuation_under_its_marker():
    parsed = parse(
        "米市續聞",
        "（接第一版）則糧價恐更有漲勢。聞商會已開會討論。",
        "（秋雁）",
        "",
        "新橋落成",
        "",
        "本報訊　城西新橋昨日落成通車。",
    )
    assert [a.headline for a in parsed.articles] == ["米市續聞", "新橋落成"]
    assert parsed.articles[0].reporters == ("秋雁",)


def test_a_pen_name_with_a_glued_zhu_under_a_serials_title_is_its_byline():
    parsed = parse(
        "長篇小說",
        "山城舊夢記",
        "溪上漁翁著",
        "第五回　故人重逢　把酒論心",
        "話說那日天色將晚、二人行至橋頭。",
        "",
        "城北新開菜場",
        "",
        "本報訊　城北菜場昨日開張。",
        "",
        "重讀一部名著",
        "",
        "本報訊　市圖書館昨日舉辦讀書會。",
    )
    serial = parsed.articles[0]
    assert (serial.kicker, serial.headline) == ("長篇小說", "山城舊夢記")
    assert serial.byline == "溪上漁翁著"
    assert serial.reporters == ("溪上漁翁",)
    # (a title ending in a word of 著, 名著, stays the title)
    assert [a.headline for a in parsed.articles] == ["山城舊夢記", "城北新開菜場", "重讀一部名著"]
