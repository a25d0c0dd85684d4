"""A byline printed alone in brackets under a headline (``（记者彭波）``, a group's
``（某某县委通讯组）``, a translator's ``（编译：张三）``) is the story's byline as printed, brackets
and all (the stored text is what was printed: no printed character is lost from the parse), while
its reporters are read from inside the brackets as before."""

import pytest

from tests.parsing.helpers import parse

TITLE = "城南新建两座过街天桥"
BODY = "城南区今年新建的两座过街天桥昨天同时通行，附近三所学校的学生上下学不再横穿马路。"


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("（记者彭波）", ("彭波",)),
        ("（本报记者 柯小蔓）", ("柯小蔓",)),
        ("（记者 Dana Holt）", ("Dana Holt",)),
        ("（记者 胥文涛 通讯员 喻可心）", ("胥文涛", "喻可心")),
        ("（沿江县委通讯组）", ()),
        ("（编译：滕一舟）", ("滕一舟",)),
    ],
)
def test_bracketed_byline_under_the_headline_keeps_its_brackets(line, reporters):
    for blank in ((), ("",)):
        parsed = parse(TITLE, line, *blank, BODY)
        (article,) = parsed.articles
        assert article.headline == TITLE
        assert article.byline_lines == (line,)
        assert article.byline == line
        assert article.reporters == reporters
        assert article.paragraphs == (BODY,)


def test_half_width_brackets_are_kept_as_printed_too():
    parsed = parse(TITLE, "(记者彭波)", BODY)
    (article,) = parsed.articles
    assert article.byline_lines == ("(记者彭波)",)
    assert article.reporters == ("彭波",)
