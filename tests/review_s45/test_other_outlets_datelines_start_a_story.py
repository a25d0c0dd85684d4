"""A story that opens with another outlet's dateline or credit (``新京报讯（记者 周涛）``,
``央视网消息：``, ``澎湃新闻记者 周涛 …``, ``【本报驻东京记者 周涛】``) under its one-line headline
is made a crosshead of the story before and merged into it; a bracketed correspondent's credit
(``【环球时报驻美国特约记者 吴刚】``) credits no reporter.

Metropolitan and reprinting papers open stories so. INPUT.md ("Bylines, datelines, credits"):
the forms listed (``【新华社北京七日消息】``, ``【本报讯】``, ``本报讯（记者 …）``) are a minimum.
Invented people and stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "opening",
    [
        "新京报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "央视网消息：城东公交二十八路昨日开通，线路全长十二公里。",
        "澎湃新闻记者 周涛 城东公交二十八路昨日开通，线路全长十二公里。",
        "【本报驻东京记者 周涛】城东公交二十八路昨日开通，线路全长十二公里。",
    ],
)
def test_other_outlets_dateline_starts_a_story(opening):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
        "城东新开一条公交线",
        "",
        opening,
        "",
        "沿线设站十八个。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", "城东新开一条公交线"]
    assert parsed.articles[0].crossheads == ()
    assert len(parsed.articles[1].paragraphs) == 2


def test_bracketed_correspondent_credit_names_the_reporter():
    parsed = parse(
        "美国国会通过临时拨款法案",
        "",
        "【环球时报驻美国特约记者 吴刚】美国国会3日通过一项临时拨款法案，避免联邦政府停摆。",
        "",
        "法案将拨款期限延长至明年一月。",
    )
    [story] = parsed.articles
    assert story.reporters == ("吴刚",)
