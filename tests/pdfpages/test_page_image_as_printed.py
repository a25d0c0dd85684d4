"""The page image is the page as printed: a comment (an annotation not to be printed) an editor
or proofreader added is not drawn into it; an annotation marked to be printed is. Pure:
rendering the tests' own built page (tests/pdfpages/builder.py) with an annotation added."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdfium2")

from articles.pdfpages import PdfLimits, open_pdf, render_image
from tests.pdfpages.builder import H, W, second_page

# A square annotation round a blank stretch of page 2 (between its two stories, 400–430 pt from
# the top), in PDF user space (points from the bottom left).
LEFT, TOP, RIGHT, BOTTOM = 120.0, 490.0, 480.0, 460.0


def _annotated(pdf: bytes, flags: int) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    annot = pdfium_c.FPDFPage_CreateAnnot(page.raw, pdfium_c.FPDF_ANNOT_SQUARE)
    pdfium_c.FPDFAnnot_SetRect(annot, pdfium_c.FS_RECTF(LEFT, TOP, RIGHT, BOTTOM))
    pdfium_c.FPDFAnnot_SetColor(annot, pdfium_c.FPDFANNOT_COLORTYPE_Color, 0, 160, 0, 255)
    pdfium_c.FPDFAnnot_SetBorder(annot, 0, 0, 6)
    pdfium_c.FPDFAnnot_SetFlags(annot, flags)
    pdfium_c.FPDFPage_CloseAnnot(annot)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _border_pixel(pdf: bytes) -> tuple[int, int, int]:
    """The page image's pixel on the annotation's left border, half way down it."""
    with open_pdf(pdf, PdfLimits()) as document:
        image = render_image(document, 0).convert("RGB")
    x = round(LEFT / W * image.width)
    y = round((H - (TOP + BOTTOM) / 2) / H * image.height)
    return image.getpixel((x, y))


def test_a_comment_not_to_be_printed_is_left_out_of_the_page_image():
    assert _border_pixel(_annotated(second_page().pdf, 0)) == (255, 255, 255)


def test_an_annotation_to_be_printed_is_in_the_page_image():
    import pypdfium2.raw as pdfium_c

    r, g, b = _border_pixel(_annotated(second_page().pdf, pdfium_c.FPDF_ANNOT_FLAG_PRINT))
    assert g > 120 and r < 100 and b < 100, (r, g, b)
