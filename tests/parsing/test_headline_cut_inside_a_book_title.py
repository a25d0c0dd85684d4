"""A headline cut over two lines inside a book's title by a narrow column (``诗集《山那边的`` /
``小学校》出版``, a PDF text layer's short lines): one headline, over the brief it opens (INPUT.md:
"A headline may be printed on two lines"; a title's name is never parted). Near miss: a
paragraph's lines cut inside a title stay its text. Invented book, press and people."""

from tests.parsing.helpers import parse

ABOVE = (
    "　　他说，守着这片林子，心里",
    "踏实。",
)
BRIEF = (
    "　　本报讯（记者　石文涛）近",
    "日，本地诗人柯远的诗集《山那",
    "边的小学校》由青岭出版社出版",
    "。全书收入诗作八十首。",
)


def test_a_headline_cut_inside_a_book_title_is_one_headline():
    parsed = parse("护林员老周", *ABOVE, "诗集《山那边的", "小学校》出版", *BRIEF)
    assert [a.headline for a in parsed.articles][-1] == "诗集《山那边的小学校》出版"
    assert parsed.articles[-1].reporters == ("石文涛",)


def test_near_miss_text_cut_inside_a_title_stays_text():
    parsed = parse("护林员老周", "　　他最爱读《山那边的", "小学校》，每天夜里都要", "读上几页。")
    [story] = parsed.articles
    assert story.headline == "护林员老周"
