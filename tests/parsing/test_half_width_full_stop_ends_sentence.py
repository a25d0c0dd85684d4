"""A half-width full stop after a Han character (``…已恢复供水.``) ends a sentence as ``。`` does
(INPUT.md "Encoding and layout": a line that ends a sentence is not a headline): a short last
paragraph so ended stays in its story. After a letter or a digit the dot is an abbreviation's or a
number's, and a short line so ended is still a title."""

from articles.parsing import ends_sentence, is_heading_like
from tests.parsing.helpers import parse


def test_short_last_paragraph_with_half_width_stop_stays_in_its_story():
    parsed = parse(
        "城北水管爆裂",
        "",
        "本报讯(记者 赵一鸣)昨天上午,城北路一处供水管道爆裂,附近三个小区停水.",
        "",
        "截至昨晚,已恢复供水.",
        "",
        "社区食堂开进老街",
        "",
        "本报讯(记者 孙小雨)老街社区食堂昨天开张,六十岁以上老人用餐可享八折.",
    )
    assert [a.title_lines for a in parsed.articles] == [("城北水管爆裂",), ("社区食堂开进老街",)]
    assert parsed.articles[0].paragraphs[-1] == "截至昨晚,已恢复供水."


def test_the_stop_after_a_closing_quote_ends_a_sentence_too():
    assert ends_sentence("他说：“明天见”.")
    assert not is_heading_like("他说“明天见”.")


def test_the_stop_after_a_unit_sign_ends_a_sentence_too():
    assert ends_sentence("居民人均可支配收入增长6.5%.")
    assert ends_sentence("最高气温将达38℃.")
    assert not is_heading_like("粮食产量增长3‰.")


def test_a_dot_after_a_letter_or_a_digit_is_no_sentence_end():
    assert is_heading_like("华光科技Co.")
    assert not ends_sentence("第1.")
    assert not ends_sentence("增长8.")
    assert is_heading_like("城北水管爆裂")
