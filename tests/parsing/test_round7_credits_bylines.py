"""Issue 14, seventh round: credits and bylines printed on a line of their own: a photographer's
name spaced off from 摄, a picture agency alone, an artwork's credit (X  作) under its title, a
spaced name in brackets signing the story above, 报道：/文： bylines, a spaced author's name
under a title. Pages written for these tests."""

import pytest

from articles.parsing.names import names_only, spaced_name

from .helpers import parse

STORY = (
    "北岸码头完成升级改造",
    "　　本报讯（记者 詹若溪）北岸码头升级改造工程昨日通过验收，新增泊位两个。",
    "　　改造后的码头可以停靠五千吨级货轮。",
)
NEXT_STORY = (
    "",
    "西山林场开展防火巡查",
    "　　本报讯　西山林场本周起每天组织两次防火巡查，重点检查林区入口和旅游步道。",
)


def _photos(parsed):
    return [(p.caption, p.credit_line) for p in parsed.photos]


@pytest.mark.parametrize("credit", ["汤景行  摄", "汤景行　摄", "汤景行 柯  然  摄"])
def test_name_spaced_off_from_she_under_a_caption_is_the_credit(credit):
    parsed = parse(*STORY, "　　吊车在新泊位上装卸集装箱。", credit, *NEXT_STORY)
    assert _photos(parsed) == [("吊车在新泊位上装卸集装箱。", credit)]
    assert [(a.kicker, a.headline) for a in parsed.articles] == [
        ("", STORY[0]),
        ("", NEXT_STORY[1]),
    ]


def test_spaced_credit_after_an_unfinished_line_is_left_to_the_caption_joiner():
    # …本报记者 / 汤景行 摄: the credit cut across the caption's last lines stays one credit
    parsed = parse(*STORY, "　　▲吊车在新泊位上装卸集装箱。 本报记者", "汤景行 摄", *NEXT_STORY)
    assert [p.credit_line for p in parsed.photos] != ["汤景行 摄"]


@pytest.mark.parametrize("agency", ["视觉中国", "东方IC", "CFP"])
def test_picture_agency_alone_under_a_caption_is_the_credit_not_a_kicker(agency):
    parsed = parse(*STORY, "　　货轮驶入新建成的泊位。", agency, *NEXT_STORY)
    assert _photos(parsed) == [("货轮驶入新建成的泊位。", agency)]
    assert parsed.photos[0].photographers == ()
    assert [a.kicker for a in parsed.articles] == ["", ""]


def test_artwork_title_with_its_kind_and_the_artists_credit_make_a_picture():
    parsed = parse(
        "晨雾里的小镇",
        "柯  然",
        "　　清早推开窗，整条街都浸在雾里，对面的屋顶只露出一道灰色的脊。",
        "",
        "秋塘（水墨）",
        "尹若谷  作",
        "",
        "灯下读书",
        "姜  禾",
        "　　冬夜里最好的事，是在灯下读一本旧书，听窗外的风声。",
    )
    assert _photos(parsed) == [("秋塘（水墨）", "尹若谷  作")]
    assert [(a.kicker, a.headline, a.reporters) for a in parsed.articles] == [
        ("", "晨雾里的小镇", ("柯然",)),
        ("", "灯下读书", ("姜禾",)),
    ]


def test_name_and_zuo_under_a_plain_title_is_no_picture():
    parsed = parse("秋塘", "尹若谷  作", "　　池塘边的芦苇黄了，几只野鸭在水面上游来游去。")
    assert parsed.photos == ()


def test_spaced_name_in_brackets_at_the_end_signs_the_story_above():
    story = ("北岸码头完成升级改造", "　　本报讯　北岸码头升级改造工程昨日通过验收，新增泊位两个。")
    parsed = parse(*story, "（柯  然）", "", *NEXT_STORY[1:])
    assert [(a.kicker, a.headline) for a in parsed.articles] == [
        ("", story[0]),
        ("", NEXT_STORY[1]),
    ]
    assert parsed.articles[0].reporters == ("柯然",)


@pytest.mark.parametrize("byline", ["报道：胡若溪", "报导：胡若溪", "文：胡若溪"])
def test_reported_by_colon_line_is_a_byline_not_a_subheadline(byline):
    parsed = parse("北岸码头完成升级改造", byline, "　　北岸码头升级改造工程昨日通过验收。")
    (article,) = parsed.articles
    assert (article.headline, article.subheadline) == ("北岸码头完成升级改造", "")
    assert article.reporters == ("胡若溪",)


def test_spaced_two_character_name_reads_as_one_name():
    assert names_only("柯  然") == ("柯然",)
    assert names_only("柯  然", spaced=False) == ()
    assert spaced_name("高  原") and not spaced_name("高原") and not spaced_name("秋  江")


def test_spaced_two_character_author_under_a_title_is_the_byline_even_when_a_word():
    # 高原 is also a word (a plateau); spaced out to the width of three it is a name
    parsed = parse("灯下读书", "高  原", "　　冬夜里最好的事，是在灯下读一本旧书，听窗外的风声。")
    (article,) = parsed.articles
    assert (article.headline, article.subheadline, article.reporters) == ("灯下读书", "", ("高原",))
