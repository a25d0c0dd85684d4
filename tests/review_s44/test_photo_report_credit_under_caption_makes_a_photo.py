"""A photo report's credit (``孙立 摄影报道``, ``新华社记者 孙立 摄影报道``) under a caption is not
read as a photo credit: the caption stays in the story above as its last paragraph, and the credit
line is dropped from the page (or, as ``本报记者 孙立 摄影报道``, set aside as a source line);
no photo is made and the photographer is credited nowhere.

``摄影报道`` (photographed and reported) signs a picture with its caption as a small report of
its own; papers of every decade print it (``新华社记者 X 摄影报道``). INPUT.md ("Bylines,
datelines, credits"): photo credits ``记者 许丛军摄``, ``新华社记者 孙连生摄``; the caption is the
paragraph before the credit; no text may be lost. Invented people.
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "建设者在合龙现场欢呼。"


@pytest.mark.parametrize(
    "credit", ["孙立 摄影报道", "新华社记者 孙立 摄影报道", "本报记者 孙立 摄影报道"]
)
def test_photo_report_credit_under_caption_makes_a_photo(credit):
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
    assert photo.photographers == ("孙立",)
    assert photo.article_position == parsed.articles[0].position
    assert parsed.articles[0].paragraphs[-1] == "大桥全长二点四公里，预计年底通车。"
