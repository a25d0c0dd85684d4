"""A page PDF whose visible page does not start at the PDF's origin gets its zones (热区) drawn
beside the stories they name.

Who sees it: readers of the e-paper (the page view's links over the page image, the page
JSON's ``rects``) and editors on the page form. A prepress PDF often has a page box that does
not start at (0, 0): a page exported with its bleed or printer's marks (a MediaBox such as
``[-50 -50 650 950]``), or a page whose marks an editor cropped off in Acrobat before sending it
(a CropBox such as ``[20 20 580 880]``). PDFium renders the page image from the crop box, and
``page.get_size()`` is the crop box's size, but the characters' boxes
(``articles/pdfpages/characters.py`` ``build_chars``, ``document._to_box``) are divided by that
size from the PDF's user-space origin, never moved by the box's own origin. Every zone is then
shifted by the offset (50 pt here: a whole line and more off on a 900-pt page), so a reader who
clicks a headline opens the story above or beside it, and the photo's zone misses the photo.

Expected: the zones are in the rendered image's own frame (0–1 from the crop box's top left),
so each story's zone covers where the story is printed on the image: the same page drawn with
a different box origin gives zones that cover the same printed text.
"""

from __future__ import annotations

import io

import pytest

from articles.models import Zone
from tests.pdfpages.builder import H, W
from tests.pdfpages.conftest import PAPER, built_pages, folder, pages, run  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def _boxed(pdf: bytes, media, crop) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    page.set_mediabox(*media)
    page.set_cropbox(*crop)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _bbox(boxes) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


CASES = {
    # The page exported with a 50-pt margin round it: its box starts at (-50, -50).
    "page box off the origin": ((-50, -50, W + 50, H + 50), (-50, -50, W + 50, H + 50)),
    # The printer's margin cropped off in Acrobat: the crop box starts at (20, 20).
    "cropped page": ((0, 0, W, H), (20, 20, W - 20, H - 20)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_zones_cover_their_stories_whatever_the_page_box_origin(folder, pages, case):  # noqa: F811
    one, _ = pages
    media, crop = CASES[case]
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(_boxed(one.pdf, media, crop))
    run(folder)

    left, bottom, right, top = crop
    width, height = right - left, top - bottom

    def on_image(box):  # a 0–1 box of the page as drawn (600 × 900, from its top left)
        x0, y0, x1, y1 = box
        return (
            (x0 * W - left) / width,
            (y0 * H - (H - top)) / height,
            (x1 * W - left) / width,
            (y1 * H - (H - top)) / height,
        )

    for story in one.stories:
        zone = Zone.objects.get(part__article__headline=story.headline, page__label="1")
        got = _bbox(zone.rects)
        want = on_image(_bbox(story.lines))
        assert all(abs(g - w) < 0.02 for g, w in zip(got, want, strict=True)), (
            f"{PAPER} {case}: zone of {story.headline} is {got}, the story is printed at {want}"
        )
