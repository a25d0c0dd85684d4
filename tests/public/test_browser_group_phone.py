"""A site of several papers on a phone (320 and 375 CSS pixels): the nav with its 各报, the
footer's list of the papers and the home's list fit the window (no sideways scroll)."""

from __future__ import annotations

import pytest

from tests.public.conftest import make_edition
from tests.search.conftest import make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def group(transactional_db):
    """Written before the browser starts (see tests/public/test_browser.py)."""
    make_edition()
    make_story(
        "晴川晚报码头夜市开张", "夜市开张。", paper="晴川晚报", slug="qc-evening", index=False
    )


@pytest.mark.parametrize("width", [320, 375])
def test_the_group_s_pages_fit_a_phone(live_server, group, browser, width):
    context = browser.new_context(
        viewport={"width": width, "height": 800}, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    page = context.new_page()
    try:
        for address in (
            "/",
            "/people/",
            "/qc-evening/2021-03-01/",
            "/nantong-daily/2020-07-09/A1/",
        ):
            page.goto(live_server.url + address)
            assert page.locator("a.papers-link").count() == 1, address
            assert page.evaluate("document.documentElement.scrollWidth") <= width, address
    finally:
        context.close()
