"""A correction or notice signed at its end by the paper's own office (``本报编辑部``,
``岚城日报社``, ``本报总编室``, with or without a date) has the signature read as the next
story's kicker or headline (the real headline pushed down to subheadline).

INPUT.md ("Bylines, datelines, credits"): author notes and signatures on their own line belong to
the story before them, not to the headline after them. Invented paper and stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "signature",
    ["本报编辑部", "岚城日报社", "本报总编室", "岚城日报编辑部", "本报编辑部 2026年12月3日"],
)
def test_editorial_office_signature_is_not_the_next_deck(signature):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
        "",
        "更正",
        "",
        "本报12月2日第三版《岚江大桥合龙》一文中，“全长二点四公里”应为“全长三点四公里”。"
        "特此更正，并向读者致歉。",
        "",
        signature,
        "",
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    assert [a.headline for a in parsed.articles] == [
        "岚城冬季植树启动",
        "更正",
        "城东新开一条公交线",
    ]
    assert parsed.articles[2].kicker == ""
    assert parsed.articles[2].subheadline == ""
    assert signature not in parsed.articles[2].title_lines
