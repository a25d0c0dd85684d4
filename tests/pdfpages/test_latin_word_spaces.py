"""Spaces between Latin words on a page PDF whose text layer writes none (as Founder
PDFGenerator and OCR layers do: each word placed where it is printed, PDFium generating the
space), while Chinese text, however its glyphs are spread, stays unspaced. Pages made here with
fpdf2 (tests/pdfpages/builder.py fonts), in the tests' own words."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.parsing import parse_page
from articles.pdfpages import PdfLimits, match_parts, open_pdf, page_text, read_page
from articles.pdfpages.packed import PackedLayout
from articles.pdfpages.spacing import space_between
from articles.pdfpages.zones import PartText
from tests.pdfpages.builder import BODY, Page, need_fonts


@pytest.fixture(autouse=True)
def _fonts():
    need_fonts()


def layout_of(page: Page):
    with open_pdf(page.bytes(), PdfLimits()) as document:
        return read_page(document, 0)


def placed(page: Page, x: float, y: float, pieces: list[str], *, size: float = BODY) -> float:
    """Write ``pieces`` on one line, each where the one before ends plus a word space (a third
    of an em), with no space character between them; the x where the line ends."""
    page.pdf.set_font("body", size=size)
    for piece in pieces:
        page.pdf.text(x, y + size * 0.88, piece)
        x += page.pdf.get_string_width(piece) + size / 3
    return x - size / 3


def test_latin_words_placed_apart_read_with_their_spaces():
    page = Page()
    page.pdf.set_font("head", size=20)
    page.pdf.text(300, 160 + 20 * 0.88, "城南天气")  # a Chinese page's type sizes
    placed(page, 30, 40, ["MEMBER", "OF", "THE", "PRESS"], size=20)  # a headline
    # A paragraph on two lines: joined with a space after the first line's semicolon.
    placed(page, 30, 100, ["Probably", "fair", "today", "and", "tomorrow;", "lowest,"])
    placed(page, 30, 114, ["64", "at", "5", "a.m.", "yesterday."])
    text = page_text(layout_of(page))
    assert "MEMBER OF THE PRESS" in text, text
    assert "Probably fair today and tomorrow; lowest, 64 at 5 a.m. yesterday." in text, text


def test_an_english_name_and_an_address_in_chinese_text_keep_their_spaces_and_nothing_else():
    page = Page()
    page.pdf.set_font("head", size=20)
    page.pdf.text(30, 40 + 20 * 0.88, "外国友人来访城南口袋公园")
    end = placed(page, 30, 100, ["本报讯（记者林小川）来自伦敦的", "John", "Smith"])
    end = placed(page, end + 1, 100, ["先生昨日参观公园，"])
    placed(page, 30, 114, ["详情见", "www.example.cn", "or", "call", "Mr", "Lee", "Jr.", "今天"])
    text = page_text(layout_of(page))
    assert "来自伦敦的John Smith先生昨日参观公园，" in text, text
    # A space only between two Latin words: none where a Latin word meets a Han character.
    assert "详情见www.example.cn or call Mr Lee Jr.今天" in text, text
    story = parse_page(text).articles[0]
    assert any("John Smith先生" in p for p in story.paragraphs), story


def test_chinese_glyphs_spread_apart_by_the_layout_stay_unspaced():
    page = Page()
    page.pdf.set_font("body", size=BODY)
    x = 30.0
    for ch in "城南新建两座口袋公园昨日开放":  # letter-spaced by half an em: PDFium sees gaps
        page.pdf.text(x, 100 + BODY * 0.88, ch)
        x += BODY * 1.5
    for n, ch in enumerate("2024年5月20日"):  # figures and Han characters alike
        page.pdf.text(30 + n * BODY * 1.5, 114 + BODY * 0.88, ch)
    text = page_text(layout_of(page))
    assert "城南新建两座口袋公园昨日开放" in text, text
    assert "2024年5月20日" in text.replace("\n", ""), text


def test_the_spaces_leave_the_zones_and_the_packed_layout_as_they_were():
    page = Page()
    placed(page, 30, 100, ["Probably", "fair", "today", "and", "tomorrow."])
    layout = layout_of(page)
    assert [c.text for c in layout.chars].count(" ") == 4
    packed = PackedLayout.pack(layout)
    assert page_text(packed.unpack()) == page_text(layout)
    zone = match_parts(layout, [PartText(key=1, text="Probably fair today and tomorrow.")])[0]
    assert zone.coverage == 1.0 and len(zone.rects) == 1
    assert all(layout.chars[i].text != " " for i in zone.chars)


@pytest.mark.parametrize(
    ("left", "right", "space"),
    [
        ("tomorrow;", "moderate", True),
        ("p.m.", "Yesterday", True),
        ("of", "the", True),
        ("www.", "example.cn", False),
        ("共有3,", "500人", False),
        ("网址:", "www.example.cn", False),
        ("城南", "新建", False),
        ("the", "城南", False),
        ("twenty-", "four", False),
    ],
)
def test_lines_of_a_paragraph_join_with_a_space_between_latin_words_only(left, right, space):
    assert space_between(left, right) is space


@pytest.mark.django_db
def test_a_page_read_glued_before_reads_spaced_when_its_pdf_is_imported_again(folder, monkeypatch):
    from articles.models import Page as PageRow
    from articles.models import PageImage
    from tests.pdfpages.conftest import run

    page = Page()
    page.pdf.set_font("head", size=20)
    page.pdf.text(30, 40 + 20 * 0.88, "外国友人来访城南口袋公园")
    end = placed(page, 30, 100, ["本报讯（记者林小川）来自伦敦的", "John", "Smith"])
    placed(page, end + 1, 100, ["先生昨日参观了城南新建的口袋公园。"])
    (folder / "1.pdf").write_bytes(page.bytes())
    with monkeypatch.context() as patched:  # as the release before this one read it
        patched.setattr("articles.pdfpages.characters.word_spaces", lambda chars, *_: chars)
        run(folder.parent.parent)
    assert "JohnSmith" in PageRow.objects.get().raw_text
    out, _ = run(folder.parent.parent)
    stored = PageRow.objects.get()
    assert "来自伦敦的John Smith先生" in stored.raw_text, out
    assert PageImage.objects.get(page=stored).unmatched == []
