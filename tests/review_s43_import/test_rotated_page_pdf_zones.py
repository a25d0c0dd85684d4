"""A page PDF stored turned (``/Rotate 90``) gets zones (热区) that miss its stories, and a
story with no zone at all.

Who sees it: readers (the links over the page image and the page JSON's ``rects``) and editors
(the page form's zones, 版面 PDF：未在版面上找到… lines). A PDF page may carry ``/Rotate``: a page
set landscape and turned for the press, a tabloid or centre spread exported sideways, a page an
editor turned in Acrobat before sending it. PDFium renders the image turned as the PDF asks
(clockwise), and ``page.get_size()`` gives the turned width and height; but the characters'
boxes come from PDFium's text page unturned, in the page's own user space
(``articles/pdfpages/characters.py`` ``build_chars``), and are divided by the turned size. So the
zones are those of another, stretched page: on the built front page one story gets no zone at
all and the others point at the wrong part of the image.

Expected: zones in the frame of the image readers see. A page turned 90° clockwise shows what
was at (x, y) of the unturned page (0–1 from the top left) at (1 − y, x); each story's zone
covers where the story is on that image.
"""

from __future__ import annotations

import io

import pytest

from articles.models import Zone
from tests.pdfpages.conftest import built_pages, folder, pages, run  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def _turned(pdf: bytes) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    document[0].set_rotation(90)
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


def test_zones_of_a_turned_page_cover_its_stories_on_the_turned_image(folder, pages):  # noqa: F811
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(_turned(one.pdf))
    run(folder)

    for story in one.stories:
        zones = Zone.objects.filter(part__article__headline=story.headline, page__label="1")
        assert zones.exists(), f"no zone for {story.headline} on the turned page"
        got = _bbox([rect for zone in zones for rect in zone.rects])
        x0, y0, x1, y1 = _bbox(story.lines)
        want = (1 - y1, x0, 1 - y0, x1)  # turned 90° clockwise, as PDFium renders /Rotate 90
        assert all(abs(g - w) < 0.02 for g, w in zip(got, want, strict=True)), (
            f"zone of {story.headline} is {got}; on the turned image the story is at {want}"
        )
