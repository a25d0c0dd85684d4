"""A "supplied by" credit whose giver's unit, role and name are spaced apart (``（市民 孙晓 供图）``,
``（青岩镇政府 孙晓 供图）``, ``全景视觉 供图``) closes the caption before it, in brackets at the
caption's end or on its own line, as the same credit without the spaces does (INPUT.md, "Bylines,
datelines, credits": photo credits also stand at the end of the caption itself). No
photographer is named: a giver is no photographer. Near miss: such a note inside a sentence,
not at a caption's end, stays in the text. Invented people and places."""

import pytest

from tests.parsing.helpers import parse

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


@pytest.mark.parametrize("credit", ["（市民 孙晓 供图）", "（青岩镇政府 孙晓 供图）"])
def test_spaced_supplier_credit_at_caption_end_makes_a_photo(credit):
    parsed = _page(f"{CAPTION}{credit}")
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == ()
    assert parsed.articles[0].paragraphs[-1] == "景区预计花期持续到下月中旬。"


@pytest.mark.parametrize("credit", ["全景视觉 供图", "青岩镇政府 供图"])
def test_spaced_supplier_credit_line_makes_a_photo(credit):
    parsed = _page(CAPTION, credit)
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)


def test_supplier_note_inside_a_sentence_stays_text():
    line = "景区公众号展出游客作品（市民 孙晓 供图）三百余幅，点击量过万。"
    parsed = _page(line)
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == line
