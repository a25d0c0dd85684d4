"""A weekly's 本期导读 box prints each row's page first, in square brackets (``【2版】走势分析``):
each row is a teaser to that page, never a running head naming the page the box stands on (a
page named 2 on the front page refused its import: 版面上印的版次是 2).

INPUT.md ("Teasers"): front-page pointers to inner pages are not articles; they link to the
article on the target page.
"""

from tests.parsing.helpers import parse


def test_rows_opening_with_their_page_in_brackets_are_teasers():
    parsed = parse(
        "东屿体彩周报",
        "2015年3月3日　星期二　第9期",
        "",
        "本期导读",
        "【2版】大乐透第15024期号码走势",
        "【3版】一位老彩民的十年守号路",
        "",
        "体彩公益金助建十座健身广场",
        "",
        "本报讯　今年以来，全市体彩公益金共资助建成健身广场十座。",
    )
    assert [(t.target_label, t.title_lines) for t in parsed.teasers] == [
        ("2", ("大乐透第15024期号码走势",)),
        ("3", ("一位老彩民的十年守号路",)),
    ]
    assert parsed.metadata.label == ""
    assert [a.headline for a in parsed.articles] == ["体彩公益金助建十座健身广场"]
