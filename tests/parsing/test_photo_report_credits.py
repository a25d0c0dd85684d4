"""A photo report's credit (``陈默 摄影报道``, ``本报记者 陈默 摄影报道``: photographed and
reported, a picture signed with its caption as a small report of its own) is the credit of the
caption above it, on its own line or in brackets at the caption's end (INPUT.md, "Bylines,
datelines, credits"). Near miss: ``本报记者 陈默 报道`` under a headline stays the story's
reporter line. Invented people and places."""

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


@pytest.mark.parametrize("credit", ["陈默 摄影报道", "本报记者 陈默 摄影报道"])
def test_photo_report_credit_line_makes_a_photo(credit):
    parsed = _page(CAPTION, credit)
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == ("陈默",)


def test_photo_report_credit_in_brackets_at_caption_end_makes_a_photo():
    parsed = _page(f"{CAPTION}（记者 陈默 摄影报道）")
    [photo] = parsed.photos
    assert photo.caption == CAPTION
    assert photo.photographers == ("陈默",)


def test_reporter_line_with_baodao_stays_the_reporter():
    article = only_article(
        "青岩古镇迎来赏花季", "本报记者 陈默 报道", "周末，青岩古镇游人如织，油菜花开满山坡。"
    )
    assert article.reporters == ("陈默",)
    assert article.headline == "青岩古镇迎来赏花季"
