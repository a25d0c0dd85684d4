"""A PDF imported without a text file: the type sizes of its headline lines go with its text to
the parser and are stored with the page (``Page.line_sizes``), so a smaller line over the
headline is its 引题 on import, on ``reparse_pages`` and in the desk's upload; a page with its
text file is read by the text alone, as before."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

pytest.importorskip("pypdfium2")

from articles.models import Article, Page
from tests.pdfpages.builder import BODY, need_fonts
from tests.pdfpages.builder import Page as PdfDrawing
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db

KICKER, HEADLINE = "全市开展安全生产大检查", "隐患整改率达百分之九十八"
LINES = ["本报讯（记者林晓）各乡镇对辖区内的", "企业逐一上门检查，限期整改到位。"]


@pytest.fixture(autouse=True)
def _fonts():
    need_fonts()


def deck_over_body(sizes: tuple[float, float]) -> bytes:
    """A one-story page: two deck lines in type ``sizes`` (points, top first), a body under."""
    page = PdfDrawing()
    y = 60.0
    for size, line in zip(sizes, [KICKER, HEADLINE], strict=True):
        page.pdf.set_font("head", size=size)
        page.pdf.text(30, y + size * 0.88, line)
        y += size + 6
    page.pdf.set_font("body", size=BODY)
    for n, line in enumerate(LINES):
        page.pdf.text(30, y + 14 + n * 14 + BODY * 0.88, line)
    return page.bytes()


def deck() -> tuple[str, str, str]:
    story = Article.objects.get()
    return story.kicker, story.headline, story.subheadline


def test_a_pdf_alone_imports_a_smaller_line_over_the_headline_as_its_kicker(folder):
    (folder / "1.pdf").write_bytes(deck_over_body((14, 24)))
    run(folder.parent.parent)
    assert deck() == (KICKER, HEADLINE, "")
    page = Page.objects.get()
    lines = page.raw_text.splitlines()
    # Stored by the stored text's line numbers: a re-parse reads the same lines' sizes.
    assert {lines[int(n) - 1]: size for n, size in page.line_sizes.items()} == {
        KICKER: 14,
        HEADLINE: 24,
    }


def test_reparse_pages_keeps_the_kicker_the_pdfs_sizes_told(folder):
    (folder / "1.pdf").write_bytes(deck_over_body((14, 24)))
    run(folder.parent.parent)
    assert deck() == (KICKER, HEADLINE, "")
    out = StringIO()
    call_command("reparse_pages", stdout=out, stderr=StringIO())
    assert deck() == (KICKER, HEADLINE, "")
    assert "未变" in out.getvalue(), out.getvalue()  # the stored sizes read as the import read


def test_the_same_text_in_other_type_sizes_is_parsed_again_not_skipped_as_unchanged(folder):
    (folder / "1.pdf").write_bytes(deck_over_body((24, 14)))  # headline over its subheadline
    run(folder.parent.parent)
    assert deck() == ("", KICKER, HEADLINE)
    text = Page.objects.get().raw_text
    (folder / "1.pdf").write_bytes(deck_over_body((14, 24)))  # the same words, sizes swapped
    run(folder.parent.parent)
    page = Page.objects.get()
    assert page.raw_text == text  # the same text: only its sizes tell the decks apart
    assert deck() == (KICKER, HEADLINE, "")
    out, _ = run(folder.parent.parent)  # the same PDF again: nothing to do
    assert "未变" in out and deck() == (KICKER, HEADLINE, "")


def test_a_pdf_beside_its_text_file_is_read_by_the_text_alone(folder):
    (folder / "1.pdf").write_bytes(deck_over_body((14, 24)))
    run(folder.parent.parent)
    text = Page.objects.get().raw_text
    Article.objects.all().delete()
    Page.objects.all().delete()
    # The text file's lines are not the PDF's lines: no size is told, the words decide (two
    # uncued deck lines: headline, then subheadline), as for a page of text alone.
    (folder / "1.txt").write_text(text, encoding="utf-8")
    run(folder.parent.parent)
    assert deck() == ("", KICKER, HEADLINE)
    assert Page.objects.get().line_sizes is None
