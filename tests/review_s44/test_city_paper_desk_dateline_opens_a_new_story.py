"""A city paper's own desk printed without brackets (``岚城都市报讯（记者 刘洋）``,
``青川青年报讯``, ``云港新闻网讯``, ``岚城法制报讯 记者周涛``) is no dateline: the story under a
one-line headline is glued to the story before it, its headline made a crosshead.

Today's rule (patterns.py ``_NAMED_PAPER``) knows 日报/晚报/晨报/早报/时报/商报/周报/快报 but not
都市报 (the city tabloids of the 1990s–2010s), 青年报, 法制报 or a news site's 网讯, all of which
open their own stories this way. INPUT.md: ``本报讯（记者金帅）`` and other papers' desk forms are
datelines; a one-line headline before a dated story is a new story. Invented papers and people.
"""

import pytest

from tests.parsing.helpers import parse

FIRST = (
    "老街夜市重新开张",
    "",
    "本报讯（记者 张帆）经过三个月改造，老街夜市昨晚重新开张。",
    "",
    "夜市共设摊位一百二十个。",
    "",
)


@pytest.mark.parametrize(
    ("opening", "dateline", "reporter"),
    [
        (
            "岚城都市报讯（记者 刘洋）昨日，湖滨公园的两百多株樱花进入盛花期。",
            "岚城都市报讯",
            "刘洋",
        ),
        (
            "青川青年报讯（记者 王磊）昨日，湖滨公园的两百多株樱花进入盛花期。",
            "青川青年报讯",
            "王磊",
        ),
        (
            "云港新闻网讯（记者 赵敏）昨日，湖滨公园的两百多株樱花进入盛花期。",
            "云港新闻网讯",
            "赵敏",
        ),
        ("岚城法制报讯 记者周涛 昨日，湖滨公园的两百多株樱花进入盛花期。", "岚城法制报讯", "周涛"),
    ],
)
def test_city_paper_desk_dateline_opens_a_new_story(opening, dateline, reporter):
    parsed = parse(
        *FIRST,
        "湖滨公园樱花盛开",
        "",
        opening,
        "",
        "公园管理处提醒市民错峰出行。",
    )
    assert [a.headline for a in parsed.articles] == ["老街夜市重新开张", "湖滨公园樱花盛开"]
    first, second = parsed.articles
    assert first.paragraphs == (
        "本报讯（记者 张帆）经过三个月改造，老街夜市昨晚重新开张。",
        "夜市共设摊位一百二十个。",
    )
    assert second.dateline == dateline
    assert second.reporters == (reporter,)
    assert len(second.paragraphs) == 2
