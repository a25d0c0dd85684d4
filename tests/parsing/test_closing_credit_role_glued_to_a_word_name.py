"""A credit closing a story in brackets with its role word glued to a name that is also a
dictionary word (``（记者高远）``, ``（通讯员方圆）``) names the reporter, as the same bracket does
after a dateline (``本报讯（记者高远）``). Alone on a line, ``记者连线`` is a column's name; inside a
closing bracket no column stands."""

from tests.parsing.helpers import only_article, parse

TEXT = "本报讯 近日，城东新建的三座公园向市民开放，每天接待游客上万人次。"


def test_a_glued_bracket_credit_at_the_end_of_the_last_paragraph_names_the_reporter():
    article = only_article("城东新建三座公园", "", TEXT + "（记者高远）")
    assert article.reporters == ("高远",)
    assert article.byline == "记者高远"
    assert article.paragraphs == (TEXT + "（记者高远）",)  # as printed


def test_a_glued_bracket_credit_on_its_own_line_under_the_story_names_the_reporter():
    parsed = parse("城东新建三座公园", "", TEXT, "（通讯员方圆）")
    [article] = parsed.articles
    assert article.reporters == ("方圆",)
    assert article.paragraphs == (TEXT,)
    assert not parsed.set_aside  # nothing left unplaced


def test_two_glued_credits_in_one_closing_bracket_name_both():
    article = only_article("城东新建三座公园", "", TEXT + "（记者高远 通讯员方圆）")
    assert article.reporters == ("高远", "方圆")


def test_a_bracket_of_a_role_and_a_word_that_is_no_name_names_no_one():
    parsed = parse("城东新建三座公园", "", TEXT + "（记者手记）")
    assert parsed.articles[0].reporters == ()
