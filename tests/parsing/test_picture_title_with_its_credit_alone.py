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


def test_a_picture_title_with_its_credit_closing_a_storys_block_is_a_photo():
    parsed = parse(
        "汽車初到本埠",
        "本埠向無汽車、前日某洋行自東津運到一輛、在北門外大街試行、每點鐘可行三十餘里、"
        "觀者如堵、孩童追逐其後、皆以為奇",
        "本埠首輛汽車停於大街（寶記照相館攝贈）",
        "",
        "城南失火",
        "昨夜三鼓時城南某姓草房失慎、延燒鄰屋三間、幸經水會趕到救熄、未傷人口、"
        "聞係灶下餘燼未熄所致",
    )
    assert [a.headline for a in parsed.articles] == ["汽車初到本埠", "城南失火"]
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("本埠首輛汽車停於大街", "（寶記照相館攝贈）")
    ]
    # (an agency's credit then the photographer's under a caption: that caption's credit)
    wire = parse(
        "老井架成了景點",
        "",
        "4月21日，遊客在西溝煤礦遺址公園參觀老井架。",
        "新華社發（韓斌攝）",
    )
    assert [p.credit_line for p in wire.photos] == ["新華社發（韓斌攝）"]
