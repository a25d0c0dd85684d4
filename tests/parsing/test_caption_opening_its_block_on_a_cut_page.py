"""On a page cut into short lines, a picture's caption whose first line holds no punctuation
(``碼頭新倉`` / ``昨日落成。`` / ``（本報記者陳永安攝）``) is one caption: the whole block the credit closes,
not a headline line over a caption and a kicker for the story after it.

INPUT.md ("Encoding and layout"): a short line is not a headline because it is short;
("Bylines, datelines, credits"): the caption is the paragraph before the credit.
"""

from tests.parsing.helpers import parse

PAGE = [
    "碼頭工人",
    "昨起加班卸貨",
    "",
    "【本報訊】本埠碼",
    "頭近日到貨甚多，",
    "工人昨起每晚加",
    "班三小時，以免",
    "貨物積壓。",
    "",
    "碼頭新倉",
    "昨日落成。",
    "（本報記者陳永安攝）",
    "",
    "商會通告",
    "",
    "本會定於下月一",
    "日召開會員大會，",
    "請各會員準時出",
    "席為荷。",
]


def test_the_caption_is_the_whole_block_its_credit_closes():
    parsed = parse(*PAGE)
    [photo] = parsed.photos
    assert photo.caption.replace(" ", "") == "碼頭新倉昨日落成。"
    assert ["".join(a.headline.split()) for a in parsed.articles] == [
        "碼頭工人昨起加班卸貨",
        "商會通告",
    ]
    assert parsed.articles[1].kicker == ""
