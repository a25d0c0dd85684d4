"""A reader's letter signed by where its writers are and their names, one to three (``柳巷社区
居民　笪美娟``, ``第三纺纱车间　甘立新　笪国平``): the signature is the letter's byline, its names
the reporters, whatever surnames they have, also under an editor's note and a salutation read
alone; a closing exclamation with a comma over the signature (``借此机会，向他们道一声辛苦！``)
is the letter's text (articles/parsing/lettersigners.py). Near miss: the same exclamation over a
story's text is its headline. Invented places and people."""

from tests.parsing.helpers import parse

LETTER = (
    "街坊来信",
    "修好路灯的人们，谢谢你们",
    "　　编辑同志：",
    "　　我家住柳巷社区9幢，楼前的路灯坏了半个月。上周三，社区网格员带着电工连夜修好了路灯。",
)


def test_a_closing_exclamation_and_a_signature_with_a_rare_surname_close_the_letter():
    parsed = parse(
        *LETTER,
        "　　借此机会，向他们道一声辛苦！",
        "　　　　　　　　柳巷社区居民　笪美娟",
        "本版编辑：温　宁",
    )
    letter = parsed.articles[-1]
    assert letter.paragraphs[-1] == "借此机会，向他们道一声辛苦！"
    assert letter.reporters == ("笪美娟",)
    assert not [item for item in parsed.set_aside if item.reason == "unplaced"]


def test_two_writers_after_their_workshop_sign_a_letter_under_an_editors_note():
    parsed = parse(
        "我们的合理化建议交给谁？",
        "",
        "编者按：这封来信说的事，值得各厂注意。",
        "",
        "编辑同志：",
        "",
        "今年三月，我们向车间提了改进梳棉机的建议，至今没有回音。",
        "",
        "第三纺纱车间　甘立新　笪国平",
        "",
        "新建职工食堂开张",
        "",
        "本报讯　第三纺织厂新建的职工食堂昨天开张，可容纳四百人同时就餐。",
    )
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("我们的合理化建议交给谁？", ("甘立新", "笪国平")),
        ("新建职工食堂开张", ()),
    ]


def test_near_miss_an_exclamation_over_a_storys_text_is_its_headline():
    parsed = parse(
        *LETTER,
        "",
        "春风里，再出发！",
        "本报讯　柳巷社区春季义诊昨天开始，二十多名医生为居民看病。",
    )
    assert [a.headline for a in parsed.articles][-1] == "春风里，再出发！"


def test_a_signature_over_the_papers_answer_is_the_byline_and_the_answer_stays_text():
    parsed = parse(
        "讀者信箱",
        "巴士站何時加建上蓋？",
        "編輯先生：",
        "我每日在街市站等巴士，落雨時無處避雨。請問有關部門有無計劃加建上蓋？",
        "荃灣讀者　笪志堅",
        "編者答：據了解，運輸署已將該站列入明年的改善計劃。",
    )
    letter = parsed.articles[-1]
    assert letter.reporters == ("笪志堅",)
    assert letter.paragraphs[-1] == "編者答：據了解，運輸署已將該站列入明年的改善計劃。"
    assert not [block for block in letter.blocks if block.kind == "crosshead"]
