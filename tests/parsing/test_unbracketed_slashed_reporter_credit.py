"""The Taiwan papers' credit of reporter and place without brackets, before the text
(``記者陳美玲／高雄報導 …``, also folded or with two reporters), opens a new story under its
one-line headline and credits its reporters, as the bracketed form does (INPUT.md, "Bylines,
datelines, credits"). A slash in a sentence is no credit. Invented people."""

import pytest

from articles.parsing.datelines import dateline_match
from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("credit", "reporters"),
    [
        ("記者陳美玲／高雄報導", ("陳美玲",)),
        ("特約記者陈美玲/高雄报导", ("陈美玲",)),
        ("記者陳美玲、張志遠／綜合報導", ("陳美玲", "張志遠")),
    ],
)
def test_unbracketed_reporter_and_place_credit_opens_a_story(credit, reporters):
    parsed = parse(
        "南湖書市周末開張",
        "",
        "本報訊（記者 孫麗）南湖書市本周末在湖濱廣場開張，六十家書店參加。",
        "",
        "書市每天開放到晚上九點。",
        "",
        "高雄港新碼頭啟用",
        "",
        f"{credit} 高雄港第七貨櫃碼頭昨日啟用，年吞吐量可達百萬箱。",
        "",
        "碼頭啟用首日有三艘貨輪靠泊。",
    )
    assert [a.headline for a in parsed.articles] == ["南湖書市周末開張", "高雄港新碼頭啟用"]
    assert parsed.articles[1].reporters == reporters
    assert len(parsed.articles[1].paragraphs) == 2


def test_a_slash_in_a_sentence_is_no_credit():
    assert dateline_match("記者昨日／今日兩次前往高雄港，碼頭已經啟用。") is None
