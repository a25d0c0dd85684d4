"""A credit printed on a photo, or set in another size than the columns', is the picture's, not
a sentence's (articles/pdfpages/credits.py): a page PDF's text never glues it into a story's
text. Pages drawn here after a real county page's layout (the credit over the photo's corner,
in another face, read between two of the story's columns)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article
from articles.pdfpages import Box, Char, PageLayout, page_text, read_page
from tests.pdfpages.builder import BODY, PER_LINE, PITCH, Page, Story, _paragraphs
from tests.pdfpages.conftest import run

CREDIT = "孙立/摄"


def _text_of(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return page_text(read_page(document, 0))
    finally:
        document.close()


def _street_story() -> Story:
    return Story(
        "老街改造让居民出行更方便",
        _paragraphs(
            "本报讯（记者林小川）",
            "老街改造",
            ["路面铺装", "雨污分流", "路灯更新", "店招整治"],
            [5, 4, 5],
        ),
    )


def credit_on_photo_page() -> tuple[bytes, Story]:
    """One story: column 1 down the page, a photo over columns 2 and 3 with its credit set over
    its bottom edge in another face, the story's text going on under the photo."""
    story = _street_story()
    page = Page()
    page.headline(story, 30, 40)
    page.photo(215, 80, 355, 160)
    page.pdf.set_font("head", size=BODY)
    page.pdf.text(330, 225 + BODY * 0.88, CREDIT)
    page.flow(story, [(30, 80, 400), (215, 250, 400), (400, 250, 400)])
    return page.bytes(), story


# -- credits ------------------------------------------------------------------------------------


def test_a_credit_printed_on_a_photo_is_left_out_of_the_story_s_sentence():
    pdf, story = credit_on_photo_page()
    text = _text_of(pdf)
    assert CREDIT not in text
    for paragraph in story.paragraphs:  # each paragraph whole, across the column breaks
        assert paragraph in text


@pytest.mark.django_db
def test_importing_the_pdf_alone_keeps_the_credit_out_of_the_story(folder):
    pdf, story = credit_on_photo_page()
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    article = Article.objects.get(headline=story.headline)
    text = "\n".join(b["text"] for part in article.parts.all() for b in part.blocks)
    assert CREDIT not in text
    assert story.paragraphs[1] in text


def test_a_credit_on_the_line_under_a_picture_is_left_out_of_the_story_s_text():
    """Set in the columns' size, it was glued to the paragraph before it in reading order."""
    story = _street_story()
    page = Page()
    page.headline(story, 30, 40)
    page.photo(215, 80, 355, 150)
    page.pdf.set_font("body", size=BODY)
    page.pdf.text(470, 234 + BODY * 0.88, "本报记者 王明/摄")
    page.flow(story, [(30, 80, 400), (215, 260, 400), (400, 260, 400)])
    text = _text_of(page.bytes())
    assert "王明" not in text
    for paragraph in story.paragraphs:
        assert paragraph in text


def test_a_credit_in_another_size_stands_on_a_line_of_its_own():
    story = _street_story()
    first = Story(story.headline, [story.paragraphs[0][: 6 * PER_LINE - 2]])  # 6 full lines
    page = Page()
    page.headline(first, 30, 40)
    page.flow(first, [(30, 80, 860)])
    page.pdf.set_font("body", size=8)
    page.pdf.text(30, 80 + 6 * PITCH + 8 * 0.88, "记者 孙立 摄")
    rest = Story(story.headline, story.paragraphs[1:2])
    page.flow(rest, [(30, 80 + 7 * PITCH, 860)])
    lines = _text_of(page.bytes()).splitlines()
    assert "记者 孙立 摄" in lines
    assert first.paragraphs[0] in lines


def _line(text: str, x: float, y: float, size: float = 0.01) -> list[Char]:
    return [
        Char(c, Box(x + n * size, y, x + (n + 1) * size, y + size), 10.0)
        for n, c in enumerate(text)
    ]


def test_a_credit_on_a_scanned_page_s_image_stays_in_its_text():
    """A scan with its OCR text: every line lies on the page's one image, which is no photo."""
    chars = []
    for n in range(12):
        chars += _line(f"第{n}行扫描出来的文字" + "字" * 10, 0.1, 0.1 + n * 0.02)
    chars += _line("记者 孙立 摄", 0.1, 0.1 + 12 * 0.02)
    layout = PageLayout(width=500.0, height=500.0, chars=chars, images=[Box(0.0, 0.0, 1.0, 1.0)])
    assert "记者 孙立 摄" in page_text(layout)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("陈维连/摄", True),
        ("记者 孙立摄", True),
        ("本报记者 徐建中 摄", True),
        ("（林嘉文攝）", True),
        ("摄影：王强", True),
        ("图/李明", True),
        ("本报记者王明/摄", True),
        ("新华社发", True),
        ("（新华社发）", True),
        ("王强摄（新华社发）", True),
        ("受访者供图", True),
        ("通讯员 吴敏杰", False),
        ("科普宣传上街", False),
        ("（陈维连）", False),
        ("据了解，广润社区是我县省级文明", False),
    ],
)
def test_what_reads_as_a_credit(line, credit):
    from articles.pdfpages.credits import reads_as_credit

    assert reads_as_credit(line) is credit
