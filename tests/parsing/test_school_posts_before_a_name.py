"""A school paper signs a piece with the writer's post at the school before the name, parted by
a space (``校长　郑文澜`` under a speech's title, ``心理教师　罗素芬`` under an answer): the post is
who the writer is, never a name, so the name alone is credited; under the title the line is the
byline, no subheadline. A post glued to a school's name with no person (``柳塘小学教师`` signing a
reader's letter) credits no one."""

import pytest

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse

SPEECH = (
    "同学们，秋季运动会已经落下帷幕，许多同学在赛场上挑战了自己，也学会了为同伴加油。",
    "",
    "希望大家把这份拼劲带回课堂，把每一天过得踏实。",
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("校长　覃明远", "覃明远"),
        ("副校长　覃明远", "覃明远"),
        ("班主任　覃明远", "覃明远"),
        ("心理教师　覃明远", "覃明远"),
        ("语文教师 覃明远", "覃明远"),
    ],
)
def test_a_school_post_before_the_name_is_no_name(line, name):
    assert parse_names(line) == (name,)


def test_headmasters_line_under_a_speechs_title_is_its_byline():
    parsed = parse("国庆升旗仪式上的讲话", "与祖国同行", "校长　覃明远", "", *SPEECH)
    (article,) = parsed.articles
    assert article.title_lines == ("国庆升旗仪式上的讲话", "与祖国同行")
    assert article.byline_lines == ("校长　覃明远",)
    assert article.reporters == ("覃明远",)


def test_teachers_signature_under_an_answer_credits_the_teacher_alone():
    parsed = parse(
        "作业太多写不完怎么办？",
        "问：每天作业写到很晚，第二天上课总打瞌睡，我该怎么办？",
        "答：先把作业按难易排个顺序，难题留出整块时间，简单的利用课间完成。",
        "心理教师　覃明远",
    )
    (article,) = parsed.articles
    assert article.reporters == ("覃明远",)


def test_a_school_and_post_with_no_person_credits_no_one():
    # Near miss: 柳塘小学教师 names no person (a reader's letter signed by who wrote it).
    assert parse_names("柳塘小学教师") == ()
