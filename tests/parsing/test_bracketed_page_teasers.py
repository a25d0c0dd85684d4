"""A 1950s front page's ``本报今日要目`` box prints each teaser on one line, its title then the
page in brackets (``冬季积肥运动普遍展开（第三版）``): a teaser, never a line of the lead's deck;
the masthead's line of the day's page count and its price in the old yuan
(``今日出版六版　每份人民币五百元``) is the masthead's, never a kicker.

INPUT.md ("Teasers (导读)"): front-page pointers to inner pages are not articles. INPUT.md ("Page
furniture"): masthead lines, price and teaser box labels are never part of an article.
"""

from tests.parsing.helpers import decks, parse, reasons

MASTHEAD = [
    "漳　溪　日　報",
    "中共漳溪地委機關報",
    "一九五四年三月九日　星期二　第４５１號",
    "今日出版六版　每份人民幣五百元",
    "",
]
LEAD = [
    "",
    "響應增產節約號召",
    "全區春耕準備工作提前完成",
    "",
    "　　本報訊　據地委農村工作部統計，全區已修好水車兩千多部，積肥比去年多三成。",
]


def test_a_bracketed_page_after_a_title_in_the_box_makes_a_teaser():
    parsed = parse(
        *MASTHEAD,
        "本報今日要目",
        "冬季積肥運動普遍展開（第三版）",
        "怎樣組織好春耕（第五版）",
        *LEAD,
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("冬季積肥運動普遍展開",), "3"),
        (("怎樣組織好春耕",), "5"),
    ]
    assert decks(parsed) == [("響應增產節約號召", "全區春耕準備工作提前完成", "")]
    assert reasons(parsed)["本報今日要目"] == "masthead"


def test_the_page_count_and_old_yuan_price_line_is_the_masthead():
    parsed = parse(*MASTHEAD[:-1], "", *LEAD[1:])
    assert "今日出版六版\u3000每份人民幣五百元" in reasons(parsed)
    assert decks(parsed) == [("響應增產節約號召", "全區春耕準備工作提前完成", "")]


def test_a_price_in_a_sentence_stays_in_the_story():
    parsed = parse(
        *LEAD[1:],
        "",
        "　　合作社的新書每份人民幣四百元，農民都說便宜，一天就賣出了三百多冊。",
    )
    [article] = parsed.articles
    assert any("每份人民幣四百元" in block.text for block in article.blocks)


def test_a_bracketed_page_outside_a_teaser_box_is_no_teaser():
    parsed = parse(
        "城郊菜農趕種早春菜",
        "",
        "　　本報訊　城郊各鄉菜農趁天晴趕種早春菜，已種下菠菜、芹菜一千多畝。",
        "",
        "冬季積肥運動普遍展開（第三版）",
        "",
        "　　本報訊　各鄉農民利用農閒積肥，已積土雜肥三百多萬擔。",
    )
    assert parsed.teasers == ()
