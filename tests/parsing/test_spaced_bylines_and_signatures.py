"""Reporters printed with their names spaced out or signed at a piece's end (INPUT.md, "Bylines,
datelines, credits": ``本报记者  彭  波``, names with doubled spaces inside; pen names on their own
line belong to the story before them; "Encoding and layout": an app page prints a story on one
line, its paragraphs parted by runs of spaces, the byline first). Invented papers and people."""

import pytest

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse

BODY = "3月2日上午，青石镇新修的文化广场正式开放，附近几个村的村民赶来参加开放仪式。"
MORE = "镇里负责人说，广场还将增设健身器材和图书角，方便群众日常使用。"


def _story_line(opening: str) -> str:
    return f"{opening}{BODY}   {MORE}"


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("本报记者  柯  远  蓝  溪   ", ("柯远", "蓝溪")),  # two spaced names after the role
        ("      记者  苗  禾      ", ("苗禾",)),  # indented, a wide gap
        ("何  舟   ", ("何舟",)),  # a columnist's name alone, spaced out
        ("本报记者 钱晓岚   ", ("钱晓岚",)),  # (printed whole: read before, unchanged)
    ],
)
def test_a_spaced_byline_leading_a_one_line_story_names_its_reporters(opening, names):
    parsed = parse("青石镇文化广场开放", "", _story_line(opening))
    (article,) = parsed.articles
    assert article.reporters == names
    assert article.byline == opening.strip()


@pytest.mark.parametrize(
    "opening",
    [
        "春  天   ",  # a word spaced out, no surname's name: 春天 is a word
        "王  平  摄   ",  # a photo credit, not a byline
        "记者  苗    禾  ",  # the gap to the text narrower than a gap inside: no byline ends there
    ],
)
def test_spaced_words_opening_a_story_line_are_no_byline(opening):
    parsed = parse("青石镇文化广场开放", "", _story_line(opening))
    (article,) = parsed.articles
    assert article.reporters == ()


PIECE = [
    "  我今年六十岁了，在厂里干了四十年。解放前，我们当学徒的，",
    "天天挨打受骂，吃不饱穿不暖。",
    "  现在日子好了，我要多干活，干好活，",
    "为国家多作贡献。",
]
NEXT = [
    "",
    "厂区绿化",
    "又添新绿",
    "",
    "  本报讯  入夏以来，厂区各单",
    "位开展植树活动，新栽树苗一千多棵。",
]


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("                机修二车间  吕 德 明", "吕德明"),  # a name spaced character by character
        ("          轧钢厂退休工人  孟  川", "孟川"),  # a two-character name spaced to three
    ],
)
def test_a_workers_piece_signed_with_unit_and_name_credits_the_writer(signature, name):
    parsed = parse("老工人的心里话", "", *PIECE, "", signature, *NEXT)
    first, second = parsed.articles
    assert first.paragraphs[-1] == signature.strip()
    assert first.reporters == (name,)
    assert second.reporters == ()


@pytest.mark.parametrize(
    "signature",
    [
        "          本版责任编辑  周长海",  # the page's editor, no writer
        "          我们车间的人  都说好",  # no name after the gap
    ],
)
def test_a_line_shaped_like_a_signature_but_naming_no_writer_credits_no_one(signature):
    parsed = parse("老工人的心里话", "", *PIECE, "", signature, *NEXT)
    assert parsed.articles[0].reporters == ()


def test_a_readers_letter_to_the_paper_credits_the_reader_who_signs_it():
    # (stop 56: every fidelity set's truth but two credited a letter's signer; those two changed)
    signature = "                红石乡农民  陶 德 贵"
    parsed = parse("公路边的树该管管了", "", "  编辑同志：", *PIECE, "", signature, *NEXT)
    letter = parsed.articles[0]
    assert letter.paragraphs[-1] == signature.strip()
    assert letter.reporters == ("陶德贵",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("文  潜", ("文潜",)),  # a pen name whose surname is 文
        ("文　竹", ("文竹",)),
        ("文 周 明", ("周明",)),  # 文 the role word: written by 周明 (two characters after it)
        ("文 周明", ("周明",)),
        ("文/潜", ()),  # the role word's slash: 文 is never a name's character then
        ("通讯员 苟  文", ("苟文",)),  # (the last 文 of a spaced name: read before, unchanged)
    ],
)
def test_a_spaced_name_opening_with_wen_keeps_its_first_character(byline, names):
    assert parse_names(byline) == names


CASE = [
    "【案情】",
    "退休工人老郑有一套住房，先后立下两份遗嘱，把同一套住房留给两个子女。",
    "【审理】",
    "法院审理认为，遗嘱内容相抵触的，以最后的遗嘱为准。",
]


@pytest.mark.parametrize("author", ["秦  砚", "秦　砚", "□ 秦砚"])
def test_an_authors_name_over_a_case_reports_first_section_head_is_the_byline(author):
    parsed = parse("法治讲堂", "两份遗嘱“一房两给” 该听谁的", author, *CASE)
    (article,) = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == (
        "法治讲堂",
        "两份遗嘱“一房两给” 该听谁的",
        "",
    )
    assert article.reporters == ("秦砚",)
    assert article.crossheads[:1] == ("【案情】",)


def test_a_title_line_over_a_section_head_stays_in_the_title():
    # (no name between the title and 【案情】: the title lines are left as they were read)
    before = parse("法治讲堂", "两份遗嘱“一房两给” 该听谁的", *CASE).articles[0]
    assert before.reporters == ()
    assert "两份遗嘱“一房两给” 该听谁的" in before.title_lines
