"""Round 15 of issue 14: lines among a title's lines that are no deck lines, and deck shapes a
column, a box of briefs or a narrow OCR column print (pages of my own).

INPUT.md: meta lines (``作者:``) are never a headline; the author's name on its own line under a
title (spaces inside) is the byline; a kicker is the column's name over the title, a
subheadline may start with ``——``; text cut into short lines is joined.
"""

from articles.parsing.deck_pairs import column_label_over, predicate_cut_off
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def story(*deck, text="　　入冬以来，河西镇的菜农把大棚里的番茄一筐筐运到了县城的早市上。"):
    return (*deck, text)


def test_an_author_line_under_a_title_is_the_byline_not_part_of_the_headline():
    parsed = parse(
        *story("专家视角", "", "县域医共体要防止“只挂牌不联动”", "作者：北湖医学院  程  岚")
    )
    article = parsed.articles[0]
    assert decks(parsed) == [("专家视角", "县域医共体要防止“只挂牌不联动”", "")]
    assert "作者：北湖医学院  程  岚" in article.byline_lines


def test_an_author_line_over_a_title_in_an_archive_record_is_the_byline():
    parsed = parse("作者：本报驻开罗记者 文沙", "", "尼罗河畔的新灌渠", *story()[0:])
    article = parsed.articles[0]
    assert (article.kicker, article.headline) == ("", "尼罗河畔的新灌渠")
    assert article.byline_lines == ("作者：本报驻开罗记者 文沙",)


def test_an_author_unit_line_is_no_subheadline():
    parsed = parse(*story("让老街区留住烟火气", "作者单位：西江城市规划研究院"))
    assert decks(parsed) == [("", "让老街区留住烟火气", "")]


def test_a_pen_name_spaced_out_under_a_title_is_the_byline():
    parsed = parse(*story("灯下闲笔", "晓  帆"))
    article = parsed.articles[0]
    assert decks(parsed) == [("", "灯下闲笔", "")]
    assert article.byline_lines == ("晓  帆",)


def test_a_short_title_spaced_out_under_a_spaced_label_stays_the_title():
    parsed = parse(*story("散  文  诗", "渡    口"))
    assert parsed.articles[0].title_lines == ("散  文  诗", "渡    口")
    assert parsed.articles[0].byline_lines == ()


def test_a_title_in_two_halves_set_apart_by_spaces_is_no_pen_name():
    parsed = parse(*story("修好渠道", "护好良田"))
    assert decks(parsed)[0][1:] in (("修好渠道", "护好良田"), ("修好渠道 护好良田", ""))


def test_a_desk_role_alone_under_a_subheadline_is_the_byline():
    parsed = parse(*story("治沙人的二十年", "——记东梁林场护林队", "本报通讯员"))
    article = parsed.articles[0]
    assert decks(parsed) == [("", "治沙人的二十年", "——记东梁林场护林队")]
    assert article.byline_lines == ("本报通讯员",)


def test_a_column_name_over_a_title_and_its_dash_subtitle_is_the_kicker():
    assert deck_roles([["书林漫笔", "在灶台边读懂乡愁", "——读《外婆的菜谱》"]]) == (
        "书林漫笔",
        "在灶台边读懂乡愁",
        "——读《外婆的菜谱》",
    )


def test_a_title_in_two_lines_over_a_dash_subtitle_stays_one_headline():
    # 以科技创新引领 / 全县产业升级: a preposition's phrase over its statement, no column's name.
    assert not column_label_over("以科技创新引领", "全县产业升级迈出新步伐")
    assert deck_roles([["以科技创新引领", "全县产业升级迈出新步伐", "——记县高新区建设"]])[0] == ""


def test_a_short_predicate_cut_off_under_a_three_line_deck_ends_the_line_above():
    kicker, headline, sub = deck_roles([["夏粮入库忙", "全县小麦收购", "已过七成"]])
    assert (kicker, headline.replace(" ", ""), sub) in (
        ("夏粮入库忙", "全县小麦收购已过七成", ""),
        ("", "夏粮入库忙", "全县小麦收购已过七成"),
    )


def test_a_three_line_deck_with_a_subheadline_of_its_own_keeps_three_roles():
    # 亩产比去年增加一成: a subheadline with its own subject, not a line cut off.
    assert not predicate_cut_off("我县早稻喜获丰收", "亩产比去年增加一成")
    assert deck_roles([["坚持科学种田", "我县早稻喜获丰收", "亩产比去年增加一成"]]) == (
        "坚持科学种田",
        "我县早稻喜获丰收",
        "亩产比去年增加一成",
    )


def test_a_box_label_over_the_first_bulleted_brief_is_no_kicker():
    parsed = parse(
        "【街坊】",
        "",
        "●菜场早市延长到九点",
        "从下周一起，东门菜场早市的营业时间延长到上午九点。",
        "",
        "●老年大学春季招生",
        "区老年大学春季班开始报名，设书法、合唱等十二个班。",
    )
    assert [d[:2] for d in decks(parsed)] == [("", "菜场早市延长到九点"), ("", "老年大学春季招生")]


def test_a_bracket_label_over_a_plain_title_is_still_its_kicker():
    assert deck_roles([["【健康提醒】", "雨后采菌莫贪鲜"]])[:2] == (
        "【健康提醒】",
        "雨后采菌莫贪鲜",
    )


def test_a_picture_items_label_left_over_a_title_is_no_deck_line():
    assert deck_roles([["图片说明"], ["读者论坛"], ["小区加装电梯要算好“邻里账”"]]) == (
        "读者论坛",
        "小区加装电梯要算好“邻里账”",
        "",
    )


def test_an_author_line_over_a_title_comes_before_the_byline_printed_under_it():
    parsed = parse("作者:本报记者 江远帆", "", "河谷里的新水电站", "本报记者 江远帆", *story()[0:])
    article = parsed.articles[0]
    assert article.headline == "河谷里的新水电站"
    assert article.reporters == ("江远帆",)


def test_a_letter_spaced_title_glued_to_the_text_under_a_column_name_is_the_headline():
    # A page of short OCR lines: the spaced title line has no punctuation and is joined to the
    # text line under it; it is the title under the column's name, not the text's first words.
    parsed = parse(
        "冬修水利热火朝天",
        "本报讯  入冬以来，",
        "全县各公社的社员",
        "冒着严寒修水利，",
        "到本月十日止，已",
        "完成土方十二万方，",
        "修好渠道四十多条。",
        "",
        "短  评",
        "修 好 水 渠 保 丰 收",
        "眼下正是冬修水利",
        "的好时候，各大队",
        "要趁农闲把渠道、",
        "塘坝都修整一遍，",
        "为明年的丰收打下",
        "牢固的基础。",
    )
    article = parsed.articles[-1]
    assert (article.kicker.replace(" ", ""), article.headline.replace(" ", "")) == (
        "短评",
        "修好水渠保丰收",
    )
    assert article.paragraphs[0].startswith("眼下正是冬修水利")


def test_a_title_glued_before_a_dateline_on_an_archive_record_line_is_the_headline():
    parsed = parse(
        "第3版(国际)",
        "专栏：",
        "",
        "北欧三国签署电网互联协议 新华社奥斯陆2月5日电 北欧三国的能源部长四日在这里签署协议，"
        "决定在五年内建成连接三国的高压电网。",
    )
    article = parsed.articles[-1]
    assert article.headline == "北欧三国签署电网互联协议"
    assert article.dateline == "新华社奥斯陆2月5日电"


def test_a_line_glued_before_a_reports_source_under_a_headline_is_its_subheadline():
    parsed = parse(
        "高原小城的光伏电站",
        "戈壁滩上板阵连片 据英国《能源周刊》网站2月3日报道，高原上的一座小城建成了光伏电站。",
    )
    article = parsed.articles[0]
    assert (article.headline, article.subheadline) == ("高原小城的光伏电站", "戈壁滩上板阵连片")
    assert article.paragraphs[0].startswith("据英国《能源周刊》")


def test_a_sentence_that_names_a_dateline_later_stays_text():
    parsed = parse(
        "春耕备耕有序推进",
        "各地农资供应充足，据新华社报道，化肥储备比去年同期多一成。",
    )
    assert parsed.articles[0].paragraphs[0].startswith("各地农资供应充足")


def test_a_dash_subtitle_cut_over_two_short_lines_is_one_subheadline():
    assert deck_roles([["引来清泉灌良田", "——记柳湾大队", "修渠的事迹"]]) == (
        "",
        "引来清泉灌良田",
        "——记柳湾大队修渠的事迹",
    )


def test_a_long_line_under_a_dash_subtitle_is_not_joined_to_it():
    roles = deck_roles(
        [["治沙人的二十年", "——记东梁林场护林队", "二十年坚守沙漠边缘的十二位护林员"]]
    )
    assert not any(role.startswith("——记东梁林场护林队二十年") for role in roles)


def test_a_column_name_ending_in_a_noun_over_a_title_and_its_dash_subtitle_is_the_kicker():
    assert column_label_over("学习园地", "在田埂上读懂节气")
    assert not column_label_over("以科技创新引领", "全县产业升级迈出新步伐")
