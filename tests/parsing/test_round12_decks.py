"""Round 12 of issue 14: two short title lines with no cue, a subject over its predicate, are
one headline printed on two lines (pages of my own).

INPUT.md, "Headlines": "A headline may be printed on two lines". When the second line opens with
a verb, a preposition or a time word (no subject of its own) under a first line that is only a
noun phrase, the two lines are one sentence; a second line under a first that is already a
whole statement, or with a subject of its own, stays the subheadline.
"""

from articles.parsing.deck_pairs import sentence_halves
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def story(*deck, text="本报讯（记者　鲁　晴）老城区雨污分流改造今年已完成管网铺设三十公里。"):
    return (*deck, "　　" + text)


def test_a_noun_phrase_over_a_line_opening_with_a_verb_is_one_headline():
    parsed = parse(*story("县域冷链物流网", "覆盖全部乡镇"))
    assert decks(parsed) == [("", "县域冷链物流网 覆盖全部乡镇", "")]


def test_a_noun_phrase_over_a_line_opening_with_a_time_word_is_one_headline():
    assert deck_roles([["老城区雨污分流", "今年完工三十公里"]]) == (
        "",
        "老城区雨污分流 今年完工三十公里",
        "",
    )


def test_a_noun_phrase_over_a_line_opening_with_a_preposition_is_one_headline():
    assert sentence_halves("城南街道社区老人食堂", "在老年活动中心开张")


def test_a_whole_statement_over_a_predicate_keeps_its_subheadline():
    # 扩建完工 / 坚持采摘: the first line already says what happened, two verbs in it.
    assert deck_roles([["渡口码头扩建完工", "下月起恢复通航"]]) == (
        "",
        "渡口码头扩建完工",
        "下月起恢复通航",
    )
    assert not sentence_halves("茶园工人坚持采摘", "赶在雨前收完春茶")


def test_a_second_line_with_its_own_subject_stays_the_subheadline():
    assert not sentence_halves("柳塘大队兴修水利", "旱地变成了水浇田")
    assert deck_roles([["湖滨社区调解室获评先进", "邻里纠纷就近化解"]])[2] == "邻里纠纷就近化解"


def test_a_place_name_over_a_predicate_without_a_subject_is_one_headline():
    # Round 18: the seed's convention (以重大项目支撑 / 南通高质量发展走在前列), no kicker.
    assert deck_roles([["江湾图书馆", "延长开放时间"]]) == ("", "江湾图书馆 延长开放时间", "")


def test_lines_longer_than_a_headline_half_are_not_joined():
    assert sentence_halves("全省县域冷链物流骨干网络", "覆盖全部乡镇")  # twelve characters
    assert not sentence_halves("城南街道社区居民助餐服务站点", "覆盖全部乡镇")  # fourteen


def test_a_verb_describing_the_second_lines_own_subject_keeps_the_subheadline():
    # 参展书店 is the subject of 超过: the second line says a thing of its own.
    assert deck_roles([["江城图书市集开幕", "参展书店超过两百家"]]) == (
        "",
        "江城图书市集开幕",
        "参展书店超过两百家",
    )


def test_a_verb_and_its_object_in_the_first_line_is_a_statement_not_a_subject():
    assert not sentence_halves("县委常委会召开会议", "传达学习全会精神")


def test_a_verb_read_as_a_noun_before_an_amount_opens_a_predicate():
    # jieba reads 突破 as a verbal noun; with an amount after it, it is the verb.
    assert deck_roles([["全镇茶叶产值", "突破三亿元"]]) == ("", "全镇茶叶产值 突破三亿元", "")


def test_a_verb_before_the_verbal_noun_it_modifies_leaves_a_noun_phrase():
    # 宣讲活动: the activity's name, not a statement, so the line under it is its predicate.
    assert deck_roles([["乡村健康宣讲活动", "在各村陆续开展"]]) == (
        "",
        "乡村健康宣讲活动 在各村陆续开展",
        "",
    )
