"""A comment (annotation) in a page PDF is drawn into the public page image: a proofreader's
red box shows on the e-paper.

Who sees it: readers (the page image and thumbnail of the public e-paper). Editors and
proofreaders mark up the page PDF in Acrobat or Founder's proofing tools (a box round a wrong
name, a note); the marked copy is easily the one that reaches the importer. Such comments are
annotations, not page content: PDF/X, what prepress writes, allows none on the printed area,
and a comment without the Print flag is not printed by any viewer. ``articles/pdfpages/
rendering.py`` ``render_image`` calls ``PdfPage.render`` with pypdfium2's default
``draw_annots=True``, so PDFium draws every annotation into the image readers get.

Expected: the page image shows the page as printed: an annotation that is not to be printed
(no Print flag) is not in it. Here a red square comment over an empty stretch of page 2: the
pixels under its border stay the page's white.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from articles.models import PageImage
from tests.pdfpages.builder import H, W
from tests.pdfpages.conftest import built_pages, folder, pages, run  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db

# The square comment, in PDF user space (points from the bottom left), and where its left
# border is sampled: 425 pt from the top, in the blank gap between page 2's two stories (the
# first ends 400 pt down, the second's headline starts at 430), where the page itself is white.
LEFT, TOP, RIGHT, BOTTOM = 100.0, 880.0, 500.0, 420.0  # PDF user space (from the bottom)
SAMPLE_Y = 425.0  # points from the top


def _with_comment(pdf: bytes) -> bytes:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    annot = raw.FPDFPage_CreateAnnot(page.raw, raw.FPDF_ANNOT_SQUARE)
    raw.FPDFAnnot_SetRect(annot, raw.FS_RECTF(LEFT, TOP, RIGHT, BOTTOM))
    raw.FPDFAnnot_SetColor(annot, raw.FPDFANNOT_COLORTYPE_Color, 255, 0, 0, 255)
    raw.FPDFAnnot_SetBorder(annot, 0, 0, 6)
    raw.FPDFAnnot_SetFlags(annot, 0)  # not to be printed: a screen comment
    raw.FPDFPage_CloseAnnot(annot)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_comment_is_not_drawn_into_the_page_image(folder, pages):  # noqa: F811
    _, two = pages
    (folder / "2.pdf").write_bytes(_with_comment(two.pdf))
    run(folder)
    picture = PageImage.objects.get()
    with picture.image.open("rb") as handle:
        image = Image.open(handle).convert("RGB")
        x = round(LEFT / W * image.width)
        y = round(SAMPLE_Y / H * image.height)
        r, g, b = image.getpixel((x, y))
    assert not (r > 180 and g < 110 and b < 110), f"the comment's red at ({x}, {y}): {(r, g, b)}"
