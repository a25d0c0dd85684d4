"""A page printed to PDF from a browser (Chromium) reads as printed: every line whole, in reading
order, though the writer gives some of its characters as a marked-content span's /ActualText
(PDFium's loose box for them is their ink alone: :mod:`articles.pdfpages.emboxes`), writes its
text objects in any order, and sets digits, Latin letters and punctuation of other heights on
a line of Chinese. Pages made here with fpdf2 (tests/pdfpages/builder.py), in the tests' own
words; the characters of ``builder.RADICALS`` drawn as Chromium draws them."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.parsing import parse_page
from articles.pdfpages import PdfLimits, open_pdf, page_text, read_page
from articles.pdfpages.layout import lines_of
from tests.pdfpages.builder import BODY, RADICALS, Page, browser_text, need_fonts, spanned

LEFT, RIGHT, WIDTH = 30.0, 215.0, 170.0  # two columns, a 15 pt gutter
TOP, PITCH = 66.0, 14.0  # the first body line's top; top to top (points)
HEAD = 16.0

A_HEAD = "马拉松报名人数创新高"
A_BODY = [
    "本报讯（记者何晓雨）今年江城马拉松报名人数突破三万人，创历史新高。组委会表示，"
    "将通过抽签确定参赛名单，抽签结果3月20日公布，U18组另行抽签。",
    "今年赛道首次经过长江大桥北岸引桥，沿途设置十二个补给站和二十个医疗点。",
]
B_HEAD = "少年足球联赛开幕"
B_BODY = [
    "本报讯（记者周雨桐）全市少年足球联赛昨日开幕，六十支球队的八百多名小球员将在两个月里"
    "进行三百多场比赛。",
    "联赛分U10、U12两个组别，每周六、周日在市民体育中心进行。",
]


@pytest.fixture(autouse=True)
def _fonts():
    need_fonts()


def _layout(page: Page):
    with open_pdf(page.bytes(), PdfLimits()) as document:
        return read_page(document, 0)


def _lines(page: Page, paragraphs: list[str], x: float) -> list[tuple[float, float, str]]:
    """The body lines of a column at ``x``: (x, baseline, text), each paragraph's first line
    indented two ems (a browser's ``text-indent``: a gap, no character), a line broken where the
    next character would pass the column's width (points, measured in the body font)."""
    page.pdf.set_font("body", size=BODY)
    out, y = [], TOP + BODY * 0.88
    for paragraph in paragraphs:
        start, line = x + 2 * BODY, ""
        for ch in paragraph:
            if start - x + page.pdf.get_string_width(line + ch) > WIDTH:
                out.append((start, y, line))
                start, line, y = x, "", y + PITCH
            line += ch
        out.append((start, y, line))
        y += PITCH
    return out


def _two_columns(*, backwards: bool = False) -> Page:
    """Two stories side by side, each a headline over its body. ``backwards``: written as a PDF
    writer may order them, the right column first, its lines bottom up, each line's second half
    before its first."""
    page = Page()
    pieces = []  # (x, baseline, text, size, font)
    for x, head, paragraphs in ((LEFT, A_HEAD, A_BODY), (RIGHT, B_HEAD, B_BODY)):
        column = [(x, 40 + HEAD * 0.88, head, HEAD, "head")]
        column += [(lx, y, text, BODY, "body") for lx, y, text in _lines(page, paragraphs, x)]
        pieces.append(column)
    if backwards:
        order = [p for column in reversed(pieces) for p in reversed(column)]
    else:
        order = [p for column in pieces for p in column]
    for x, y, text, size, font in order:
        if not backwards:
            browser_text(page, x, y, text, size, font)
            continue
        half = len(text) // 2
        page.pdf.set_font(font, size=size)
        browser_text(page, x + page.pdf.get_string_width(text[:half]), y, text[half:], size, font)
        browser_text(page, x, y, text[:half], size, font)
    return page


WANT = "\n\n".join([A_HEAD, "\n".join(A_BODY), B_HEAD, "\n".join(B_BODY)]) + "\n"


@pytest.mark.parametrize("backwards", [False, True])
def test_a_two_column_page_from_a_browser_reads_each_line_whole_in_reading_order(backwards):
    page = _two_columns(backwards=backwards)
    text = page_text(_layout(page))
    assert text == WANT, text
    stories = parse_page(text).articles
    assert [s.headline for s in stories] == [A_HEAD, B_HEAD]
    assert [b.text for b in stories[1].blocks][-1] == B_BODY[-1]
    assert stories[1].reporters == ("周雨桐",)


def test_characters_given_by_actual_text_have_their_lines_size_and_em_box():
    layout = _layout(_two_columns())
    w, h = layout.width, layout.height
    for line in lines_of(layout):
        size = HEAD if line.size > 12 else BODY
        full = [c for c in line.chars if c.text not in "0123456789U、，。（）"]
        for c in full:  # full-width: one em wide (points), the line's top and bottom
            assert abs(c.size - size) < 0.05 * size, (c, line.text)
            assert abs((c.box.x1 - c.box.x0) * w - size) < 0.05 * size, (c, line.text)
            assert abs(c.box.y0 * h - line.y0) < 0.5 and abs(c.box.y1 * h - line.y1) < 0.5, c
    days = [c for line in lines_of(layout) for c in line.chars if c.text in RADICALS]
    assert len(days) > 10  # the page has them, and the loop above checked them


def test_a_half_width_character_given_by_actual_text_has_its_lines_size():
    # A writer's replacement text for a digit and a Latin letter (a glyph its font maps to no
    # character): ink shorter than the line's type, sized as the line's all the same.
    page = Page()
    page.pdf.set_font("body", size=BODY)
    x, y = LEFT, 100 + BODY * 0.88
    for ch in "联赛3月5日开幕，U10组":
        if ch in "5U":
            spanned(page, x, y, ch, ch)
        else:
            page.pdf.text(x, y, ch)
        x += page.pdf.get_string_width(ch)
    layout = _layout(page)
    (line,) = lines_of(layout)
    assert line.text == "联赛3月5日开幕，U10组"
    assert all(abs(c.size - BODY) < 0.05 * BODY for c in line.chars), line.chars


def test_a_browser_page_placed_sideways_in_a_form_and_turned_upright_reads_the_same():
    # PDFium gives a span's characters inside a form in the form's own space: taken to the
    # page's, they are on their lines, not lost off the page.
    from tests.pdfpages.test_zones_on_the_page_as_shown import _sideways

    pdf = _sideways(_two_columns().bytes(), 90)
    with open_pdf(pdf, PdfLimits()) as document:
        assert page_text(read_page(document, 0)) == WANT


def test_a_span_giving_two_characters_for_two_glyphs_keeps_both_on_their_line():
    # One span, two glyphs, /ActualText 日月: PDFium shares the span's ink out between the two
    # (each its half, both with the span's origin); each is one em wide about its half's middle.
    page = Page()
    page.pdf.set_font("body", size=BODY)
    x, y = LEFT, 100 + BODY * 0.88
    for drawn, meant in [
        ("联赛昨", ""),
        ("\u2f47\u2f49", "日月"),
        ("开幕，六", ""),
        ("\u2f17", "十"),
    ]:
        if meant:
            spanned(page, x, y, drawn, meant)
        else:
            page.pdf.text(x, y, drawn)
        x += page.pdf.get_string_width(drawn)
    layout = _layout(page)
    (line,) = lines_of(layout)
    assert line.text == "联赛昨日月开幕，六十"
    day, month = line.chars[3:5]
    assert abs((day.box.x1 - day.box.x0) * layout.width - BODY) < 0.05 * BODY
    assert abs((month.box.x1 - month.box.x0) * layout.width - BODY) < 0.05 * BODY
    assert all(abs(c.size - BODY) < 0.05 * BODY for c in line.chars)
