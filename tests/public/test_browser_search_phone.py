"""The search page on a phone (320, 375 and 414 CSS pixels, ``is_mobile``): the page is the
window's width, the 检索 button and the sort select whole on screen (a reviewer's was 421 px
wide at every width, the button, the select and the help line cut off on the right)."""

from __future__ import annotations

import pytest

from tests.public.conftest import make_edition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(transactional_db):
    """Written before the browser starts (see tests/public/test_browser.py)."""
    return make_edition()


@pytest.mark.parametrize("width", [320, 375, 414])
def test_the_search_page_fits_a_phone_with_its_button_on_screen(
    live_server, published, browser, width
):
    context = browser.new_context(
        viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    page = context.new_page()
    try:
        for address in ("/search/", "/search/?q=%E7%A7%8B"):
            page.goto(live_server.url + address)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, address
            for selector in ("div.query", "div.query select", "div.query button", "p.search-help"):
                box = page.locator(selector).first.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width, (address, selector)
    finally:
        context.close()
