"""A story closed by the office that supplied it, printed with a space before 供稿 (``（高新区
供稿）``, ``（文旅局 供稿）``), is bylined to that office: a reporter named 高新区 is credited.

Today's closing-credit rule (closings ``_CONTRIBUTOR_RES``, 供稿) means to credit a person only
(``（钱立 供稿）``), never an organisation (``（市气象局供稿）``: the story's source), but the
three-character names of offices pass ``names_only``. Before 558921c..HEAD no one was credited
(regression).
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("office", ["高新区", "文旅局"])
def test_an_office_supplying_the_story_is_not_credited_as_a_reporter(office):
    parsed = parse(
        "高新区新增三家专精特新企业",
        "",
        "今年以来，高新区持续加大企业培育力度，新增省级专精特新中小企业三家，总数达到二十一家。",
        "",
        "下一步，园区将继续完善服务体系，助力企业创新发展。",
        "",
        f"（{office} 供稿）",
        "",
        "夜校报名火爆",
        "",
        "本报讯（记者李华）今年秋季市民夜校昨日开放报名，两小时内名额全部报满。",
    )
    assert [a.headline for a in parsed.articles] == ["高新区新增三家专精特新企业", "夜校报名火爆"]
    assert parsed.articles[0].reporters == ()
