"""Kinds two blind sets (holdout44: a 1920s city tabloid, a Thai Chinese daily, a coal bureau's
paper; holdout45: a late-Qing daily, a Philippine Chinese daily, a lottery weekly) showed, on
pages written for these tests:

- a masthead's line of the price per copy in any money of its time and place (``每份铜元三枚``,
  ``每张售钱八文``, ``每份五比索``) beside the postage, the paper's address, its telephone in
  Chinese numerals and the issue number is the masthead's, never a kicker.
"""

from __future__ import annotations

import pytest

from tests.parsing.helpers import decks, parse, reasons

_STORY = (
    "",
    "县城新设电灯厂",
    "",
    "本埠商人集资创办电灯厂、已在东门外购地建屋、预计年底发电。",
)


@pytest.mark.parametrize(
    "line",
    [
        "本报每份铜元三枚　外埠另加邮费　社址长宁东大街十号",
        "第九百零二號　本館設在臨江西門大街　每張售錢八文",
        "第8765號　每份五比索　社址：宿務市和平街十二號　電話：三四五─六七八九",
    ],
)
def test_a_masthead_line_of_price_address_and_number_is_furniture(line):
    parsed = parse("长宁晚报", "民国二十年三月四日　星期三", line, *_STORY)
    assert decks(parsed) == [("", "县城新设电灯厂", "")]
    assert reasons(parsed)[line] == "masthead"


def test_a_label_over_teasers_naming_them_an_index_is_the_boxs():
    label = "◎本报今日要闻索引"
    parsed = parse(
        "长宁日报",
        "",
        label,
        "◎县城新设电灯厂　　　五版",
        "◎二中举行运动会　　　七版",
        "",
        "省里拨款修路",
        "",
        "本报讯　省交通厅昨日宣布拨款修路。",
    )
    assert decks(parsed) == [("", "省里拨款修路", "")]
    assert reasons(parsed)[label] == "box-label"
    assert [t.target_label for t in parsed.teasers] == ["5", "7"]
