"""Issue 14, sixteenth round (photos area): a caption after a caption mark closed by an agency's
file-picture credit in brackets (■…。(美聯社資料圖))."""

from tests.parsing.helpers import parse

_STORY = (
    "港務局公布新航線計劃",
    "【本報綜合報道】港務局昨日公布明年新航線計劃，將開通往返三個港口的貨運航線，預計每年新增貨運量兩百萬噸。",
    "港務局發言人表示，新航線開通後，本地出口商的運輸時間可縮短兩天。",
)


def test_marked_caption_credited_to_an_agencys_file_picture_is_a_photo():
    parsed = parse(*_STORY, "■貨輪停靠在港口碼頭。(美聯社資料圖)", "")
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line) == ("貨輪停靠在港口碼頭。", "(美聯社資料圖)")
    (article,) = parsed.articles
    assert photo.article_position == article.position
    assert len(article.paragraphs) == 2


def test_a_line_closed_by_an_agency_file_picture_without_a_mark_stays_text():
    parsed = parse(*_STORY, "貨輪停靠在港口碼頭。(美聯社資料圖)", "")
    assert parsed.photos == ()
