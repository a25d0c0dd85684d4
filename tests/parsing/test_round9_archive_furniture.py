"""Round 9 of issue 14: a web archive's bracketed record fields and page furniture (pages of
my own).

INPUT.md, "Page furniture": an archive's record labels (【引题】, 【标题】, 【作者】, 【日期】…)
are the archive's, not the page's: the values are the deck lines, the byline and the text; the
page and date fields and a record that kept no story are set aside; a site's menu bar is
navigation.
"""

from articles.parsing.archive_records import record_field
from tests.parsing.helpers import decks, parse, reasons

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


STORY = ("县城南环路改造工程启动", "本报讯（记者　钟晓岚）3月5日，县城南环路改造工程正式开工。")


def test_a_staff_line_naming_its_section_first_is_staff_and_gives_the_section():
    line = "乡村·振兴　　　　责编　何家敏　　美编　邱立　　校对　苗晴"
    parsed = parse(line, "", *STORY)
    assert reasons(parsed)[line] == "staff"
    assert parsed.metadata.section == "乡村·振兴"
    assert decks(parsed) == [("", "县城南环路改造工程启动", "")]


def test_an_internal_papers_publisher_line_is_masthead():
    line = "中共柳塘县委宣传部　柳塘周报社出版　内部资料　免费交流"
    parsed = parse("柳塘周报", line, "", *STORY)
    assert reasons(parsed)[line] == "masthead"
    assert len(parsed.articles) == 1


def test_a_headline_about_internal_papers_is_no_masthead():
    parsed = parse("内部资料岂能随意外传", "本报讯　县保密局日前开展保密检查。")
    assert decks(parsed) == [("", "内部资料岂能随意外传", "")]


def test_the_papers_name_in_latin_and_chinese_letters_is_masthead():
    line = "EASTERN PACIFIC TIMES　东太时报"
    parsed = parse(line, "2015年3月6日　星期五", "", *STORY)
    assert reasons(parsed)[line] == "masthead"
    assert len(parsed.articles) == 1


def test_a_header_line_with_the_date_in_english_is_the_pages_header():
    line = "东太时报　Friday, March 6, 2015　2015年3月6日　星期五"
    parsed = parse(line, "", *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert parsed.metadata.date == "2015-03-06"


def test_a_letter_spaced_issue_number_counts_in_a_header_line():
    line = "第 4 1 2 期　　1975年6月2日　星期一　　今日四版"
    parsed = parse("清溪日报", line, "", *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert parsed.metadata.date == "1975-06-02"


def test_a_slogan_printed_above_the_papers_name_is_masthead():
    parsed = parse("发展体育运动，增强人民体质！", "清溪日报", "1975年6月2日　星期一", "", *STORY)
    assert reasons(parsed)["发展体育运动，增强人民体质！"] == "masthead"
    assert decks(parsed) == [("", "县城南环路改造工程启动", "")]


def test_an_exclamation_above_a_story_is_no_slogan():
    parsed = parse("春天来了！", "本报讯　县城南湖公园的桃花昨天开了。")
    assert "春天来了！" not in reasons(parsed)


def test_a_briefs_column_labelled_jianbao_is_its_label_not_the_first_briefs_kicker():
    parsed = parse(
        *STORY,
        "",
        "经济简报",
        "",
        "县域商业体系建设通过验收　　本报讯　（记者邬晴）我市县域商业体系建设试点日前通过省级验收。",
        "",
        "跨境电商产业园首批企业签约　　本报讯　（记者常乐）二十六家企业9月18日签约入驻产业园。",
    )
    assert reasons(parsed)["经济简报"] == "briefs-label"
    assert all("简报" not in kicker + headline for kicker, headline, _ in decks(parsed))


def test_who_supplied_a_notice_ends_it_and_is_no_deck_of_the_next_story():
    parsed = parse(
        "春季森林防火提示",
        "清明前后，山林火灾风险上升。县林业局提醒：",
        "一、不在林区吸烟、烧纸、燃放鞭炮。",
        "（县林业局供稿）",
        "",
        "城关镇为独居老人装上烟感报警器",
        "",
        "本报讯　近日，城关镇为辖区六十多户独居老人免费安装了烟感报警器。",
    )
    assert decks(parsed) == [
        ("", "春季森林防火提示", ""),
        ("", "城关镇为独居老人装上烟感报警器", ""),
    ]


def test_a_registration_number_with_masked_digits_is_masthead():
    parsed = parse("柳塘周报", "统一刊号CN36-00XX", "", *STORY)
    assert reasons(parsed)["统一刊号CN36-00XX"] == "masthead"
