"""Deck roles, round 5 (issue 14): column names over a title, bylines printed with the title,
a headline and its ——subtitle on one line. Pages written for these tests."""

from articles.parsing.decks import deck_roles
from articles.parsing.names import looks_like_deck_byline
from tests.parsing.helpers import decks, parse

DATED = "本报讯（记者 林  岚）昨天上午，市里召开会议，部署冬季供暖工作。会议要求各地落实责任。"
PLAIN = "入冬以来，城区供暖管网完成检修，热源厂储煤充足，居民家中室温普遍达标。"


# Column names over a title ---------------------------------------------------------------------


def test_spaced_column_name_over_a_title_is_the_kicker():
    assert deck_roles([["杂  谈", "旧书摊前的午后"]]) == ("杂 谈", "旧书摊前的午后", "")
    assert deck_roles([["诗  篇", "湖边的柳"]]) == ("诗 篇", "湖边的柳", "")


def test_column_name_separated_from_its_title_by_a_blank_line_is_the_kicker():
    parsed = parse("短  评", "", "供暖要暖到百姓心里", "", PLAIN)
    assert decks(parsed) == [("短 评", "供暖要暖到百姓心里", "")]


def test_column_name_naming_its_genre_over_a_title_not_twice_as_long_is_the_kicker():
    assert deck_roles([["乡村观察"], ["冬储白菜卖得俏"]]) == ("乡村观察", "冬储白菜卖得俏", "")


def test_six_character_column_name_without_a_verb_is_the_kicker():
    assert deck_roles([["社区法律课堂"], ["邻里漏水纠纷  调解化干戈"]]) == (
        "社区法律课堂",
        "邻里漏水纠纷 调解化干戈",
        "",
    )


def test_short_first_line_saying_what_happened_is_the_headline_over_its_subtitle():
    # 煤价回落 has a verb: a title in two, not a column's name.
    assert deck_roles([["市区煤价回落"], ["热力公司增加储备"]]) == (
        "",
        "市区煤价回落",
        "热力公司增加储备",
    )


def test_long_first_line_over_a_title_stays_headline_and_subheadline():
    assert deck_roles([["全市供暖管网检修全部完成", "新建换热站二十座投入运行"]]) == (
        "",
        "全市供暖管网检修全部完成",
        "新建换热站二十座投入运行",
    )


# Bylines printed with the title ----------------------------------------------------------------


def test_marked_byline_after_the_title_is_the_byline_not_the_subheadline():
    parsed = parse("热源厂里的守夜人", "■本报记者  周  扬  通讯员  方晓岚", "", PLAIN)
    assert decks(parsed) == [("", "热源厂里的守夜人", "")]
    assert parsed.articles[0].reporters == ("周扬", "方晓岚")


def test_commentator_byline_under_a_column_name_and_title_is_not_in_the_deck():
    parsed = parse("楼市漫谈", "观望情绪正在消退", "□本报评论员\u3000孟\u3000川", "", PLAIN)
    assert decks(parsed) == [("楼市漫谈", "观望情绪正在消退", "")]
    assert parsed.articles[0].reporters == ("孟川",)


def test_byline_glued_to_the_end_of_the_title_line_is_cut_off():
    parsed = parse("观望情绪正在消退 □ 孟  川", "", PLAIN)
    assert decks(parsed) == [("", "观望情绪正在消退", "")]
    assert parsed.articles[0].byline_lines == ("□ 孟  川",)


def test_byline_after_a_dashed_subtitle_leaves_the_subtitle_cued():
    parsed = parse("供热一线的冬夜", "——记市热力公司抢修班", "作者:本报记者 邹 宁", "", PLAIN)
    assert decks(parsed) == [("", "供热一线的冬夜", "——记市热力公司抢修班")]


def test_title_starting_with_a_role_word_is_not_a_byline():
    assert not looks_like_deck_byline("记者节里话初心")
    assert not looks_like_deck_byline("通讯员队伍再扩容")
    assert looks_like_deck_byline("晚报记者 邱  禾 文/图")


# A headline and its subtitle on one line ------------------------------------------------------


def test_headline_and_dashed_subtitle_on_one_line_are_split():
    assert deck_roles([["寒夜里的巡线人 ——跟随电力抢修队走一夜"]]) == (
        "",
        "寒夜里的巡线人",
        "——跟随电力抢修队走一夜",
    )


def test_dash_inside_a_headline_without_a_space_does_not_split_it():
    assert deck_roles([["从“等暖”到“送暖”——一座小城的冬天"]]) == (
        "",
        "从“等暖”到“送暖”——一座小城的冬天",
        "",
    )


def test_two_lines_after_a_cued_kicker_are_headline_and_subheadline():
    assert deck_roles([["温暖过冬——", "城区供暖全面达标", "居民室温普遍在二十度以上"]]) == (
        "温暖过冬——",
        "城区供暖全面达标",
        "居民室温普遍在二十度以上",
    )
