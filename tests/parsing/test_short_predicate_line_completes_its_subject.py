"""A deck line that is only a short predicate ending in a verb (``全面展开``, ``顺利竣工``) under a
subject with no predicate of its own (``全乡秋收秋种工作``) completes it: one 主题 set on two lines,
not a headline over a subheadline, nor a kicker over a four-character headline (INPUT.md, "A
headline may be printed on two lines"). Invented decks and pages.
"""

import pytest

from articles.parsing.deck_ends import predicate_completes
from articles.parsing.decks import deck_roles


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("全乡秋收秋种工作", "全面展开"),
        ("城西污水处理厂", "顺利竣工"),
        ("全县夏收夏种战斗", "全面展开"),
    ],
)
def test_a_short_predicate_under_its_subject_is_one_headline(first, second):
    assert predicate_completes(first, second)
    assert deck_roles([[first, second]]) == ("", first + second, "")


def test_lines_set_apart_on_an_ocr_page_are_joined_too():
    # Every line set apart by a blank line: the slogan stays over the joined headline.
    deck = [["学大寨  赶昔阳"], ["全乡秋收秋种工作"], ["全面展开"]]
    assert deck_roles(deck) == ("学大寨 赶昔阳", "全乡秋收秋种工作全面展开", "")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("高考首日", "秩序井然"),  # an idiom with its own subject
        ("市民来信", "老街路灯该修了"),  # longer than a predicate alone
        ("耐火材料厂", "节约用煤见成效"),
        ("新桥通车", "市民点赞"),  # the first line is a statement already
        ("全县夏收 ——", "全面展开"),  # a cue, punctuation: not read
    ],
)
def test_other_pairs_are_not_a_predicate_completing_its_subject(first, second):
    assert not predicate_completes(first, second)


def test_real_kicker_and_headline_pairs_stay():
    assert deck_roles([["坚持科学种田", "我县早稻喜获丰收"]]) == (
        "坚持科学种田",
        "我县早稻喜获丰收",
        "",
    )
    assert deck_roles([["市民来信"], ["老街路灯该修了"]]) == ("市民来信", "老街路灯该修了", "")
    assert deck_roles([["全省田径锦标赛"], ["小将摘得三金"]]) == (
        "全省田径锦标赛",
        "小将摘得三金",
        "",
    )
