"""A slogan strip of two letter-spaced lines of three characters (``鼓 干 劲`` / ``争 上 游``) alone
in its block over a headline is a slogan, set aside, never the headline's kicker or headline;
one such line alone over a headline is not (it may be a column's name). Invented factory
tabloid."""

from tests.parsing.helpers import decks, parse, reasons

BEFORE = (
    "锻工车间节约焦炭见成效",
    "",
    "本报讯  锻工车间的工人改进炉子的",
    "通风办法，九月份比八月份少用焦",
    "炭二十多吨，工件质量也有提高。",
    "",
)
AFTER = (
    "",
    "机修车间自制大型刨床",
    "",
    "本报讯  机修车间的工人自己动手，",
    "用了不到三个月，制成一台大型刨床。",
)


def test_pair_of_three_character_spaced_lines_is_a_slogan():
    parsed = parse(*BEFORE, "鼓 干 劲", "争 上 游", *AFTER)
    assert decks(parsed)[-1] == ("", "机修车间自制大型刨床", "")
    assert reasons(parsed)["鼓 干 劲"] == "slogan"
    assert reasons(parsed)["争 上 游"] == "slogan"


def test_longer_pair_is_still_a_slogan():
    parsed = parse(*BEFORE, "鼓 足 干 劲", "力 争 上 游", *AFTER)
    assert decks(parsed)[-1] == ("", "机修车间自制大型刨床", "")


def test_pair_of_unequal_lengths_or_one_line_is_not_set_aside_as_slogan():
    parsed = parse(*BEFORE, "鼓 干 劲", "力 争 上 游", *AFTER)
    assert "鼓 干 劲" not in reasons(parsed)
    parsed = parse(*BEFORE, "新 气 象", *AFTER)
    assert "新 气 象" not in reasons(parsed)


def test_double_spaced_column_name_alone_is_not_a_slogan():
    parsed = parse(*BEFORE, "散  文  诗", "", "机修车间自制大型刨床", "", *AFTER[3:])
    assert "散  文  诗" not in reasons(parsed)


def test_double_spaced_pair_of_three_is_a_slogan():
    parsed = parse(*BEFORE, "鼓  干  劲", "争  上  游", *AFTER)
    assert reasons(parsed)["鼓  干  劲"] == "slogan"
