"""Round 8 of issue 14: page furniture and page headers (pages of my own).

INPUT.md, "Page furniture": an e-paper's dated page line (2025年11月03日  第06版：城事), a paper's
name in Latin letters under its masthead, an OCR'd running head with the paper's name
letter-spaced, a section name under a PDF page's label, a copyright line and a table's column
heads are furniture, never a headline or a kicker; what they say about the page is kept.
"""

import pytest

from articles.parsing.furniture import furniture_reason
from articles.text import fold
from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯（记者 樊思远）记者昨天从市城建局获悉，城东老码头改建工程已经完工。"


@pytest.mark.parametrize(
    ("line", "label", "section"),
    [
        ("2025年11月03日  第06版：城事", "6", "城事"),
        ("2025年11月03日 第6版 城事", "6", "城事"),
        ("2025年11月03日 06版:城事", "6", "城事"),
        ("2025年11月03日 星期一 第B6版：城事", "B6", "城事"),
    ],
)
def test_a_dated_page_line_of_an_e_paper_gives_the_pages_date_label_and_section(
    line, label, section
):
    parsed = parse("东浦日报数字报", line, "", "老码头改建成滨水步道", TEXT)
    assert decks(parsed) == [("", "老码头改建成滨水步道", "")]
    assert reasons(parsed)[line] == "page-header"
    meta = parsed.metadata
    assert (meta.date, meta.label, meta.section) == ("2025-11-03", label, section)


def test_an_e_paper_list_of_pages_gives_no_label():
    meta: dict = {}
    line = "05版:区县  06版:城事  07版:文化"
    assert furniture_reason(line, fold(line), meta, top=True) == "page-list"
    assert meta == {}


def test_a_papers_name_in_latin_letters_under_its_header_line_is_no_kicker():
    parsed = parse(
        "南洋商声报　　2025年8月21日　星期四　　B2　　体育",
        "Nanyang Commercial Voice",
        "",
        "槟城队主场逆转夺三分",
        TEXT,
    )
    assert decks(parsed) == [("", "槟城队主场逆转夺三分", "")]
    assert reasons(parsed)["Nanyang Commercial Voice"] == "masthead"


def test_a_running_head_with_the_papers_name_letter_spaced_is_furniture():
    head = "1978年5月14日　星期日　　　西　岭　日　报　　　第二版"
    parsed = parse(head, "", "山区小学办起图书角", "本报讯　大坪公社各小学今春办起了图书角。")
    assert decks(parsed) == [("", "山区小学办起图书角", "")]
    assert reasons(parsed)[head] == "page-header"
    meta = parsed.metadata
    assert (meta.date, meta.label, meta.paper) == ("1978-05-14", "2", "西岭日报")


def test_a_section_name_under_a_pdf_pages_label_is_the_pages_section():
    parsed = parse(
        "B03",
        "文体",
        "",
        "本报讯（记者 顾清扬）第",
        "九届春季花展将于下周六",
        "在滨河公园开幕。",
        "",
        "春季花展下周开幕",
    )
    assert reasons(parsed)["文体"] == "page-section"
    assert parsed.metadata.section == "文体"
    assert "文体" not in [a.headline for a in parsed.articles]


@pytest.mark.parametrize(
    "line",
    ["东浦日报社版权所有  未经授权禁止转载", "未经许可 不得转载", "Copyright © 2025 东浦日报社"],
)
def test_a_copyright_line_is_furniture(line):
    assert furniture_reason(line, fold(line), {}, top=False) == "copyright"


def test_a_sentence_about_a_copyright_holder_is_no_furniture():
    line = "法院认定原告是涉案作品的版权所有人。"
    assert furniture_reason(line, fold(line), {}, top=False) is None


def test_a_standings_table_with_a_row_of_column_heads_stays_with_the_story_above():
    """The table's title and its row of column heads are no kicker of the next story; the table
    is printed under the match report, so it is that story's text (layout's table rule)."""
    parsed = parse(
        "槟城队主场逆转夺三分",
        TEXT,
        "",
        "联赛积分榜",
        "球队　　胜　平　负　积分",
        "槟城　　9　　3　　2　　30",
        "柔佛　　8　　4　　2　　28",
        "",
        "羽球公开赛本周开拍",
        "本报讯（记者 郑慧敏）年度羽球公开赛将于本周六开拍。",
    )
    assert decks(parsed) == [("", "槟城队主场逆转夺三分", ""), ("", "羽球公开赛本周开拍", "")]
    assert parsed.articles[0].paragraphs[1:3] == ("联赛积分榜", "球队　　胜　平　负　积分")
    assert not reasons(parsed)


def test_a_row_of_figures_is_no_page_header():
    line = "槟城　　9　　3　　2"
    assert furniture_reason(line, fold(line), {}, top=True) is None


def test_a_lunar_month_and_day_in_a_header_line_is_no_section():
    meta: dict = {}
    line = "2026年5月20日　星期三　四月初四　今日24版　每份1.00元"
    assert furniture_reason(line, fold(line), meta, top=True) == "page-header"
    assert meta == {"date": "2026-05-20"}


def test_a_lunar_day_alone_is_no_header():
    assert furniture_reason("正月十五", "正月十五", {}, top=True) is None


def test_a_dated_page_line_with_its_date_in_square_brackets_is_furniture():
    meta: dict = {}
    line = "【2025年11月03日】第06版：城事"
    assert furniture_reason(line, fold(line), meta, top=True) == "page-header"
    assert meta == {"date": "2025-11-03", "label": "6", "section": "城事"}


def test_a_letter_spaced_section_in_a_header_line_is_one_word():
    meta: dict = {}
    line = "2025年11月03日 星期一 6 城　事"
    assert furniture_reason(line, fold(line), meta, top=True) == "page-header"
    assert meta["section"] == "城事"


BODY_FIRST = ("", "本报讯（记者 顾清扬）第", "九届春季花展将于下周六", "在滨河公园开幕。")


@pytest.mark.parametrize("head", [("文体", "B03"), ("B03", "", "文体")])
def test_a_usual_section_name_next_to_a_pdf_pages_label_is_its_section(head):
    parsed = parse(*head, *BODY_FIRST, "", "春季花展下周开幕")
    assert reasons(parsed)["文体"] == "page-section"
    assert parsed.metadata.section == "文体"
