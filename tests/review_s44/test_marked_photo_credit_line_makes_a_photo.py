"""A photo credit marked with ``◎`` or ``○`` (``◎孙立 摄`` on its own line under the caption,
``○孙立 摄`` after it) is not read: the caption stays in the story as its last paragraph, and the
credit line on its own line is dropped from the page altogether (in no story, photo or set-aside
line). With the role (``◎本报记者 孙立 摄``) the line is cut in two: ``◎本报记者`` becomes the
caption of a photo linked to no story, and the real caption stays in the story.

Papers mark credits and bylines with ◎/○/■ (``◎本报记者 张帆`` is read as a byline). INPUT.md
("Bylines, datelines, credits"): ``记者 许丛军摄`` is a photo credit, the caption is the
paragraph before it; no text may be lost. Invented people.
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "建设者在合龙现场欢呼。"


def _page(*credit_lines: str):
    return parse(
        "岚江大桥合龙",
        "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "大桥全长二点四公里，预计年底通车。",
        *credit_lines,
        "城东新开一条公交线",
        "本报讯（记者 周涛）城东公交二十八路昨日开通。",
    )


@pytest.mark.parametrize("credit", ["◎孙立 摄", "○孙立 摄", "◎本报记者 孙立 摄"])
def test_marked_credit_line_under_caption_makes_a_photo(credit):
    parsed = _page(CAPTION, credit)
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("孙立",)
    assert photo.article_position == parsed.articles[0].position
    assert parsed.articles[0].paragraphs[-1] == "大桥全长二点四公里，预计年底通车。"


def test_marked_credit_after_caption_makes_a_photo():
    parsed = _page(f"{CAPTION} ○孙立 摄")
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("孙立",)
