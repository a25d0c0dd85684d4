"""A time word ending in X, then the part of that same X (明年年中, 今年年内, 去年年初, 本月月中)
says which part of the year or month and is no doubled character; the same pair before anything
else is still a slip. An unknown word made of one character from each name of a list (北北基:
台北、新北、基隆) keeps its doubled character when nothing shows that one X is too many
(articles/proofreading/doubled.py, rules 4 and 6 and the HMM word)."""

import pytest

from articles.proofreading import check_text


def doubled(text):
    return [f.text for f in check_text(text) if f.kind == "doubled"]


@pytest.mark.parametrize(
    "text",
    [
        "新馆预计明年年中开放，届时将免费参观。",
        "去年年初，村里修通了水泥路。",
        "本月月中将举行一场招聘会。",
        "明年年初中国经济将回暖。",
    ],
)
def test_a_time_then_its_part_is_no_finding(text):
    assert doubled(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("我们明年年要去北京看展。", "年年"),
        ("今天天我们去公园。", "天天"),
    ],
)
def test_the_same_pair_before_no_part_of_it_is_still_a_finding(text, pair):
    assert doubled(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "强风影响北北基，多所学校停课。",
        "暴雨过后 北北基今日照常上班",
    ],
)
def test_an_abbreviation_of_a_list_of_places_is_no_finding(text):
    assert doubled(text) == []


def test_a_function_word_doubled_inside_an_unknown_word_is_still_a_finding():
    assert doubled("这是我们们的新家。") == ["们们"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("明年年中国队将出征。", "年年"),
        ("本月月中旬将召开大会。", "月月"),
    ],
)
def test_a_doubled_unit_before_a_word_that_opens_at_its_part_is_a_finding(text, pair):
    assert doubled(text) == [pair]
