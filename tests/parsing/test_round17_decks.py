"""Round 17 of issue 14: two statements set apart as blocks are headline and subheadline in
print order; a line naming a calendar day is news, not a slogan kicker; a marked label naming
the kind of piece the story is (■记者手记) is its kicker; a reporter signed with the place
reported from (記者…／…報導) is the byline (decks and pages of my own).

INPUT.md, "Headlines": kicker / headline / subheadline; the author's line is the byline, not
the headline.
"""

from articles.parsing.deck_pairs import over_title
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def test_two_statements_set_apart_are_headline_and_subheadline_in_print_order():
    assert deck_roles([["全省秋粮收购总体平稳有序"], ["粮库仓容同比增加两成"]]) == (
        "",
        "全省秋粮收购总体平稳有序",
        "粮库仓容同比增加两成",
    )


def test_a_column_name_set_apart_over_a_title_stays_its_kicker():
    assert deck_roles([["市民来信"], ["老街路灯该修了"]]) == ("市民来信", "老街路灯该修了", "")


def test_a_line_naming_a_calendar_day_is_news_not_a_slogan_kicker():
    assert not over_title("招聘考试7月10日举行", "准考证须在规定时间内打印")
    assert deck_roles([["招聘考试7月10日举行", "准考证须在规定时间内打印"]]) == (
        "",
        "招聘考试7月10日举行",
        "准考证须在规定时间内打印",
    )


def test_a_marked_reporters_note_label_is_the_kicker_of_its_piece():
    assert deck_roles([["◆采访札记", "山村里的读书声"]]) == ("采访札记", "山村里的读书声", "")


def test_a_marked_recurring_section_label_is_still_left_out():
    assert deck_roles([["■社区速递", "夜校春季班开始报名"]])[0] == ""


def test_a_reporter_and_the_place_reported_from_under_the_title_is_the_byline():
    parsed = parse(
        "港口新碼頭啟用 貨運量可望倍增",
        "記者陳嘉文／溫哥華報導",
        "新碼頭12日正式啟用，港務局表示，全年貨運量可望增加一倍。",
    )
    assert decks(parsed) == [("", "港口新碼頭啟用 貨運量可望倍增", "")]
    assert "陳嘉文" in parsed.articles[0].byline


def test_a_reposts_original_title_line_is_no_line_of_the_deck():
    assert deck_roles([["夜市烟火气回来了", "原标题：老街夜市重新开张"]]) == (
        "",
        "夜市烟火气回来了",
        "",
    )


def test_a_unit_and_spaced_name_under_a_dash_subtitle_is_the_byline_not_the_subtitle():
    parsed = parse(
        "桥  上  歌",
        "——献给架桥工人",
        "    江东桥梁厂  吴  风",
        "",
        "江上长虹一线牵，",
        "工人挥汗不停闲。",
    )
    assert decks(parsed) == [("", "桥 上 歌", "——献给架桥工人")]
    assert "吴" in parsed.articles[0].byline


def test_a_letters_signature_over_the_next_letters_title_ends_the_letter_before():
    parsed = parse(
        "公园厕所该修了",
        "",
        "城西公园的厕所年久失修，下雨天到处漏水，希望园林部门尽快派人修理。",
        "城西小学教员  方  林",
        "",
        "菜场的秤要校准",
        "",
        "我常到东门菜场买菜，发现好几个摊位的秤不准，希望市场管理部门经常检查。",
    )
    assert decks(parsed) == [("", "公园厕所该修了", ""), ("", "菜场的秤要校准", "")]
    assert "方  林" in "\n".join(b.text for b in parsed.articles[0].blocks)
