"""Reading a page PDF's text layer as a reader reads the page: pieces of one printed line joined,
the header band read as furniture. Pages made here with
fpdf2 (tests/pdfpages/builder.py fonts), in the tests' own words."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.parsing import parse_page
from articles.pdfpages import PdfLimits, open_pdf, page_text, page_text_sizes, read_page
from tests.pdfpages.builder import BODY, Page, need_fonts


@pytest.fixture(autouse=True)
def _fonts():
    need_fonts()


def text_of(page: Page) -> str:
    with open_pdf(page.bytes(), PdfLimits()) as document:
        return page_text(read_page(document, 0))


def text_and_sizes(page: Page) -> tuple[str, dict[int, float]]:
    with open_pdf(page.bytes(), PdfLimits()) as document:
        return page_text_sizes(read_page(document, 0))


def body(page: Page, x: float, y: float, lines: list[str]) -> None:
    page.pdf.set_font("body", size=BODY)
    for n, line in enumerate(lines):
        page.pdf.text(x, y + n * 14 + BODY * 0.88, line)


def test_a_line_written_in_two_pieces_with_squeezed_punctuation_reads_as_one_line():
    page = Page()
    body(page, 30, 100, ["本报讯（记者林小川）城南新建的两座口", "袋公园昨日对市民开放。"])
    # ：“ set in one em (the colon's half is squeezed out): the second piece, written apart
    # and a third of a point lower (a figure in another font), starts inside the colon's box.
    page.pdf.text(30, 128 + BODY * 0.88, "市民李先生表示：")
    page.pdf.text(30 + 7.1 * BODY, 128.3 + BODY * 0.88, "“5.20那天园里人最多")
    body(page, 30, 142, ["，大家都来散步。”"])
    text = text_of(page)
    assert "市民李先生表示：“5.20那天园里人最多，大家都来散步。”" in text, text


def test_the_header_band_is_read_as_furniture_not_as_a_story():
    # As a county daily prints it: page number, section name, the date with the paper's name
    # in English beside it, and the editors under them, over a rule.
    page = Page()
    for x, y, size, text in [
        (9, 3, 24, "2"),
        (160, 4, 22, "综合新闻"),
        (270, 3, 9, "2024.5.20星期一"),
        (500, 11, 9, "NEWCITY"),
        (270, 18, 8, "责任编辑：林小川/版式设计：周雨桐"),
    ]:
        page.pdf.set_font("head" if size > 20 else "body", size=size)
        page.pdf.text(x, y + size * 0.88, text)
    page.pdf.line(10, 34, 590, 34)
    page.pdf.set_font("head", size=20)
    page.pdf.text(30, 58 + 20 * 0.88, "城南新建两座口袋公园")
    body(page, 30, 100, ["本报讯（记者林小川）城南新建的两座口", "袋公园昨日对市民开放。"])
    text = text_of(page)
    # The band first, each of its lines alone (never joined into a paragraph), then the story.
    header, story = text.split("\n\n城南新建两座口袋公园\n\n")
    assert header.split() == [
        "2",
        "综合新闻",
        "2024.5.20星期一",
        "责任编辑：林小川/版式设计：周雨桐",
        "NEWCITY",
    ]
    assert story.startswith("本报讯（记者林小川）")
    parsed = parse_page(text)
    assert parsed.metadata.section == "综合新闻" and parsed.metadata.label == "2", text
    assert parsed.metadata.date == "2024-05-20"
    assert [a.headline for a in parsed.articles] == ["城南新建两座口袋公园"]


def _two_line_deck(first_size: float, second_size: float) -> str:
    page = Page()
    page.pdf.set_font("head", size=first_size)
    page.pdf.text(30, 60 + first_size * 0.88, "我市“旧桥改造”")
    page.pdf.set_font("head", size=second_size)
    page.pdf.text(30, 62 + first_size + second_size * 0.88, "第一座桥通车")
    body(
        page,
        30,
        70 + first_size + second_size,
        ["本报讯（记者林小川）城南旧桥改造后的第", "一座桥昨日通车。"],
    )
    return text_of(page)


def test_two_heading_lines_in_one_size_are_one_title_set_on_two_lines():
    text = _two_line_deck(20, 20)
    assert "我市“旧桥改造”第一座桥通车\n" in text, text
    (story,) = parse_page(text).articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "",
        "我市“旧桥改造”第一座桥通车",
        "",
    )


def test_heading_lines_in_sizes_of_their_own_stay_lines_of_the_deck():
    text = _two_line_deck(16, 22)  # a kicker's size over a headline's: the parser decides
    assert "我市“旧桥改造”\n第一座桥通车\n" in text, text


def test_a_smaller_line_printed_over_a_larger_headline_is_its_kicker():
    page = Page()
    page.pdf.set_font("head", size=14)
    page.pdf.text(30, 60 + 14 * 0.88, "全市开展安全生产大检查")
    page.pdf.set_font("head", size=24)
    page.pdf.text(30, 80 + 24 * 0.88, "隐患整改率达百分之九十八")
    body(
        page,
        30,
        120,
        [
            "本报讯（记者林晓）各乡镇对辖区内的",
            "企业逐一上门检查，发现问题当场登记，",
            "限期整改到位。",
        ],
    )
    text, sizes = text_and_sizes(page)
    (story,) = parse_page(text, line_sizes=sizes).articles
    assert (story.kicker, story.headline) == ("全市开展安全生产大检查", "隐患整改率达百分之九十八")


def _deck_over_body(sizes: tuple[float, float]) -> Page:
    page = Page()
    y = 60.0
    for size, line in zip(
        sizes, ["全市开展安全生产大检查", "隐患整改率达百分之九十八"], strict=True
    ):
        page.pdf.set_font("head", size=size)
        page.pdf.text(30, y + size * 0.88, line)
        y += size + 6
    body(
        page, 30, y + 14, ["本报讯（记者林晓）各乡镇对辖区内的", "企业逐一上门检查，限期整改到位。"]
    )
    return page


def test_a_smaller_line_printed_under_a_larger_headline_is_its_subheadline():
    text, sizes = text_and_sizes(_deck_over_body((24, 14)))
    assert sizes == {1: 24, 2: 14}, (text, sizes)
    (story,) = parse_page(text, line_sizes=sizes).articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "",
        "全市开展安全生产大检查",
        "隐患整改率达百分之九十八",
    )


def test_deck_lines_in_sizes_of_their_own_tell_the_kicker_over_the_headline():
    text, sizes = text_and_sizes(_deck_over_body((14, 24)))
    assert text.startswith("全市开展安全生产大检查\n隐患整改率达百分之九十八\n\n本报讯"), text
    assert sizes == {1: 14, 2: 24}
    (story,) = parse_page(text, line_sizes=sizes).articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "全市开展安全生产大检查",
        "隐患整改率达百分之九十八",
        "",
    )
    # The text alone (a .txt dump of the same page) is read as today: title, then subtitle.
    (alone,) = parse_page(text).articles
    assert (alone.kicker, alone.headline) == ("", "全市开展安全生产大检查")


def test_the_sizes_name_the_headline_lines_of_the_page_text_after_the_header_band():
    page = Page()
    for x, y, size, text in [(9, 3, 24, "2"), (160, 4, 22, "综合新闻"), (270, 3, 9, "2024.5.20")]:
        page.pdf.set_font("head" if size > 20 else "body", size=size)
        page.pdf.text(x, y + size * 0.88, text)
    page.pdf.line(10, 34, 590, 34)
    page.pdf.set_font("head", size=20)
    page.pdf.text(30, 58 + 20 * 0.88, "城南新建两座口袋公园")
    body(page, 30, 100, ["本报讯（记者林小川）城南新建的两座口", "袋公园昨日对市民开放。"])
    text, sizes = text_and_sizes(page)
    assert text == text_of(page)
    lines = text.splitlines()
    assert {lines[n - 1]: size for n, size in sizes.items()} == {"城南新建两座口袋公园": 20}, text


def test_a_bylines_quarter_em_gaps_read_as_spaces_and_even_spacing_as_none():
    # A byline set as printed, 记者 陈晓辉 通讯员 吴敏杰: each piece written apart with a quarter-em
    # gap and no space character (as a Founder PDF writes it); a body line's even spacing and a
    # headline spread letter by letter give no space.
    page = Page()
    page.pdf.set_font("body", size=BODY)
    x, y = 30.0, 100 + BODY * 0.88
    for piece in ["本报讯（记者", "陈晓辉", "通讯员", "吴敏杰）城南新建的两座口袋公园"]:
        page.pdf.text(x, y, piece)
        x += page.pdf.get_string_width(piece) + BODY * 0.28
    body(page, 30, 114, ["昨日对市民开放，园内种植乔木三百余株。"])
    page.pdf.set_font("body", size=BODY)
    for n, ch in enumerate("口袋公园开放了"):  # every gap alike: spread, not spaced
        page.pdf.text(30 + n * BODY * 1.4, 160 + BODY * 0.88, ch)
    text = text_of(page)
    assert "本报讯（记者 陈晓辉 通讯员 吴敏杰）城南新建的两座口袋公园昨日对市民开放" in text, text
    assert "口袋公园开放了" in text, text
