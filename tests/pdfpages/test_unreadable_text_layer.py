"""A page's own PDF whose text layer cannot be read (its fonts without a ``/ToUnicode`` map:
PDFium reads the glyphs' numbers, ``\\x01\\x04\\x05…``) is taken as a scan, not as another
page's PDF: the text imports, the picture is attached, no zone matched, and the warning says the
text layer cannot be read (zones drawn by hand). A scan says only that it has no text layer
(articles/pdfpages/document.py text_layer; articles/importing/pdfreport.py)."""

from __future__ import annotations

from io import BytesIO

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article, PageImage, Zone
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


def _unmapped(pdf: bytes) -> bytes:
    """``pdf`` with its fonts' ToUnicode maps unnamed (PDFium then reads glyph numbers)."""
    return pdf.replace(b"/ToUnicode", b"/ToUnicodX")


def _scan() -> bytes:
    """A one-page PDF of a picture alone (a scan: no text layer)."""
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (600, 900), (240, 240, 235)).save(out, "PDF", resolution=72)
    return out.getvalue()


def _written(folder, built, pdf: bytes) -> None:
    (folder / "1.txt").write_text(built.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pdf)


def test_the_right_pdf_with_an_unreadable_text_layer_imports_text_and_picture(folder, pages):
    _written(folder, pages[0], _unmapped(pages[0].pdf))
    out, err = run(folder.parent.parent)
    assert Article.objects.count() == 3
    image = PageImage.objects.get()
    assert image.image and not image.has_text
    assert not Zone.objects.exists()
    assert "读不出文字" in out and "手工划出" in out
    assert "未在版面上找到" not in out and "别的版" not in out + err


def test_a_dry_run_says_the_unreadable_pdf_will_be_attached(folder, pages):
    _written(folder, pages[0], _unmapped(pages[0].pdf))
    out, _ = run(folder.parent.parent, "--dry-run")
    assert "将新建" in out and "别的版" not in out


def test_a_scan_says_only_that_it_has_no_text_layer(folder, pages):
    _written(folder, pages[0], _scan())
    out, _ = run(folder.parent.parent)
    assert "没有文字层" in out
    assert "未在版面上找到" not in out and "请确认这个 PDF" not in out
    assert PageImage.objects.get().image


def test_matching_a_scan_again_lists_no_story_as_not_found(folder, pages):
    from articles.importing.pdfs import page_rematch
    from articles.models import Page

    _written(folder, pages[0], _unmapped(pages[0].pdf))
    run(folder.parent.parent)
    report = page_rematch(Page.objects.get())
    assert not report.has_text and not any("未在版面上找到" in line for line in report.lines())


def test_a_text_layer_is_unreadable_when_a_tenth_of_it_is_no_characters():
    from articles.pdfpages.textlayer import NO_TEXT, READABLE, UNREADABLE, text_layer

    assert text_layer(" \u3000\n") == NO_TEXT
    assert text_layer("\x01\x02\x03" + "本报讯" * 9) == UNREADABLE
    assert text_layer("\x01" + "本报讯" * 9) == READABLE  # (a rare private-use character)
    assert text_layer("\ue000" * 10 + "本报讯" * 30) == UNREADABLE
