"""Deck roles, round 6 (issue 14): kicker over headline against headline over subheadline,
labels of a run of items or of an archive's column, and a 副刊 page's titles over their authors.
Pages written for these tests."""

from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse

DATED = "本报讯（记者 林  岚）昨天上午，市里召开会议，部署春季植树工作。会议要求各地落实责任。"
PLAIN = "开春以来，城区各街道组织居民植树护绿，新栽树苗成活率普遍较高。"


# Kicker or subheadline -----------------------------------------------------------------------


def test_couplet_of_parallel_phrases_over_a_longer_title_is_the_kicker():
    assert deck_roles([["植树造林　绿化家园", "全市春季义务植树活动启动"]]) == (
        "植树造林 绿化家园",
        "全市春季义务植树活动启动",
        "",
    )


def test_couplet_over_a_title_and_its_dash_subtitle_is_kicker_headline_subheadline():
    assert deck_roles([["护好绿水  守住青山", "沿江十镇完成岸线复绿", "——复绿面积超过三千亩"]]) == (
        "护好绿水 守住青山",
        "沿江十镇完成岸线复绿",
        "——复绿面积超过三千亩",
    )


def test_halves_over_a_shorter_or_quoting_second_line_stay_headline_and_subheadline():
    # The second line is shorter than the halves, or names a speaker: detail, a 副题.
    assert deck_roles([["老桥加固完工 今起恢复通行", "公交线路同步调整"]]) == (
        "",
        "老桥加固完工 今起恢复通行",
        "公交线路同步调整",
    )
    assert deck_roles([["春茶开采  茶价平稳", "茶农：今年品质好于往年"]]) == (
        "",
        "春茶开采 茶价平稳",
        "茶农：今年品质好于往年",
    )


def test_two_plain_statements_stay_headline_and_subheadline_whatever_their_lengths():
    # No cue, no couplet: what the lines say decides (editors differ), so 主题 + 副题 stays.
    assert deck_roles([["青山村通了自来水", "家家户户用上了放心水"]]) == (
        "",
        "青山村通了自来水",
        "家家户户用上了放心水",
    )


def test_long_sentence_under_a_statement_stays_the_subheadline():
    assert deck_roles([["全市植树造林进度过半", "已栽种各类苗木一百二十万株，成活率九成以上"]]) == (
        "",
        "全市植树造林进度过半",
        "已栽种各类苗木一百二十万株，成活率九成以上",
    )


def test_three_very_short_lines_are_one_headline_cut_by_a_narrow_column():
    assert deck_roles([["东湖隧道", "西段主体", "工程完工"]]) == (
        "",
        "东湖隧道西段主体工程完工",
        "",
    )


def test_three_lines_of_a_headlines_length_stay_kicker_headline_subheadline():
    assert deck_roles([["春耕时节", "全市农机具检修完毕", "三千台农机整装待发"]]) == (
        "春耕时节",
        "全市农机具检修完毕",
        "三千台农机整装待发",
    )


def test_dash_line_printed_above_the_title_is_the_kicker():
    assert deck_roles([["——访乡村教师周明远", "山里娃的“领路人”"]]) == (
        "——访乡村教师周明远",
        "山里娃的“领路人”",
        "",
    )


def test_block_printed_apart_above_a_dash_cued_kicker_is_not_in_the_deck():
    assert deck_roles([["植绿护绿　人人有责"], ["春风里的植树节——", "千名志愿者为东湖添新绿"]]) == (
        "春风里的植树节——",
        "千名志愿者为东湖添新绿",
        "",
    )


# Labels of a run of items and of an archive ---------------------------------------------------


def test_name_of_a_run_of_briefs_over_a_title_is_not_its_kicker():
    assert deck_roles([["简  讯"], ["城北菜市场恢复营业"]]) == ("", "城北菜市场恢复营业", "")
    assert deck_roles([["本地快讯", "城北菜市场恢复营业"]]) == ("", "城北菜市场恢复营业", "")


def test_section_news_label_over_a_two_line_deck_is_left_out_of_the_roles():
    assert deck_roles([["体育新闻", "市中学生篮球联赛开赛", "三十二支球队参赛"]]) == (
        "",
        "市中学生篮球联赛开赛",
        "三十二支球队参赛",
    )


def test_run_name_alone_is_still_the_headline():
    assert deck_roles([["简  讯"]]) == ("", "简 讯", "")


def test_column_of_a_single_piece_is_still_its_kicker():
    assert deck_roles([["时评"], ["植树更要护树"]]) == ("时评", "植树更要护树", "")


def test_archive_column_field_is_set_aside_not_a_kicker():
    parsed = parse("第2版()", "专栏:杂谈", "", "植树更要护树", PLAIN)
    assert decks(parsed) == [("", "植树更要护树", "")]
    assert "专栏:杂谈" in parsed.ignored_lines


# 副刊: titles over their authors' names ------------------------------------------------------


def test_title_over_its_author_at_the_top_of_a_supplement_page_is_the_headline():
    parsed = parse(
        "东湖日报　2026年3月18日　星期三　第8版　副刊·湖畔",
        "",
        "母亲的腌菜坛",
        "",
        "沈知秋",
        "",
        "　　老家的灶屋角落里，一直放着母亲的那只腌菜坛。",
    )
    article = parsed.articles[0]
    assert (article.headline, article.byline) == ("母亲的腌菜坛", "沈知秋")


def test_column_name_after_a_poem_is_the_next_titles_kicker():
    parsed = parse(
        "春雨",
        "",
        "柳　岸",
        "",
        "雨落在新翻的田里",
        "泥土醒了",
        "燕子从南方回来",
        "",
        "随笔",
        "",
        "在车站等一个人",
        "",
        "冯远舟",
        "",
        "　　小城的车站不大，候车室里只有几排长椅。那天我在那里等一位老同学。",
    )
    assert decks(parsed)[-1] == ("随笔", "在车站等一个人", "")
    assert "随笔" not in parsed.articles[0].paragraphs


def test_three_short_lines_of_a_cut_heading_are_joined_into_one_headline():
    from articles.parsing.headcuts import rejoin_cut_heading

    assert rejoin_cut_heading(["南湖公园", "东门广场", "改造完成"], 8) == [
        "南湖公园东门广场改造完成"
    ]
    assert rejoin_cut_heading(["南湖公园", "东门广场改造完成"], 8) == [
        "南湖公园",
        "东门广场改造完成",
    ]
