"""A reporter's sign-off in brackets on the line after a story's last paragraph, with 报道 after
the names as a reporter's dateline prints it (``（本报记者 吴佳宁 报道）``, blind holdout43's
Italian weekly), signs the story before it (INPUT.md, "Bylines, datelines, credits": end-of-story
datelines, bracketed or bare, belong to the story before them), never a new story's dateline.
So does one naming the writer's unit before the name (``（运输科　孙　立）``, blind holdout44's
coal-mine paper), even over a picture's caption, never the next story's kicker."""

from __future__ import annotations

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize(
    "sign_off", ["（本报记者 吴佳宁 报道）", "（记者 吴佳宁 报道）", "（本报记者吴佳宁报道）"]
)
def test_a_bracketed_sign_off_with_baodao_closes_the_story_before_it(sign_off):
    parsed = parse(
        "南欧侨报",
        "",
        "超市橄榄油价格上涨两成",
        "",
        "【本报讯】近两个月来，佛城各大超市的橄榄油价格明显上涨。业内人士说，主要原因是去年歉收。",
        sign_off,
        "",
        "春季过敏怎么办",
        "",
        "每年三月到五月，是佛城的花粉季。常见症状有打喷嚏、流鼻涕。",
    )
    assert [d[1] for d in decks(parsed)] == ["超市橄榄油价格上涨两成", "春季过敏怎么办"]
    assert parsed.articles[0].reporters == ("吴佳宁",)


def test_a_bracketed_sign_off_naming_the_writers_unit_closes_its_story_over_a_caption():
    parsed = parse(
        "岭川矿工报",
        "",
        "运输科开展“节能降耗”活动",
        "",
        "　　本报讯　今年以来，局运输科在全局开展“节能降耗”活动，节约资金五十多万元。",
        "　　　　　　　　　　　　　　　　（运输科　孙　立）",
        "",
        "　　选煤厂新建的装车站。",
        "　　　　　　　　　　　　　　本报记者　钱文斌摄",
        "",
        "局物资处清理积压物资",
        "",
        "　　本报讯　局物资处上月清理积压物资，盘活资金一百二十万元。",
    )
    assert decks(parsed) == [
        ("", "运输科开展“节能降耗”活动", ""),
        ("", "局物资处清理积压物资", ""),
    ]
    assert parsed.articles[0].reporters == ("孙立",)
