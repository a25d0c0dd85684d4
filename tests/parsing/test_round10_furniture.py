"""Round 10 of issue 14: page furniture of app dumps, weeklies, OCR mastheads and web archives
(pages of my own).

INPUT.md, "Page furniture" and "Encoding and layout": an app's numbered list of the page's
stories is navigation; a ``版面:`` field is furniture and the ``作者:`` field beside it the
byline; a weekly's name over its running head is no kicker; an OCR's masthead line and its
stray marks are no story; a dateline printed alone over a headline is the sender's label; an
archive's ``專欄:`` field in traditional script is furniture as ``专栏:`` is.
"""

from articles.parsing.header_patterns import HEADER_REGISTRATION_RE, stray_marks
from tests.parsing.helpers import decks, parse, reasons

APP_PAGE = (
    "2024年05月08日 星期三",
    "上一版　下一版　　版面导航",
    "当前版面：B02版:社区",
    "标题导航",
    "1.旧厂房变身社区图书馆",
    "2.志愿者上门为独居老人修家电",
    "旧厂房变身社区图书馆",
    "作者:本报记者 邓若溪　　版面:B02版:社区",
    "本报讯　闲置多年的纺机厂老厂房，经过半年改造，昨天以社区图书馆的新面貌向居民开放。",
    "志愿者上门为独居老人修家电",
    "作者:方　黎　　版面:B02版:社区",
    "周六上午，十多名志愿者带着工具箱走进青柳巷，为巷子里的独居老人检修家电。",
)


def test_numbered_title_list_repeating_the_headlines_is_navigation_not_a_deck():
    parsed = parse(*APP_PAGE)
    assert decks(parsed) == [
        ("", "旧厂房变身社区图书馆", ""),
        ("", "志愿者上门为独居老人修家电", ""),
    ]
    assert reasons(parsed)["1.旧厂房变身社区图书馆"] == "navigation"
    assert reasons(parsed)["2.志愿者上门为独居老人修家电"] == "navigation"


def test_numbered_lines_whose_titles_are_not_on_the_page_stay_the_stories_lines():
    parsed = parse(
        "2024年05月08日 星期三",
        "1.第一条",
        "2.第二条",
        "这两条规定自下月起施行，请各单位遵照执行。",
    )
    assert "1.第一条" not in reasons(parsed)


def test_page_field_after_the_author_field_is_furniture_and_the_author_the_byline():
    parsed = parse(*APP_PAGE)
    first, second = parsed.articles
    assert first.byline == "本报记者 邓若溪"
    assert first.reporters == ("邓若溪",)
    assert second.reporters == ("方黎",)
    assert reasons(parsed)["版面:B02版:社区"] == "archive-separator"
    assert parsed.metadata.section == "社区"


def test_weekly_name_over_its_running_head_is_furniture_not_a_kicker():
    parsed = parse(
        "读书周末",
        "第9版　书话　　2006年3月9日",
        "",
        "灯下读旧信",
        "□沈　砚",
        "",
        "整理父亲的遗物时，我在一只铁皮饼干盒里找到了一沓旧信。",
    )
    assert decks(parsed) == [("", "灯下读旧信", "")]
    assert reasons(parsed)["读书周末"] == "masthead"
    assert (parsed.metadata.label, parsed.metadata.section) == ("9", "书话")
    assert parsed.metadata.date == "2006-03-09"


def test_post_office_code_read_with_a_letter_for_a_digit_is_still_a_masthead_piece():
    assert HEADER_REGISTRATION_RE.search("代号 2l-36")
    assert HEADER_REGISTRATION_RE.search("邮发代号3O-12")
    assert not HEADER_REGISTRATION_RE.search("代号 lO-Il")  # no digit at all: no code


def test_ocr_masthead_line_with_garbled_code_is_no_story():
    parsed = parse(
        "第1版　　中共清河地委机关报　　　代号 2l-36",
        "全区早稻开镰收割",
        "",
        "本报讯　连日晴好，全区四十万亩早稻陆续开镰。",
    )
    assert decks(parsed) == [("", "全区早稻开镰收割", "")]
    assert parsed.metadata.label == "1"


def test_lines_of_stray_marks_are_scan_noise_not_glued_to_the_headline():
    assert stray_marks("　　　，　　　'")
    assert stray_marks("一　　　·")
    assert not stray_marks("一")  # a numeral alone may be printed
    assert not stray_marks("一　一")  # strokes only: a rule, maybe a numeral
    assert not stray_marks("……")
    parsed = parse(
        "　　　，　．",
        "城关镇新建自来水厂供水",
        "本报讯　城关镇新建的自来水厂今天正式供水。",
    )
    assert decks(parsed) == [("", "城关镇新建自来水厂供水", "")]
    assert reasons(parsed)["，　．"] == "scan-noise"


def test_dateline_printed_over_a_headline_is_the_senders_label_not_the_dateline():
    parsed = parse(
        "本报1986年7月1日讯　连日晴好，全区四十万亩早稻陆续开镰。",
        "新华社上海7月1日电",
        "沪杭铁路复线全线贯通",
        "新华社上海7月1日电　沪杭铁路复线工程今天全线铺通。",
        "〔本报讯〕",
        "城关镇新建自来水厂供水",
        "本报讯　城关镇新建的自来水厂今天正式供水。",
    )
    assert [a.dateline for a in parsed.articles] == [
        "本报1986年7月1日讯",
        "新华社上海7月1日电",
        "本报讯",
    ]
    assert decks(parsed)[1:] == [
        ("", "沪杭铁路复线全线贯通", ""),
        ("", "城关镇新建自来水厂供水", ""),
    ]
    assert reasons(parsed)["〔本报讯〕"] == "source"


def test_dateline_over_a_headline_from_another_sender_is_kept():
    parsed = parse(
        "新华社上海7月1日电",
        "沪杭铁路复线全线贯通",
        "本报讯　沪杭铁路复线工程今天全线铺通。",
    )
    assert "新华社上海7月1日电" not in reasons(parsed)


def test_traditional_column_field_is_the_archives_furniture_not_a_kicker():
    parsed = parse(
        "第3版()",
        "專欄:群眾來信",
        "渡口應當增加班次",
        "編輯同志：我家住在江北，每天要坐渡船過江上班，希望增加早班渡船。",
    )
    assert decks(parsed) == [("", "渡口應當增加班次", "")]
    assert reasons(parsed)["專欄:群眾來信"] == "archive-separator"


def test_publishers_line_in_the_masthead_does_not_name_the_paper():
    parsed = parse(
        "第1版　　中共清河地委机关报　　　代号 2l-36",
        "全区早稻开镰收割",
        "",
        "本报讯　连日晴好，全区四十万亩早稻陆续开镰。",
    )
    assert parsed.metadata.paper == ""


def test_html_break_inside_a_line_parts_it_and_is_not_stored():
    parsed = parse(
        "当前版面：B02版:社区",
        "旧厂房变身社区图书馆<br/>首批上架图书三万余册",
        "作者:本报记者 邓若溪　　版面:B02版:社区",
        "本报讯　闲置多年的纺机厂老厂房，经过半年改造，昨天以社区图书馆的新面貌向居民开放。",
        "图片新闻",
        "5月7日，孩子们在新开的社区图书馆里看书。<br/>本报记者 韦　岚 摄",
    )
    article = parsed.articles[0]
    assert "<br/>" not in "".join(article.title_lines)
    assert article.headline.replace(" ", "").startswith("旧厂房变身社区图书馆")
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("5月7日，孩子们在新开的社区图书馆里看书。", "本报记者 韦　岚 摄")
    ]
    assert reasons(parsed)["<br/>"] == "archive-separator"


def test_a_title_over_a_numbered_item_is_not_taken_for_a_paper_over_its_head():
    parsed = parse(
        "通知",
        "1 报名时间",
        "",
        "报名时间为五月十日至二十日，逾期不再受理，请各位家长相互转告。",
    )
    assert "通知" not in reasons(parsed)


def test_a_lone_full_stop_on_its_own_line_is_not_scan_noise():
    assert not stray_marks("。")
