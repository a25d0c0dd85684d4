"""Zones (and image boxes, and the text read from a PDF alone) are in the frame of the page as it
is shown: from the top left of its visible box (a crop box or media box that does not start at
(0, 0)), turned as its ``/Rotate`` asks, whichever way its text was set. Pure: the page-PDF
package on the tests' own built page (tests/pdfpages/builder.py) changed with pypdfium2."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdfium2")

from articles.parsing import parse_page
from articles.pdfpages import (
    Box,
    PageLayout,
    PartText,
    PdfLimits,
    match_parts,
    open_pdf,
    page_text,
    read_page,
)
from articles.pdfpages.upright import text_turn, turn_box
from tests.pdfpages.builder import H, W, front_page


@pytest.fixture(scope="module")
def built():
    return front_page()


def _changed(pdf: bytes, change) -> bytes:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    change(document[0])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _sideways(pdf: bytes, rotate: int) -> bytes:
    """The page drawn sideways on a landscape page (inside a form turned a quarter turn
    anticlockwise, as a page exported sideways is) and turned upright by ``/Rotate 90``, or left
    sideways (``rotate`` 0)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    target = pdfium.PdfDocument.new()
    form = source.page_as_xobject(0, target).as_pageobject()
    form.transform(pdfium.PdfMatrix().rotate(90, ccw=True).translate(H, 0))
    page = target.new_page(H, W)
    page.insert_obj(form)
    page.gen_content()
    page.set_rotation(rotate)
    out = io.BytesIO()
    target.save(out)
    return out.getvalue()


def _layout(pdf: bytes) -> PageLayout:
    with open_pdf(pdf, PdfLimits()) as document:
        return read_page(document, 0)


def _zones(built, layout: PageLayout) -> list[list[Box]]:
    parts = [PartText(n, s.text()) for n, s in enumerate(built.stories)]
    parts.append(PartText("photo", built.caption.paragraphs[0] + "记者 孙立摄", images=True))
    zones = match_parts(layout, parts)
    assert all(zone.found and zone.coverage > 0.95 for zone in zones)
    return [zone.rects for zone in zones]


def _close(a: list[Box], b: list[Box], tolerance: float = 0.005) -> bool:
    return len(a) == len(b) and all(
        abs(x - y) < tolerance
        for ra, rb in zip(a, b, strict=True)
        for x, y in zip(ra, rb, strict=True)
    )


def _moved(box: Box, left: float, bottom: float, right: float, top: float) -> Box:
    """A 0–1 box of the 600 × 900 built page on the page whose visible box is the one given."""
    width, height = right - left, top - bottom
    return Box(
        (box.x0 * W - left) / width,
        (box.y0 * H - (H - top)) / height,
        (box.x1 * W - left) / width,
        (box.y1 * H - (H - top)) / height,
    )


@pytest.mark.parametrize(
    "media, crop",
    [
        ((-50, -50, W + 50, H + 50), None),  # exported with a margin round it
        ((0, 0, W, H), (20, 20, W - 20, H - 20)),  # the margin cropped off in Acrobat
        ((-30, 10, W + 30, H + 40), (-10, 15, W + 5, H + 20)),  # both, unevenly
    ],
)
def test_zones_and_images_are_measured_from_the_visible_boxs_top_left(built, media, crop):
    upright = _layout(built.pdf)
    want = [[_moved(r, *(crop or media)) for r in rects] for rects in _zones(built, upright)]

    def boxed(page):
        page.set_mediabox(*media)
        if crop:
            page.set_cropbox(*crop)

    layout = _layout(_changed(built.pdf, boxed))
    assert _close(
        sorted(layout.images), sorted(_moved(b, *(crop or media)) for b in upright.images)
    )
    for got, expected in zip(_zones(built, layout), want, strict=True):
        assert _close(got, expected), (got, expected)


def test_characters_cropped_off_the_page_are_not_on_it(built):
    # The crop box ends above the bottom story: its characters are not printed on this page.
    layout = _layout(_changed(built.pdf, lambda page: page.set_cropbox(0, H - 580, W, H)))
    text = "".join(c.text for c in layout.chars)
    assert built.stories[0].headline in text
    assert built.stories[2].headline not in text
    assert all(0.0 <= v <= 1.0 for c in layout.chars for v in c.box)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_an_upright_page_turned_gets_its_zones_turned_with_it(built, rotation):
    want = [[turn_box(r, rotation) for r in rects] for rects in _zones(built, _layout(built.pdf))]
    layout = _layout(_changed(built.pdf, lambda page: page.set_rotation(rotation)))
    assert (layout.width, layout.height) == ((H, W) if rotation in (90, 270) else (W, H))
    assert text_turn([c.box for c in layout.chars]) == rotation
    for got, expected in zip(_zones(built, layout), want, strict=True):
        assert _close(sorted(got), sorted(expected)), (got, expected)


def test_a_page_set_sideways_and_turned_upright_is_the_upright_page(built):
    upright = _layout(built.pdf)
    layout = _layout(_sideways(built.pdf, 90))
    assert (layout.width, layout.height) == (W, H)
    assert _close(layout.images, upright.images)  # the photo inside the form, placed by it
    assert [c.size for c in layout.chars] == pytest.approx(
        [c.size for c in upright.chars], abs=0.01
    )
    for got, expected in zip(_zones(built, layout), _zones(built, upright), strict=True):
        assert _close(got, expected), (got, expected)


@pytest.mark.parametrize("sideways", [False, True])
def test_text_read_from_a_turned_pdf_alone_gives_the_same_stories(built, sideways):
    pdf = (
        _sideways(built.pdf, 90)
        if sideways
        else _changed(built.pdf, lambda page: page.set_rotation(90))
    )
    stories = [a.headline for a in parse_page(page_text(_layout(pdf))).articles]
    assert stories == [a.headline for a in parse_page(page_text(_layout(built.pdf))).articles]


def test_a_turned_page_read_unturned_is_still_rendered_turned(built):
    from articles.pdfpages import loaded_page, read_raw_chars, render_image

    pdf = _changed(built.pdf, lambda page: page.set_rotation(90))
    with open_pdf(pdf, PdfLimits()) as document, loaded_page(document, 0) as page:
        raw = read_raw_chars(page)  # its text page read unturned, the page turned back after
        image = render_image(page)
    assert (raw.reading, raw.frame.rotation) == (0, 90)
    assert image.width > image.height  # 900 × 600 points as shown
