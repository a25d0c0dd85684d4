"""A story opening with the Taiwan papers' unbracketed credit of reporter and place
(``記者林小明／台北報導 城東巴士…``, ``记者林小明/台北报道 …``, ``記者林小明、王大同／台北報導 …``)
under its one-line headline is merged into the story before as a crosshead, its reporter lost.

The same credit in brackets (``【記者林小明／台北報導】``) or on a line of its own already opens a
story and credits the reporter. INPUT.md ("Bylines, datelines, credits"): ``〔中央社台北電〕``,
``【本報坎培拉訊】`` and the like are a minimum of the forms. Invented people.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("credit", "reporters"),
    [
        ("記者林小明／台北報導", ("林小明",)),
        ("记者林小明/台北报道", ("林小明",)),
        ("記者林小明、王大同／台北報導", ("林小明", "王大同")),
    ],
)
def test_taiwan_style_reporter_and_place_credit_opens_a_story(credit, reporters):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
        "城東新開一條巴士線",
        "",
        f"{credit} 城東巴士二十八號線昨日開通，全長十二公里。",
        "",
        "沿線設站十八個。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", "城東新開一條巴士線"]
    assert len(parsed.articles[0].paragraphs) == 2
    assert parsed.articles[1].reporters == reporters
    assert len(parsed.articles[1].paragraphs) == 2
