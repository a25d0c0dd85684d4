"""The page tabs on a phone (375 CSS pixels): a 16-page issue's tabs are all in sight by their
版次, the page shown among them, with no sideways scrolling (a reviewer on A12 saw the strip
start at A1 with the current page off screen)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import import_text
from tests.public.conftest import PAPER, publish_everything, synthetic_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DAY = date(2021, 3, 4)


@pytest.fixture
def sixteen_pages(transactional_db):
    """Written before the browser starts (see tests/public/test_browser.py)."""
    for n in range(1, 17):
        import_text(synthetic_page(f"A{n}", f"专版{n}", 1, 0), f"A{n}", when=DAY)
    publish_everything()


def test_the_page_shown_is_among_the_tabs_in_sight_on_a_phone(live_server, sixteen_pages, browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{PAPER}/{DAY.isoformat()}/A12/")
        current = page.locator('.tabs a[aria-current="page"]')
        box = current.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375
        assert current.inner_text().strip() in ("A12", "A12版")  # no 版名 on a phone
        strip = page.locator(".tabs ol")
        assert strip.evaluate("e => e.scrollWidth <= e.clientWidth")
    finally:
        context.close()
