"""Two deck lines with no cue, the first reporting that a body issued a document (``市卫生局发出
通知``, ``区防汛指挥部下发紧急通知``, ``团县委发出倡议``) and the second a statement of what it says:
the first is the 引题, the second the 主题 (as a speaker and a verb of saying stand over what was
said). Near misses: a line that is no body's issuing, a noun phrase under it. Invented bodies."""

import pytest

from articles.parsing.deck_saying import issued_over
from tests.parsing.helpers import decks, parse

LEAD = ("河口镇部署夏季防台", "", "本报讯　河口镇昨天召开会议，部署夏季防台工作。", "")


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("市卫生局发出通知", "夏季食堂要天天消毒"),
        ("区防汛指挥部下发紧急通知", "沿江居民今晚撤离"),
        ("团县委发出倡议", "青年志愿者上街清扫积雪"),
    ],
)
def test_a_bodys_issued_document_over_its_gist_is_the_kicker(kicker, headline):
    parsed = parse(*LEAD, kicker, headline, "　　本报讯　" + kicker + "，要求各单位认真落实。")
    assert decks(parsed)[1] == (kicker, headline, "")


def test_near_miss_a_document_title_under_no_issuer_stays_headline_and_subheadline():
    parsed = parse(
        *LEAD,
        "夏季食堂要天天消毒",
        "卫生部门检查发现问题不少",
        "　　本报讯　卫生部门昨天检查了二十家食堂。",
    )
    assert decks(parsed)[1] == ("", "夏季食堂要天天消毒", "卫生部门检查发现问题不少")


def test_near_miss_no_statement_under_the_issuing_line():
    assert issued_over("市卫生局发出通知", "夏季食堂要天天消毒")
    assert not issued_over("市卫生局发出通知", "十项措施")  # (a bare noun phrase)
    assert not issued_over("关于夏季食堂消毒的通知", "市卫生局")  # (no issuing verb)
    assert not issued_over("市卫生局发出通知", "——要求食堂天天消毒")  # (a cued subheadline)
