"""Round 13 of issue 14: decks (pages of my own).

An ornament opening a brief's title is no word of it; a headline whose first line cannot end a
title (a comma, or a verb waiting for its object) is one headline on two lines; a kicker closed by
``——`` and its headline printed on one line are split at the dash; a digest's note of a
translated story's original title (``原题：…``) ends that story, not the next one's deck.
"""

from articles.parsing.deck_lines import (
    letter_title_out_of_text,
)
from articles.parsing.deck_pairs import unfinished_over
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def test_an_ornament_before_a_brief_title_is_left_out_of_the_headline():
    parsed = parse(
        "■城北菜市场改造完工",
        "　　本报讯　经过四个月施工，城北菜市场改造工程日前完工，新设摊位两百余个。",
        "",
        "★南湖公园菊展开幕",
        "　　本报讯　第九届南湖公园菊花展1日开幕，展出各类菊花三万余盆。",
    )
    assert decks(parsed) == [("", "城北菜市场改造完工", ""), ("", "南湖公园菊展开幕", "")]
    # The printed title lines keep the mark as printed.
    assert parsed.articles[0].title_lines == ("■城北菜市场改造完工",)


def test_a_lone_ornament_line_is_not_emptied():
    assert deck_roles([["★"]]) == ("", "★", "")


def test_a_subject_and_verb_over_its_object_is_one_headline():
    assert deck_roles([["柳溪乡兴办", "竹编合作社三十个"]]) == (
        "",
        "柳溪乡兴办竹编合作社三十个",
        "",
    )
    assert deck_roles([["县政协召开", "第九次常委会议"]])[1] == "县政协召开第九次常委会议"


def test_a_line_ending_with_a_comma_cannot_end_a_title():
    assert unfinished_over("冰雹突袭，", "果农连夜抢修防雹网")
    assert unfinished_over("粮油、", "蔬菜价格保持平稳")


def test_two_full_statements_stay_headline_and_subheadline():
    # 年产量翻一番 has a verb of its own: a subheadline, not the object of 投产.
    assert not unfinished_over("县化肥厂扩建投产", "年产量翻一番")
    assert deck_roles([["县化肥厂扩建投产", "年产量翻一番"]]) == (
        "",
        "县化肥厂扩建投产",
        "年产量翻一番",
    )


def test_a_column_name_read_as_a_verb_is_no_cut_headline():
    # jieba reads 来信 as a verb; 来信 names the column's genre.
    assert not unfinished_over("市民来信", "老街路灯该修一修了")


def test_a_comma_title_alone_over_a_dateline_is_a_heading():
    parsed = parse(
        "冰雹突袭，",
        "果农连夜抢修防雹网",
        "",
        "　　本报讯（通讯员　危　岚）前天傍晚，一场冰雹突袭北山果区，果农连夜抢修防雹网。",
    )
    assert decks(parsed) == [("", "冰雹突袭，果农连夜抢修防雹网", "")]


def test_comma_lines_inside_text_are_no_title():
    parsed = parse(
        "冰雹过后果农补种",
        "",
        "　　本报讯　前天傍晚，一场冰雹突袭北山果区。",
        "",
        "据统计，",
        "受灾果园有三百多亩",
        "",
        "果农正在补种。",
    )
    assert decks(parsed) == [("", "冰雹过后果农补种", "")]


def test_a_kicker_closed_by_a_dash_on_the_headline_line_is_split():
    assert deck_roles([["守护一江清水——\u3000\u3000沿江十二个排污口完成截污改造"]]) == (
        "守护一江清水——",
        "沿江十二个排污口完成截污改造",
        "",
    )


def test_a_dash_before_a_space_is_still_a_subheadline():
    assert deck_roles([["练兵备战一线 ——来自某旅的蹲点报告"]])[2] == "——来自某旅的蹲点报告"


def test_an_original_title_note_ends_the_story_above():
    parsed = parse(
        "北欧城市试行“四天工作周”",
        "",
        "【路透社奥斯陆11月3日电】北欧一座中等城市的市政部门从本月起试行每周工作四天。",
        "",
        "原题：一周上四天班行不行",
        "",
        "南美高原湖泊水位回升",
        "",
        "【美联社拉巴斯11月4日电】连续两个月的降雨使南美一处高原湖泊的水位回升了四十厘米。",
    )
    assert decks(parsed) == [
        ("", "北欧城市试行“四天工作周”", ""),
        ("", "南美高原湖泊水位回升", ""),
    ]
    assert parsed.articles[0].paragraphs[-1] == "原题：一周上四天班行不行"


def letter_body(first_paragraph: str, label: str = "读者来信"):
    from articles.parsing.results import Block
    from articles.parsing.units import Body

    body = Body(first_line=1, deck=[[label]])
    body.blocks = [Block("paragraph", first_paragraph), Block("paragraph", "我们大队……")]
    return body


def test_a_letter_title_glued_to_its_salutation_goes_under_the_column_name():
    body = letter_body("公社渡口添了新渡船编辑同志：")
    letter_title_out_of_text(body)
    assert body.deck == [["读者来信", "公社渡口添了新渡船"]]
    assert body.blocks[0].text == "编辑同志："
    assert deck_roles(body.deck) == ("读者来信", "公社渡口添了新渡船", "")


def test_a_salutation_alone_or_under_another_label_is_left_alone():
    alone = letter_body("编辑同志：")
    letter_title_out_of_text(alone)
    assert alone.deck == [["读者来信"]]
    other = letter_body("公社渡口添了新渡船编辑同志：", label="春耕备耕")
    letter_title_out_of_text(other)
    assert other.deck == [["春耕备耕"]]


def test_a_funeral_committee_and_an_office_signing_a_notice_end_it():
    parsed = parse(
        "讣　　告",
        "",
        "白沙市第二中学退休教师彭守义同志，因病医治无效，于2026年9月12日逝世。",
        "",
        "彭守义同志治丧小组",
        "2026年9月13日",
        "",
        "关于滨江路夜间封闭施工的通告",
        "",
        "因管网改造工程施工需要，每晚22时至次日6时对滨江路实行封闭施工。",
        "",
        "白沙市城市道路管理处",
        "2026年9月14日",
        "",
        "招领启事",
        "",
        "9月10日在白沙公园拾到黑色双肩包一个，请失主前来认领。",
    )
    assert [a.kicker for a in parsed.articles] == ["", "", ""]
    assert [a.headline for a in parsed.articles][1:] == ["关于滨江路夜间封闭施工的通告", "招领启事"]


def test_a_comma_title_that_asks_a_question_is_still_the_headline():
    parsed = parse(
        "落叶满街，",
        "环卫工人为何不扫？",
        "",
        "　　本报讯（记者　岑　波）连日来，城西银杏大道落叶铺满人行道，市民纷纷驻足拍照。",
    )
    assert decks(parsed) == [("", "落叶满街，环卫工人为何不扫？", "")]


def test_a_second_line_opening_with_a_time_and_then_its_own_subject_is_a_subheadline():
    # 首日 says when; 茶农 is the second line's own subject: headline + subheadline
    assert deck_roles([["北岭茶园春茶开采", "首日茶农采摘三吨"]]) == (
        "",
        "北岭茶园春茶开采",
        "首日茶农采摘三吨",
    )
