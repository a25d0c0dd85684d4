"""A reader's letter signed on a line of its own and answered by the office it complains of
(``编辑同志：`` / text / ``城南区居民　方德厚`` / ``城南区自来水公司答复：…``) is one item, as with an
editor's note after it: the signature is the letter's last line, never the headline of a story
made of the reply.

INPUT.md ("Headlines"): over-splitting a page is as wrong as missing a story; what closes a text
belongs to it.
"""

from tests.parsing.helpers import parse

LETTER = [
    "读者来信",
    "水表为何一年不来抄？",
    "",
    "编辑同志：",
    "",
    "　　我家的水表已经一年没有人来抄，每月只按估算收费，多收少收说不清楚。请问这是怎么回事？",
    "",
]


NEXT = ["", "城东菜场今起迁址", "", "　　本报讯　城东菜场今起迁往新华路营业，原址改建停车场。"]


def test_the_reply_after_a_letters_signature_stays_in_the_letter():
    parsed = parse(
        *LETTER,
        "城南区居民　方德厚",
        "",
        "　　城南区自来水公司答复：经查，该楼抄表员病休，已另派人员补抄。",
        *NEXT,
    )
    assert [a.headline for a in parsed.articles] == ["水表为何一年不来抄？", "城东菜场今起迁址"]
    letter = parsed.articles[0]
    assert letter.paragraphs[-2] == "城南区居民\u3000方德厚"
    assert letter.paragraphs[-1].startswith("城南区自来水公司答复：")


def test_a_reply_worded_huifu_after_a_name_alone_stays_too():
    parsed = parse(
        *LETTER, "方德厚", "", "　　区房管所回复：来信反映的问题已转交有关单位处理。", *NEXT
    )
    assert [a.headline for a in parsed.articles] == ["水表为何一年不来抄？", "城东菜场今起迁址"]
    assert parsed.articles[0].paragraphs[-2] == "方德厚"


def test_a_letter_without_a_salutation_signed_by_a_reader_keeps_its_note():
    parsed = parse(
        "讀者投書",
        "菜市場宜加裝電燈",
        "　　本市新街菜市場入夜後一片漆黑，攤販只能點油燈營業，既不方便，亦易生火警。懇請當局早日加裝電燈。",
        "讀者　梁德光",
        "　　（編者按：本報已將此函轉交市政廳。）",
        *NEXT,
    )
    assert [a.headline for a in parsed.articles] == ["菜市場宜加裝電燈", "城东菜场今起迁址"]
    assert parsed.articles[0].paragraphs[-2] == "讀者\u3000梁德光"
