"""Round 16 of issue 14: a headline a narrow column (a PDF's text layer, OCR) cut into short
pieces is one headline, not kicker, headline and subheadline; a column's name over a title
with its ——subtitle is the kicker; a letter's salutation with its first words is text (pages
and decks of my own).

INPUT.md: "Text cut into short lines" is joined; a kicker is the column's name over the title;
a subheadline may start with ``——``; a letter's salutation leads into its text.
"""

from articles.parsing.deck_pairs import cut_pieces, noun_cut_off, object_under_verb
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def test_three_short_pieces_under_a_noun_phrase_are_one_headline():
    assert deck_roles([["县城公共自行车", "投放数量", "增至两千辆"]]) == (
        "",
        "县城公共自行车投放数量增至两千辆",
        "",
    )


def test_a_noun_phrase_over_a_time_and_a_predicate_in_pieces_is_one_headline():
    assert deck_roles([["山区小学食堂", "今年全部", "完成改造"]]) == (
        "",
        "山区小学食堂今年全部完成改造",
        "",
    )


def test_a_time_over_a_statement_with_its_own_subject_keeps_its_kicker():
    kicker, _, _ = deck_roles([["国庆长假", "我县接待游客", "超过五万人次"]])
    assert kicker == "国庆长假"
    assert not cut_pieces(["国庆长假", "我县接待游客", "超过五万人次"])


def test_three_statements_of_their_own_stay_three_roles():
    assert not cut_pieces(["春播工作全面展开", "各村抢时下种", "力争全年丰收"])
    assert deck_roles([["春播工作全面展开", "各村抢时下种", "力争全年丰收"]]) == (
        "春播工作全面展开",
        "各村抢时下种",
        "力争全年丰收",
    )


def test_a_name_in_quotes_under_the_verb_it_is_the_object_of_is_one_headline():
    assert object_under_verb("我市开展", "“清河行动”")
    assert deck_roles([["我市开展", "“清河行动”"]]) == ("", "我市开展“清河行动”", "")


def test_a_name_in_quotes_under_a_statement_is_not_its_object():
    assert not object_under_verb("旧厂房变成文创园", "“老街记忆”")


def test_a_column_name_over_a_title_and_its_dash_subtitle_is_the_kicker():
    roles = deck_roles([["书评"], ["在山海之间读懂乡愁", "——读《渔村纪事》"]])
    assert roles == ("书评", "在山海之间读懂乡愁", "——读《渔村纪事》")


LETTER = (
    "的路灯坏了快一个月了，",
    "晚上出门很不方便，希望有关部门早日修好。",
    "　　东湖小区  一居民",
)


def test_a_salutation_with_its_first_words_is_the_letters_text_not_a_subheadline():
    parsed = parse("群众来信", "小区路灯该修了", "", "编辑同志：我们小区门口", *LETTER)
    article = parsed.articles[0]
    assert decks(parsed) == [("群众来信", "小区路灯该修了", "")]
    assert article.paragraphs[0].startswith("编辑同志：我们小区门口的路灯坏了")


def test_short_pieces_under_a_cued_kicker_are_one_headline_not_headline_and_subheadline():
    assert deck_roles([["市交通局：", "公交线路", "夜间延长运营", "覆盖所有城区"]]) == (
        "市交通局：",
        "公交线路夜间延长运营覆盖所有城区",
        "",
    )


def test_a_column_name_and_its_title_on_one_line_are_kicker_and_headline():
    assert deck_roles([["群众来信  小区路灯该修了"]]) == ("群众来信", "小区路灯该修了", "")


def test_a_title_in_two_halves_on_one_line_has_no_kicker():
    assert deck_roles([["修好渠道  护好良田"]]) == ("", "修好渠道 护好良田", "")


def test_a_measure_word_ending_a_line_waits_for_its_noun_on_the_next():
    assert noun_cut_off("全市第三座“海绵”", "公园开园")
    assert deck_roles([["全市第三座“海绵”", "公园开园"]]) == ("", "全市第三座“海绵”公园开园", "")


def test_a_lone_noun_under_a_title_line_is_its_object_not_a_subheadline():
    assert deck_roles([["镇农具厂试制成功", "脱粒机"]]) == ("", "镇农具厂试制成功脱粒机", "")


def test_a_statement_under_a_title_line_stays_its_subheadline():
    assert not noun_cut_off("旧厂房变身文创园", "游客盈门")
    assert deck_roles([["河道清淤完工", "防汛无忧"]]) == ("", "河道清淤完工", "防汛无忧")


def test_an_amount_ending_a_title_line_is_no_measure_word_waiting_for_its_noun():
    assert not noun_cut_off("社区书屋增至三十家", "居民借书更方便")


def test_a_first_piece_ending_in_an_action_is_a_statement_and_stays_the_kicker():
    assert not cut_pieces(["秋收战斗打响", "全乡玉米收割", "已过五成"])
