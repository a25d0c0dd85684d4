"""Round 10 of issue 14: deck lines with no cue between them (pages of my own).

INPUT.md, "Headlines": a column's label in solid brackets alone over a title is the title's
kicker; a recurring column name marked with a symbol (◎, ■) is no story's kicker; a headline
broken over two short lines whose first half cannot stand alone is not kicker + headline; a
reader's question under a question-and-answer item's title opens its text.
"""

from articles.parsing.deck_pairs import headline_halves, over_title
from tests.parsing.helpers import decks, parse


def story(*deck, text="本报讯（记者　潘　晴）今年春季社区夜校开设二十门课程，即日起接受报名。"):
    return (*deck, "　　" + text)


def test_a_label_in_solid_brackets_over_a_title_is_its_kicker():
    parsed = parse(*story("【安全提示】", "雨季出行注意积水路段"))
    assert decks(parsed) == [("【安全提示】", "雨季出行注意积水路段", "")]
    parsed = parse(*story("〖城市观察〗", "旧厂房改造要留住烟火气"))
    assert decks(parsed) == [("〖城市观察〗", "旧厂房改造要留住烟火气", "")]


def test_a_label_in_solid_brackets_opening_the_title_line_is_its_kicker():
    parsed = parse(*story("【安全提示】 雨季出行注意积水路段"))
    assert decks(parsed) == [("【安全提示】", "雨季出行注意积水路段", "")]


def test_a_bracketed_column_name_at_the_end_of_a_title_stays_in_the_headline():
    parsed = parse(*story("远山深处的小站（新书过眼）"))
    assert decks(parsed) == [("", "远山深处的小站（新书过眼）", "")]


def test_a_column_name_marked_with_a_symbol_is_left_out_of_the_deck():
    parsed = parse(*story("◎社区速递", "", "夜校春季班开始报名"))
    assert decks(parsed) == [("", "夜校春季班开始报名", "")]
    parsed = parse(*story("■专家信箱", "阳台种菜为何总长虫？"))
    assert decks(parsed) == [("", "阳台种菜为何总长虫？", "")]


def test_a_readers_question_under_the_title_opens_the_text():
    parsed = parse(
        "■专家信箱",
        "阳台种菜为何总长虫？",
        "",
        "　　市民周先生问：我家阳台种了几盆青菜，叶子上总有小虫子，怎样才能不用农药赶走？",
        "　　市农科所研究员答：可以在花盆边挂几张黄色粘虫板，阳台要常开窗通风。",
    )
    assert decks(parsed) == [("", "阳台种菜为何总长虫？", "")]
    assert parsed.articles[0].paragraphs[0].startswith("市民周先生问：")


def test_a_first_half_ending_in_de_is_joined_to_the_second_as_one_headline():
    assert headline_halves("老码头边的", "一间小小修表铺")
    assert not over_title("老码头边的", "一间小小修表铺")
    parsed = parse(*story("老码头边的", "一间小小修表铺"))
    assert decks(parsed) == [("", "老码头边的一间小小修表铺", "")]


def test_a_name_over_a_statement_with_its_own_subject_is_not_a_kicker():
    assert not over_title("海湾湿地", "候鸟数量创新高")


def test_a_name_over_a_title_without_a_subject_is_one_headline_with_it():
    # Round 18: the seed's convention (以重大项目支撑 / 南通高质量发展走在前列), not a kicker.
    assert not over_title("城西体育馆", "延长夜间开放时间")
    parsed = parse(*story("城西体育馆", "延长夜间开放时间"))
    assert decks(parsed) == [("", "城西体育馆 延长夜间开放时间", "")]
