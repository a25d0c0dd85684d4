"""A school's own paper signs a pupil's piece under its title with the class alone and the name
(``初二（4）班　李小舟``), the school being the paper's: the line is the byline, the pupil its
writer, never a headline line; a teacher credited at the end (``指导老师：王　芳``) closes the piece and
writes none of it.

INPUT.md ("Headlines"): the author's name on the next line is the byline, not the headline;
("Bylines, datelines, credits"): what closes a text belongs to it.
"""

from tests.parsing.helpers import parse

ESSAYS = [
    "秋天的操场",
    "初二（4）班　李小舟",
    "　　放学以后，操场上的梧桐叶落了一地，踩上去沙沙作响。我和同桌常常在跑道边坐一会儿再回家。",
    "指导老师：王　芳",
    "",
    "我的奶奶",
    "高一（3）班　周雨晴",
    "　　奶奶今年八十岁了，每天清早还要去菜园里转一圈，她说菜和人一样，一天不看就不放心。",
    "指导老师：陈　健",
]


def test_the_class_and_name_under_a_title_sign_the_piece():
    parsed = parse(*ESSAYS)
    assert [a.headline for a in parsed.articles] == ["秋天的操场", "我的奶奶"]
    assert [a.reporters for a in parsed.articles] == [("李小舟",), ("周雨晴",)]


def test_the_teachers_credit_closes_the_piece_and_heads_nothing():
    parsed = parse(*ESSAYS)
    assert [a.kicker for a in parsed.articles] == ["", ""]
    assert not parsed.unplaced_lines
