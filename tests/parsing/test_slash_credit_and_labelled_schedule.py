"""A picture credited ``name／摄`` (a slash parting the names from 摄, as ``图／name`` parts them)
under its caption, also right after a story's jump marker: the picture's credit, never a
byline nor the next story's deck; and a schedule printed as an item under a column's label and
its title (``馆讯`` / ``县文化馆六月讲座安排`` / rows ``date　　event　　place``) after a story: the
label the kicker, the title the headline, the rows the item's text. Near misses:
two title lines or a dateline over a title are no labelled table title. Invented papers,
places and people."""

import pytest

from articles.parsing.titledrows import table_title
from articles.parsing.units import Heading
from tests.parsing.helpers import decks, parse

LEAD = (
    "春茶开采节在茶山举行",
    "",
    "本报讯　昨天上午，春茶开采节在茶山举行，来自各地的游客五千余人参加。",
    "",
)
CAPTION = "茶农在茶园里采摘今年的第一批春茶。"
BRIEF = ("简讯", "", "本报讯　市图书馆昨天起延长开放时间。")


@pytest.mark.parametrize("credit", ["林小雨／摄", "林小雨/摄", "林小雨　周　正／摄"])
def test_a_slash_credit_under_its_caption_credits_the_picture(credit):
    parsed = parse(*LEAD, CAPTION, "", credit, "", *BRIEF)
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.credit_line == credit
    assert all(not a.reporters for a in parsed.articles)


def test_a_slash_credit_after_a_jump_marker_is_no_deck():
    parsed = parse(
        *LEAD,
        "开幕式上，茶农们表演了采茶舞，现场气氛热烈，（转第四版）",
        "",
        CAPTION,
        "",
        "林小雨／摄",
        "",
        "茶山小学开设茶艺课",
        "",
        "本报讯　茶山小学本学期开设茶艺课，每周一节。",
    )
    [photo] = parsed.photos
    assert (photo.caption, photo.photographers) == (CAPTION, ("林小雨",))
    assert [d[1] for d in decks(parsed)] == ["春茶开采节在茶山举行", "茶山小学开设茶艺课"]


ROWS = (
    "6月3日（星期六）　　剪纸入门　　二楼教室",
    "6月10日（星期六）　　书法基础　　三楼教室",
    "6月17日（星期六）　　民歌欣赏　　演出厅",
)
AFTER = "欢迎市民报名参加。讲座免费，请提前十分钟入场。"


def test_a_schedule_under_a_column_label_and_its_title_is_an_item_of_its_own():
    parsed = parse(*LEAD, "馆讯", "县文化馆六月讲座安排", "", *ROWS, "", AFTER)
    assert decks(parsed) == [
        ("", "春茶开采节在茶山举行", ""),
        ("馆讯", "县文化馆六月讲座安排", ""),
    ]
    assert [b.text for b in parsed.articles[1].blocks] == [*ROWS, AFTER]


def test_near_miss_two_title_lines_or_a_label_over_a_period_are_no_labelled_title():
    assert table_title(Heading(1, ["馆讯", "县文化馆六月讲座安排"]))
    assert table_title(Heading(1, ["馆讯", "县文化馆六月讲座安排", "（6月3日—17日）"]))
    assert not table_title(Heading(1, ["县文化馆举办系列讲座", "市民踊跃报名参加学习"]))
    assert not table_title(Heading(1, ["本报讯", "县文化馆六月讲座安排"]))
