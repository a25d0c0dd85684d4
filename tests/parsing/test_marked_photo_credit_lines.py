"""A photo credit with an author's mark before it (``○记者 陈默 摄``, ``◎陈默 摄``), as papers mark
bylines and credits, is the credit of the caption above it (INPUT.md, "Bylines, datelines,
credits": the caption is the paragraph before the credit), on its own line or after the
caption's last sentence. Near miss: a marked name with no 摄 (``◎陈默``) under a title stays the
byline. Invented people and places."""

import pytest

from tests.parsing.helpers import only_article, parse

CAPTION = "游客在青岩古镇油菜花田中拍照。"


def _page(*lines: str):
    return parse(
        "青岩古镇迎来赏花季",
        "本报讯（记者 王蕾）周末，青岩古镇游人如织，油菜花开满山坡。",
        "景区预计花期持续到下月中旬。",
        *lines,
        "城西新建三座口袋公园",
        "本报讯（记者 周涛）城西区今年新建的三座口袋公园昨日开放。",
    )


@pytest.mark.parametrize("credit", ["○记者 陈默 摄", "◎陈默 摄", "◎本报记者 陈默 摄影"])
def test_marked_credit_line_makes_a_photo(credit):
    parsed = _page(CAPTION, credit)
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == ("陈默",)
    assert parsed.articles[0].paragraphs[-1] == "景区预计花期持续到下月中旬。"


def test_marked_credit_after_caption_makes_a_photo():
    parsed = _page(f"{CAPTION}　◎记者 陈默 摄")
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("陈默",)


def test_marked_name_without_credit_word_stays_the_byline():
    article = only_article("青岩古镇迎来赏花季", "◎陈默", "", "周末，青岩古镇游人如织。")
    assert article.reporters == ("陈默",)
    assert article.headline == "青岩古镇迎来赏花季"
