"""A caption that ends with a named "supplied by" credit in brackets (``（通讯员 钱多多 供图）``,
``（钱多多 供图）``) stays in the story as its last paragraph: no photo is made.

The same credit without the space (``（钱多多供图）``) or without a name (``（通讯员供图）``), and
``（通讯员 钱多多 摄）``, are read as the photo's credit. On its own line under the caption, a supplier credit with a
space (``CFP 供图``, ``视觉中国 供图``, ``钱多多 供图``) is worse: the caption stays in the story and
the credit line is dropped from the page (in no story, photo or set-aside line), while
``视觉中国供图`` and ``通讯员 钱多多 供图`` are read. INPUT.md ("Bylines, datelines, credits"):
photo credits also stand at the end of the caption itself (``（林嘉文攝）``). Invented people.
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "建设者在合龙现场欢呼。"


@pytest.mark.parametrize(
    "credit", ["（通讯员 钱多多 供图）", "（钱多多 供图）", "（岚城文旅局 钱多多 供图）"]
)
def test_caption_ending_with_named_supplier_credit_is_a_photo(credit):
    parsed = parse(
        "岚江大桥合龙",
        "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "大桥全长二点四公里，预计年底通车。",
        f"{CAPTION}{credit}",
        "城东新开一条公交线",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.article_position == parsed.articles[0].position
    assert parsed.articles[0].paragraphs[-1] == "大桥全长二点四公里，预计年底通车。"
    assert [a.headline for a in parsed.articles] == ["岚江大桥合龙", "城东新开一条公交线"]


@pytest.mark.parametrize("credit", ["CFP 供图", "视觉中国 供图", "钱多多 供图"])
def test_spaced_supplier_credit_line_under_caption_makes_a_photo(credit):
    parsed = parse(
        "岚江大桥合龙",
        "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "大桥全长二点四公里，预计年底通车。",
        CAPTION,
        credit,
        "城东新开一条公交线",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.credit_line == credit
    assert parsed.articles[0].paragraphs[-1] == "大桥全长二点四公里，预计年底通车。"
