"""A 1920s tabloid prints a picture as its title with the credit in brackets on one line, alone
in its block: who took it (``坤伶近影（華光照相館攝）``), gave it (``新片之一幕（明星公司贈）``) or sent
it (``湖上泛舟（秋雁寄）``). Each is a photo, its caption the title, never a story's headline
nor the next story's kicker; a line so ending with the story's text right under it is a
headline.

INPUT.md ("Bylines, datelines, credits"): a credit may stand at the end of the caption itself
(``（林嘉文攝）``).
"""

from tests.parsing.helpers import parse

PAGE = (
    "新片試映記",
    "明星公司新片昨在大光明戲院試映、到者二百餘人。",
    "",
    "新片之一幕（明星公司贈）",
    "",
    "坤伶昨演新戲",
    "坤伶小桂花、昨夜在大舞臺演新戲、座客常滿。",
    "",
    "湖上泛舟（秋雁寄）",
)


def test_a_picture_title_with_its_credit_alone_in_its_block_is_a_photo():
    parsed = parse(*PAGE)
    assert [a.headline for a in parsed.articles] == ["新片試映記", "坤伶昨演新戲"]
    assert [a.kicker for a in parsed.articles] == ["", ""]
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("新片之一幕", "（明星公司贈）"),
        ("湖上泛舟", "（秋雁寄）"),
    ]
    # (a title so ending with its story's text right under it is the story's headline)
    story = parse("市民捐款修橋（本報記者攝）", "城南市民昨日捐款修橋、共得大洋三百元。")
    assert story.photos == () and story.articles[0].paragraphs[0].startswith("城南市民")
