"""A reader clicks a story on the page image (Debian's Chromium, JavaScript off), on a phone and
on a desktop; screenshots in test-output/screenshots/."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article
from tests.browser import SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("tests.pdfpages.media_urls"),
]

WINDOWS = {
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


@pytest.fixture(autouse=True)
def media_of_its_own(settings):
    """Each test its own in-memory media storage. The live server's WSGI handler patches a
    served file's ``close`` to the response's (for ``wsgi.file_wrapper``), and InMemoryStorage
    hands that same file object out again: the next test's import, looking at the stored page
    picture inside its transaction, would end a "request" and have Django close its database
    connection (PostgreSQL). A file storage opens a new file each time."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.mark.parametrize("window", WINDOWS)
def test_clicking_a_story_on_the_page_image_opens_it(live_server, pdf_edition, browser, window):
    story = Article.objects.get(headline="城南新建两座口袋公园")
    context = browser.new_context(
        **WINDOWS[window], locale="zh-CN", java_script_enabled=False, device_scale_factor=1
    )
    page = context.new_page()
    try:
        page.goto(live_server.url + pdf_edition + "1/")
        image = page.locator(".page-picture-frame img")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
        zone = page.locator('svg a[aria-label="城南新建两座口袋公园"]')
        assert zone.count() == 1
        zone.focus()  # keyboard focus outlines the story
        stroke = zone.locator("path").evaluate("p => getComputedStyle(p).stroke")
        assert stroke not in ("none", "transparent", "rgba(0, 0, 0, 0)")
        page.screenshot(path=str(SCREENSHOTS / f"pdfpage-{window}-1-focus.png"), full_page=True)
        zone.click()
        page.wait_for_url(re.compile(re.escape(story.get_absolute_url()) + "$"))
        assert page.locator("h1").inner_text() == "城南新建两座口袋公园"
        page.screenshot(path=str(SCREENSHOTS / f"pdfpage-{window}-2-story.png"), full_page=True)
    finally:
        context.close()
