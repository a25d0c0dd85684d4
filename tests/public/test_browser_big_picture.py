"""版面大图 in a browser on a phone (375 CSS pixels): the page stays the window's width, the
picture is drawn at its own 1418 px in a box that scrolls, and a story's zone on it is a link
that opens the story (no script). Its zoom steps (适合宽度, 原大, 2 倍) are links; at each the
picture has its size and the zone lies over the same part of it."""

from __future__ import annotations

import pytest
from PIL import Image

from articles.models import ArticlePart, PageImage, Zone
from tests.public.conftest import make_edition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTH = 375


@pytest.fixture
def pictured(transactional_db, settings, tmp_path):
    """Written before the browser starts (see tests/public/test_browser.py): the seed A1 with a
    real 1418 × 2048 picture file and a zone over its first story."""
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "pages" / "cc").mkdir(parents=True)
    Image.new("RGB", (1418, 2048), "white").save(tmp_path / "pages/cc/big.webp")
    edition = make_edition()
    PageImage.objects.create(
        page=edition.a1, pdf="pages/cc/big.pdf", pdf_checksum="d" * 64, image="pages/cc/big.webp",
        thumbnail="pages/cc/big-thumb.webp", width=1418, height=2048,
    )  # fmt: skip
    part = ArticlePart.objects.filter(page=edition.a1).order_by("position").first()
    Zone.objects.create(page=edition.a1, part=part, rects=[[0.05, 0.05, 0.3, 0.1]])
    return edition, part


def phone(browser):
    """A browser context as a phone 375 CSS pixels wide."""
    return browser.new_context(
        viewport={"width": WIDTH, "height": 800}, is_mobile=True, has_touch=True, locale="zh-CN"
    )


def test_the_big_picture_scrolls_at_its_width_and_its_zones_open_stories(
    live_server, pictured, browser
):
    edition, part = pictured
    context = phone(browser)
    page = context.new_page()
    try:
        page.goto(live_server.url + edition.a1.get_absolute_url() + "picture/")
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
        img = page.locator("figure.big img")
        assert img.evaluate("i => [i.naturalWidth, i.getBoundingClientRect().width]") == [
            1418,
            1418,
        ]
        assert page.locator(".page-picture-scroll").evaluate("b => b.scrollWidth") >= 1418
        page.locator("figure.big svg a").first.click()
        page.wait_for_load_state()
        assert page.url.split("#")[0] == live_server.url + part.article.get_absolute_url()
    finally:
        context.close()


#: The zone's rectangle over the page, as fractions of its width and height (the fixture's).
ZONE = (0.05, 0.05, 0.3, 0.1)


def zone_over_picture(page) -> list[float]:
    """The first zone's box as fractions of the drawn picture's width and height."""
    return page.evaluate(
        """() => {
            const img = document.querySelector("figure.big img").getBoundingClientRect();
            const zone = document.querySelector("figure.big svg a path").getBoundingClientRect();
            return [(zone.left - img.left) / img.width, (zone.top - img.top) / img.height,
                    (zone.right - img.left) / img.width, (zone.bottom - img.top) / img.height];
        }"""
    )


def test_each_zoom_step_sizes_the_picture_and_keeps_its_zones_on_it(live_server, pictured, browser):
    edition, part = pictured
    context = phone(browser)
    page = context.new_page()
    try:
        page.goto(live_server.url + edition.a1.get_absolute_url() + "picture/")
        widths = {}
        for step in ("适合宽度", "2 倍", "原大"):
            page.locator("nav.zoom-steps a", has_text=step).click()
            page.wait_for_load_state()
            assert page.locator("nav.zoom-steps b").inner_text() == step
            assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, step
            widths[step] = page.locator("figure.big img").evaluate(
                "i => i.getBoundingClientRect().width"
            )
            found = zone_over_picture(page)
            assert all(abs(a - b) < 0.01 for a, b in zip(found, ZONE, strict=True)), (step, found)
        assert widths["适合宽度"] <= WIDTH
        assert (widths["原大"], widths["2 倍"]) == (1418, 2836)
        page.locator("nav.zoom-steps a", has_text="适合宽度").click()
        page.wait_for_load_state()
        page.locator("figure.big svg a").first.click()
        page.wait_for_load_state()
        assert page.url.split("#")[0] == live_server.url + part.article.get_absolute_url()
    finally:
        context.close()
