"""A teaser's page pointed with ASCII arrows (``>>>第2版``, ``>>B3``, ``第6版>>``), alone under
its title or at the end of the title's line, is a teaser's target (INPUT.md, "Teasers")."""

from tests.parsing.helpers import parse

STORY = (
    "",
    "河西公园环湖步道贯通",
    "",
    "本报讯（记者 孟达）经过三个月施工，河西公园环湖步道日前全线贯通。",
)


def test_arrow_targets_under_titles_make_teasers():
    parsed = parse("秋粮收购开秤", ">> B3 经济", "", "老城区启动管网改造", "第6版>>", *STORY)
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("秋粮收购开秤",), "B3"),
        (("老城区启动管网改造",), "6"),
    ]
    assert [a.title_lines for a in parsed.articles] == [("河西公园环湖步道贯通",)]


def test_arrow_target_at_the_end_of_the_title_line():
    parsed = parse("秋粮收购开秤>>>第2版", "老城区启动管网改造 >>A5", *STORY)
    assert [t.target_label for t in parsed.teasers] == ["2", "A5"]


def test_arrows_before_a_bare_number_or_a_date_are_no_target():
    parsed = parse("秋粮收购开秤", ">>2023", "", "老城区启动管网改造", ">>6月5日", *STORY)
    assert not parsed.teasers
