"""A paper's name set letter-spaced as the page's first line (``青　松　岗``), right above its
issue line (``第十二期　今日四版``) or another masthead line, is the masthead: both set aside,
and the lead's deck is its own two lines (INPUT.md, "Page furniture": mastheads). Near miss: a
letter-spaced title opening the page over its own text stays the headline. Invented paper."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

LEAD = (
    "",
    "青松岗林场完成秋季造林三千亩",
    "第二工区提前十天完成任务",
    "",
    "　　本报讯　本月上旬，林场各工区抓紧晴好天气植树，全场完成秋季造林三千亩。",
)


@pytest.mark.parametrize("masthead_line", ["第十二期　　今日四版", "中共青松岗林场委员会主办"])
def test_the_spaced_name_over_a_masthead_line_is_the_masthead(masthead_line):
    parsed = parse("青　松　岗", masthead_line, "一九五九年十月九日　星期五", *LEAD)
    assert reasons(parsed)["青　松　岗"] == "masthead"
    assert decks(parsed) == [("", "青松岗林场完成秋季造林三千亩", "第二工区提前十天完成任务")]


def test_near_miss_a_spaced_title_over_its_text_stays_the_headline():
    parsed = parse(
        "秋　收　忙",
        "　　本报讯　各生产队抓紧晴好天气收割晚稻，全社已收三成。",
    )
    assert [a.headline for a in parsed.articles] == ["秋 收 忙"]
