"""A lead-in line that introduces a quote or a paragraph by a verb of saying and a colon
(``她表示：``, ``市教育局局长指出：``), printed as a paragraph of its own, is a line of its story's
text, not a new story's kicker (INPUT.md, "Headlines": lead-in lines are not new articles). Over a
title line the same kind of line is a kicker still."""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("lead_in", ["她表示：", "市教育局局长指出：", "王芳告诉本报记者："])
def test_speech_lead_in_over_text_stays_in_its_story(lead_in):
    parsed = parse(
        "河湾小学新校舍投用",
        "",
        "本报讯（记者 钱晓东）河湾小学新校舍昨天投入使用，全校八百名学生搬进新教室。",
        "",
        lead_in,
        "",
        "“新校舍有图书馆和实验室，孩子们的学习条件大大改善。”",
        "",
        "渡口村修起防洪堤",
        "",
        "本报讯 渡口村沿江两公里防洪堤日前完工，村民再也不用担心汛期涨水。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("河湾小学新校舍投用",),
        ("渡口村修起防洪堤",),
    ]
    assert lead_in in parsed.articles[0].text


def test_speech_lead_in_over_a_title_line_is_still_a_kicker():
    parsed = parse(
        "气象专家提醒：",
        "高温天气外出注意防暑",
        "",
        "本报讯（记者 钱晓东）昨天全市最高气温达三十九摄氏度，气象部门发布高温橙色预警。",
    )
    assert decks(parsed) == [("气象专家提醒：", "高温天气外出注意防暑", "")]
