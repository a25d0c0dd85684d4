"""A headline that asks a question and names who answers it (``填报志愿怎么选？老师支招``) over
a line quoting someone (``“冷门专业不等于没有前途”``) is the headline over its 副题: a
question asks, it urges nothing, so it is no slogan 引题 over the statement under it (INPUT.md,
"Headlines": 引题 / 主题 / 副题). A slogan over a statement stays the kicker."""

import pytest

from tests.parsing.helpers import decks, parse

TEXT = "本报讯（记者 方禾）暑假临近，不少家长关心孩子的假期作业，记者昨天采访了几位老师。"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("填报志愿怎么选？老师支招", "“冷门专业不等于没有前途”"),
        ("申请助学贷款怎么办？银行支招", "“材料备齐一次就能办好”"),
    ],
)
def test_question_headline_over_a_quotation_is_headline_and_subheadline(first, second):
    assert decks(parse(first, second, "", TEXT)) == [("", first, second)]


def test_slogan_over_a_statement_stays_the_kicker():
    assert decks(parse("坚持科学种田", "我县早稻喜获丰收", "", TEXT)) == [
        ("坚持科学种田", "我县早稻喜获丰收", "")
    ]
