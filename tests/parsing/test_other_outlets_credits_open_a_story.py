"""A story that opens with another outlet's desk or credit (``北方日报讯（记者 …）``,
``岚城新闻网消息：``, ``潮声新闻记者 X …``, ``【本报驻巴黎记者 X】``) opens a new story under its
one-line headline, and a bracketed correspondent's credit names the reporter (INPUT.md, "Bylines,
datelines, credits": ``【新华社北京七日消息】``, ``本报讯（记者 …）`` are a minimum). Words that
only look so (举报讯息, a byline line alone, an outlet's word over no names) stay as they were.
Invented people and outlets."""

import pytest

from articles.parsing.datelines import dateline_match
from tests.parsing.helpers import parse

_BEFORE = (
    "南湖书市周末开张",
    "",
    "本报讯（记者 孙丽）南湖书市本周末在湖滨广场开张，六十家书店参加。",
    "",
    "书市每天开放到晚上九点。",
    "",
    "西郊水厂完成检修",
    "",
)


@pytest.mark.parametrize(
    ("opening", "reporters"),
    [
        ("北方青报讯（记者 韩雪）西郊水厂昨日完成年度检修，恢复正常供水。", ("韩雪",)),
        ("岚城新闻网消息：西郊水厂昨日完成年度检修，恢复正常供水。", ()),
        ("潮声新闻记者 韩雪 西郊水厂昨日完成年度检修，恢复正常供水。", ("韩雪",)),
        ("【海风时报驻岚城特约记者 韩雪】西郊水厂昨日完成年度检修，恢复正常供水。", ("韩雪",)),
    ],
)
def test_another_outlets_desk_or_credit_opens_a_story(opening, reporters):
    parsed = parse(*_BEFORE, opening, "", "检修共更换管道三百米。")
    assert [a.headline for a in parsed.articles] == ["南湖书市周末开张", "西郊水厂完成检修"]
    assert parsed.articles[0].crossheads == ()
    assert parsed.articles[1].reporters == reporters
    assert len(parsed.articles[1].paragraphs) == 2


@pytest.mark.parametrize(
    "text",
    [
        "举报讯息显示，西郊水厂检修期间有人私接管道。",
        "本报记者 韩雪 通讯员 李青",
        "本报记者 韩雪 李青",
        "潮声新闻记者 西郊水厂 昨日完成年度检修，恢复正常供水。",
    ],
)
def test_what_only_looks_like_a_credit_is_no_dateline(text):
    assert dateline_match(text) is None
