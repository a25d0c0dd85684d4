"""Issue 14, sixteenth round (photos area): a caption after a caption mark closed by an agency's
file-picture credit in brackets (■…。(美聯社資料圖))."""

from tests.parsing.helpers import decks, parse

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


def test_a_heading_of_the_word_picture_over_a_caption_and_credit_labels_a_picture_item():
    parsed = parse(
        "第3版()",
        "专栏:",
        "",
        "河东公社修好了排灌站",
        "本报讯　河东公社社员自己动手，用一个冬天修好了三座排灌站，今春的灌溉有了保障。",
        "",
        "第3版()",
        "专栏:",
        "",
        "图片",
        "　　红旗大队的社员们在田间插秧。",
        "　　本报记者　林江摄",
        "",
        "第3版()",
        "专栏:",
        "",
        "县医院开设夜间门诊",
        "本报讯　县人民医院从本月起开设夜间门诊，方便白天上班的群众看病。",
        "",
    )
    (photo,) = parsed.photos
    assert photo.caption == "红旗大队的社员们在田间插秧。"
    assert photo.article_position is None
    assert decks(parsed) == [("", "河东公社修好了排灌站", ""), ("", "县医院开设夜间门诊", "")]
    assert "图片" in [item.text for item in parsed.set_aside if item.reason == "photo-label"]
