"""An agency alone in brackets after a one-sentence scene (a time word, then 在 and the place)
closing a wire story is that picture's credit: the sentence is the caption, not the story's
last paragraph (INPUT.md: captions and credits)."""

from tests.parsing.helpers import parse


def test_scene_sentence_with_agency_after_a_wire_story_is_a_photo():
    parsed = parse(
        "西灣市啟用無人駕駛接駁車",
        "〔中央社西灣3日電〕西灣市政府今天啟用兩條無人駕駛接駁車路線，連接捷運站與科學園區，"
        "首月免費搭乘。",
        "交通處表示，接駁車最高時速三十公里，車上仍配置一名安全員，必要時可接手操控。",
        "兩輛無人駕駛接駁車今天在科學園區站前待命，不少上班族排隊試乘。（中央社）",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("兩輛無人駕駛接駁車今天在科學園區站前待命，不少上班族排隊試乘。", "（中央社）")
    ]
    story = parsed.articles[0]
    assert not any("待命" in paragraph for paragraph in story.paragraphs)


def test_agency_after_a_finished_sentence_without_a_scene_stays_text():
    parsed = parse(
        "西灣市調降停車費",
        "〔中央社西灣3日電〕西灣市政府今天宣布，市區路邊停車費下月起每小時調降五元。",
        "市府表示，調降後預計每年減少停車費收入約新台幣兩千萬元。（中央社）",
    )
    assert parsed.photos == ()
