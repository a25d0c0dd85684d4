"""A reporter whose given name is also a word of the dictionary (高远, 方圆, 文静) is a
person when a role word names them (``（记者 高远）`` closing a brief, ``通讯员 文静``): the role
says a person follows (INPUT.md: bylines and credits name roles, then names; a byline sometimes
stands at the END). Without a role word such a word stays no one: ``（高远）`` may be anything."""

import pytest

from articles.parsing.names import names_only
from tests.parsing.helpers import decks, only_article, parse

HEADLINE = "首届滨江马拉松网上报名今起开启"
TEXT = "首届滨江马拉松赛将于12月3日鸣枪开跑，网上报名今天上午10时开启。报名截止后将通过电脑抽签确定参赛选手。"


@pytest.mark.parametrize(
    ("credit", "byline", "reporters"),
    [
        ("（记者 高远）", "记者 高远", ("高远",)),
        ("（记者 高 远）", "记者 高 远", ("高远",)),  # spaced out to three characters' width
        ("（记者 方圆 通讯员 文静）", "记者 方圆 通讯员 文静", ("方圆", "文静")),
        ("（通讯员 马建国）", "通讯员 马建国", ("马建国",)),  # (jieba tags it a place)
    ],
)
def test_a_closing_credit_with_a_role_credits_a_name_that_is_also_a_word(credit, byline, reporters):
    story = only_article(HEADLINE, "", f"本报讯 {TEXT}{credit}")
    assert (story.byline, story.reporters) == (byline, reporters)
    assert story.paragraphs[-1].endswith(credit)  # the text as printed


def test_the_same_closing_credit_without_a_dateline_credits_the_reporter():
    story = only_article(HEADLINE, "", f"{TEXT}（记者 文静）")
    assert story.reporters == ("文静",)


def test_a_word_in_brackets_without_a_role_credits_no_one():
    story = only_article(HEADLINE, "", f"本报讯 {TEXT}（高远）")
    assert story.reporters == ()


@pytest.mark.parametrize("text", ["记者 北京", "记者 报道", "记者 高远江河"])
def test_a_word_without_a_surname_or_two_glued_words_after_a_role_are_no_names(text):
    assert names_only(text) == ()


@pytest.mark.parametrize("column", ["记者连线", "本报记者连线"])
def test_a_role_glued_to_a_word_over_a_headline_is_a_columns_name(column):
    parsed = parse(column, HEADLINE, f"本报讯（记者 陆文）{TEXT}")
    assert decks(parsed) == [(column, HEADLINE, "")]
    assert parsed.articles[0].reporters == ("陆文",)


def test_a_role_glued_to_a_name_under_a_headline_is_still_a_byline():
    story = only_article(HEADLINE, "本报记者王刚", "", TEXT)
    assert (story.byline, story.reporters) == ("本报记者王刚", ("王刚",))


def test_a_role_glued_to_a_word_is_no_name_but_spaced_off_it_is():
    assert names_only("记者连线") == ()
    assert names_only("记者 方圆") == ("方圆",)
