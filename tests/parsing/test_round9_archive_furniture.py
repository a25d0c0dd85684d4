"""Round 9 of issue 14: a web archive's bracketed record fields and page furniture (pages of
my own).

INPUT.md, "Page furniture": an archive's record labels (【引题】, 【标题】, 【作者】, 【日期】…)
are the archive's, not the page's: the values are the deck lines, the byline and the text; the
page and date fields and a record that kept no story are set aside; a site's menu bar is
navigation.
"""

from articles.parsing.archive_records import record_field
from tests.parsing.helpers import parse


def decks(parsed):
    return [(a.kicker, a.headline, a.subheadline) for a in parsed.articles]


def reasons(parsed):
    return {item.text: item.reason for item in parsed.set_aside}


RECORD = (
    "第3版()",
    "【引题】修渠引水保春耕",
    "【标题】南岗乡新修水渠十二里",
    "【副题】两千亩旱地变水浇地",
    "【作者】本报记者　祁文涛",
    "【版次】第3版",
    "【日期】1988-04-02",
    "【正文】本报讯　南岗乡发动群众利用农闲新修水渠十二里，今春可浇灌旱地两千亩。",
)


def test_bracketed_record_fields_give_the_decks_byline_and_dateline_without_their_labels():
    parsed = parse(*RECORD)
    assert decks(parsed) == [("修渠引水保春耕", "南岗乡新修水渠十二里", "两千亩旱地变水浇地")]
    article = parsed.articles[0]
    assert article.dateline == "本报讯"
    assert "南岗乡发动群众" in article.paragraphs[0]
    assert article.byline == "本报记者　祁文涛"
    assert not any("【" in text for text in article.paragraphs)


def test_the_page_and_date_fields_are_set_aside_and_the_date_kept():
    parsed = parse(*RECORD)
    found = reasons(parsed)
    assert found["【版次】第3版"] == "archive-separator"
    assert found["【日期】1988-04-02"] == "archive-separator"
    assert parsed.metadata.date == "1988-04-02"


def test_an_empty_field_is_set_aside_whole():
    parsed = parse(
        "第3版()", "【标题】乡里建起农技站", "【作者】", "【正文】本报讯　乡农技站昨天挂牌。"
    )
    assert decks(parsed) == [("", "乡里建起农技站", "")]
    assert reasons(parsed)["【作者】"] == "archive-separator"


def test_a_deck_field_is_a_deck_line_even_when_it_reads_like_a_dateline():
    assert record_field("标题:本报记者述评").kind == "deck"
    assert record_field("【正文】本报讯").kind == "text"
    assert record_field("【编者按】这是按语") is None


def test_a_record_that_kept_only_a_title_over_an_ellipsis_is_set_aside():
    parsed = parse(
        *RECORD,
        "",
        "专栏:",
        "标题:本报记者述评",
        "…",
        "",
        "第3版()",
        "【标题】县城新开一家书店",
        "【正文】本报讯　县新华书店城南门市部昨天开业。",
    )
    assert [a.headline for a in parsed.articles] == ["南岗乡新修水渠十二里", "县城新开一家书店"]
    assert reasons(parsed)["本报记者述评"] == "archive-separator"
    assert any(flag.kind == "archive-empty-record" for flag in parsed.flags)


def test_a_sites_menu_bar_is_navigation():
    parsed = parse("运河日报图文数据库　｜　首页　｜　高级检索", "", *RECORD)
    assert reasons(parsed)["运河日报图文数据库　｜　首页　｜　高级检索"] == "navigation"
    assert decks(parsed)[0][0] == "修渠引水保春耕"
