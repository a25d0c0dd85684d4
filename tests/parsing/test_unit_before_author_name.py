"""An article signed under its title with the writer's unit and then the name, parted by a space
and without a mark (``縣衛生院　杜文清``), carries a byline: the line is not a 副题, and the
reporter is the person, not the unit.

INPUT.md ("Headlines"): the author's name on the next line is the byline, not the title.
"""

from tests.parsing.helpers import decks, parse

TEXT = [
    "",
    "　　入冬以後，農村裏傷風咳嗽的人多起來了。預防的辦法並不難，大家都可以做到。",
    "",
    "　　一、屋裏要常開窗透氣。二、出門要穿暖和。",
]


def test_a_unit_then_a_name_under_a_title_is_the_byline():
    parsed = parse("冬天怎樣預防傷風", "", "縣衛生院　杜文清", *TEXT)
    assert decks(parsed) == [("", "冬天怎樣預防傷風", "")]
    [article] = parsed.articles
    assert article.byline == "縣衛生院\u3000杜文清"
    assert article.reporters == ("杜文清",)


def test_a_spaced_name_after_a_school_is_the_byline_too():
    parsed = parse("談談小學生的課外閱讀", "", "城關第一小學　孟　岩", *TEXT)
    assert decks(parsed) == [("", "談談小學生的課外閱讀", "")]
    assert parsed.articles[0].reporters == ("孟岩",)


def test_a_subtitle_of_two_phrases_stays_the_subtitle():
    parsed = parse("全縣冬小麥播種", "", "早播地塊　已經出苗", *TEXT)
    assert decks(parsed) == [("", "全縣冬小麥播種", "早播地塊 已經出苗")]
    assert parsed.articles[0].reporters == ()


def test_a_unit_then_what_it_did_is_no_byline():
    parsed = parse("冬天怎樣預防傷風", "", "縣衛生院　發出通知", *TEXT)
    assert parsed.articles[0].byline == ""
    assert parsed.articles[0].reporters == ()
