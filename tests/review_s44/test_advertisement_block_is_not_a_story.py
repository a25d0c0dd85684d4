"""An advert printed between two stories under the paper's ``广告`` label (the shop's slogan,
then its address and telephone) is read as a story: kicker ``广告``, the slogan as headline, the
address line as its text.

Papers of every decade mark paid space with a small ``广告`` label; the advert's lines are no
news. INPUT.md ("Encoding and layout", "Page furniture"): mastheads carry prices and adverts;
none of it is a headline or a story. Invented shops.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "advert",
    [
        ("岚城第一百货 春季大促 全场八折", "地址：岚城中山路88号  电话：0571-88886666"),
        ("青川家具城 开业酬宾", "热线：0571-66668888  地址：青川大道16号"),
    ],
)
def test_labelled_advert_between_stories_is_not_a_story(advert):
    parsed = parse(
        "岚江大桥合龙",
        "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "大桥全长二点四公里，预计年底通车。",
        "广告",
        *advert,
        "城东新开一条公交线",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
        "沿线设站十八个。",
    )
    assert [a.headline for a in parsed.articles] == ["岚江大桥合龙", "城东新开一条公交线"]
    assert [a.kicker for a in parsed.articles] == ["", ""]
    assert len(parsed.articles[0].paragraphs) == 2
    for line in advert:
        assert line in parsed.ignored_lines
