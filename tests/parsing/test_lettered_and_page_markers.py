"""Continuation markers without 第/版: a section letter (（转A2）) or 页 as the page word
(（下转第二页）) is enough (INPUT.md "Continuations"); a bare bracketed number (（转3）) is not."""

import pytest

from articles.parsing import find_markers

from .helpers import only_article, parse

LEAD = "本报讯（记者金帅）6日，全市考核督查动员培训会召开。"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("（转A2）", "A2"),
        ("（下转A2）", "A2"),
        ("（转B3）", "B3"),
        ("(转B12)", "B12"),
        ("（轉Ａ２）", "A2"),
        ("（转第2页）", "2"),
        ("（下转第二页）", "2"),
        ("(下转第十二页)", "12"),
        ("（下轉第四頁）", "4"),
        ("（转3页）", "3"),
    ],
)
def test_forward_marker_with_a_section_letter_or_page_word_ye_is_a_marker(printed, label):
    article = only_article("标题", "", LEAD + "一季度没有组织现场考评，" + printed)
    assert article.paragraphs == (LEAD + "一季度没有组织现场考评，",)
    assert article.continued_on == label
    assert [m.text for m in article.markers] == [printed]


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("（上接第1页）", "1"),
        ("（接第一页）", "1"),
        ("(接第1页)", "1"),
        ("（上接第一頁）", "1"),
        ("（接A1）", "A1"),
        ("(上接Ｂ３)", "B3"),
    ],
)
def test_backward_marker_with_a_section_letter_or_page_word_ye_is_a_marker(printed, label):
    article = only_article("标题", "", printed + "他指出，要坚持稳中求进。")
    assert article.paragraphs == ("他指出，要坚持稳中求进。",)
    assert article.continued_from == label


@pytest.mark.parametrize(
    "text",
    [
        "资金（转3）已到位。",
        "见(续3)。",
        "（转三）",
        "（接12）",
        "（转AB123）",
        "沿沈海高速（转G15）行驶",
    ],
)
def test_a_bare_number_in_brackets_after_zhuan_or_xu_is_still_no_marker(text):
    assert find_markers(text) == []


def test_lettered_markers_cut_by_a_line_break_still_join_the_two_halves():
    parsed = parse(
        "本报讯（记者金帅）昨日，市委召开全会。会议要求坚持稳中求进，（转",
        "A2）",
        "",
        "市委全会",
        "（接A1）会议还要求各地抓好落实。",
    )
    first, second = parsed.articles
    assert first.continued_on == "A2"
    assert first.paragraphs == ("本报讯（记者金帅）昨日，市委召开全会。会议要求坚持稳中求进，",)
    assert second.continued_from == "A1"
    assert second.paragraphs == ("会议还要求各地抓好落实。",)


@pytest.mark.parametrize(
    "text",
    [
        "乘客可在东站换乘（转B7）前往机场，",
        "市民可乘（接A3）专线到达，",
        "快速公交（转Ｃ１２）线路调整，（接D5）支线照常运行。",
    ],
)
def test_a_lettered_label_in_brackets_inside_a_sentence_is_no_marker(text):
    assert find_markers(text) == []


def test_a_lettered_marker_ends_or_opens_its_line_in_a_longer_text():
    text = "会议要求坚持稳中求进。（转A2）\n（接A1）会议还要求各地抓好落实。"
    assert [(m.direction, m.label) for _, _, m in find_markers(text)] == [
        ("forward", "A2"),
        ("backward", "A1"),
    ]


def test_a_lettered_jump_keeps_its_marker_with_the_page_word_even_mid_line():
    assert [m.label for _, _, m in find_markers("详见（转A2版）相关报道")] == ["A2"]
