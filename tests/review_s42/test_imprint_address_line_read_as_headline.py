"""The paper's imprint line (``社址：东林市人民路1号　邮编：226001``) becomes the next story's
headline, the real headline pushed to its 副题.

INPUT.md: mastheads carry prices, barcodes, websites…; none of it is a headline. The imprint box
at the foot of a page (社址, 邮编, 总机, 印刷) is masthead matter: ``本报地址：…　邮编：…`` and a
line that adds ``总机：…`` are set aside today, but ``社址：…`` alone or with only its 邮编 is
read as a title line.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.xfail(strict=True, reason="社址：… imprint line becomes the next story's headline")
@pytest.mark.parametrize("imprint", ["社址：东林市人民路1号", "社址：东林市人民路1号 邮编：226001"])
def test_the_imprint_address_line_is_not_a_headline(imprint):
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "",
        imprint,
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "市区新增公交线路两条", ""),
    ]
