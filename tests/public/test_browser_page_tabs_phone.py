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


@pytest.fixture
def front_page_named(transactional_db):
    """A1 printed with its 版名, A2 and A3 without one (a reviewer's phone read ``A1`` beside
    ``A2版``, ``A3版``: the 版名 hidden, the 版 of a page without one not)."""
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=DAY)
    for n in (2, 3):
        import_text(synthetic_page(f"A{n}", "", 1, 0), f"A{n}", when=DAY)
    publish_everything()


def test_the_tabs_read_alike_on_a_phone_with_or_without_a_page_name(
    live_server, front_page_named, browser
):
    from articles.models import Page

    assert list(Page.objects.order_by("sequence").values_list("section", flat=True)) == [
        "要闻",
        "",
        "",
    ]
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{PAPER}/{DAY.isoformat()}/A2/")
        shown = page.locator(".tabs a").evaluate_all("tabs => tabs.map(t => t.innerText.trim())")
        assert shown == ["A1", "A2", "A3"]
    finally:
        context.close()
