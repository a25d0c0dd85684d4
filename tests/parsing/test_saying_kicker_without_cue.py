"""Two deck lines with no cue, the first a speaker and a verb of saying or requiring
(``省政府常务会议要求`` / ``确保秋粮颗粒归仓``): the first is the 引题 introducing what was said or
required, the second the 主题 (a convention of Chinese news headlines; INPUT.md "Headlines").
A line ending in such a word that is no speaker's (``严格落实安全生产要求``, 要求 a noun after a
verb) or a headline cut after its verb over a noun phrase (``市政府提出`` / ``三年行动计划``) keeps
its reading."""

import pytest

from articles.parsing.deck_saying import saying_over
from tests.parsing.helpers import decks, parse

BODY = "　　本报讯 （记者 吴江）全省秋收工作会议昨天召开，部署秋粮收购和农田水利建设工作。"


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("省政府常务会议要求", "确保秋粮颗粒归仓"),
        ("气象台发布公报说", "今冬气温将明显偏高"),
        ("水利部负责人在汛前检查时强调", "病险水库一律空库运行"),
    ],
)
def test_speaker_and_verb_of_saying_over_a_statement_is_the_kicker(kicker, headline):
    assert decks(parse(kicker, headline, BODY)) == [(kicker, headline, "")]


def test_the_same_lines_set_apart_read_the_same():
    parsed = parse("省政府常务会议要求", "", "确保秋粮颗粒归仓", "", BODY)
    assert decks(parsed) == [("省政府常务会议要求", "确保秋粮颗粒归仓", "")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("严格落实安全生产要求", "全市开展隐患大排查"),  # 要求: a noun after 落实
        ("市政府提出", "三年行动计划"),  # a verb over its object: one headline cut
        ("长篇小说", "描写山村巨变"),  # 小说 is no verb of saying
        ("回应群众新要求", "社区服务中心开门迎客"),
    ],
)
def test_no_speaker_no_kicker(first, second):
    assert not saying_over(first, second)


def test_a_verb_over_its_object_stays_one_headline():
    assert decks(parse("市政府提出", "三年行动计划", BODY)) == [("", "市政府提出三年行动计划", "")]
