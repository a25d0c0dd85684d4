"""A reader's walk in a real browser (Debian's Chromium, headless, JavaScript off): issue → page
→ story → the next page, on a phone and on a desktop, with screenshots in
test-output/screenshots/."""

from __future__ import annotations

import re

import pytest

from tests.browser import SCREENSHOTS
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY, make_edition

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WINDOWS = {
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


def fits_the_window(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.fixture
def published(transactional_db):
    """The edition, written before the browser starts: a connection opened while Playwright's
    event loop runs is not the test's own and would outlive the test database on PostgreSQL."""
    return make_edition()


@pytest.mark.parametrize("window", WINDOWS)
def test_issue_page_story_next_page(live_server, published, browser, window):
    context = browser.new_context(
        **WINDOWS[window], locale="zh-CN", java_script_enabled=False, device_scale_factor=1
    )
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    def shot(step: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"public-{window}-{step}.png"), full_page=True)

    try:
        # The issue: every page with its headlines.
        page.goto(live_server.url + ISSUE_URL)
        assert "2020年7月9日" in page.locator("h1").inner_text()
        assert page.locator("section.page-card").count() == 2
        assert fits_the_window(page)
        shot("1-issue")

        # Page A1, from the issue's page card.
        page.locator("section.page-card h2 a").first.click()
        page.wait_for_url(re.compile(rf"/{PAPER}/{DAY}/A1/$"))
        assert page.locator("h1").inner_text().startswith("A1版")
        assert page.locator("article.story").count() == 5
        assert fits_the_window(page)
        shot("2-page-A1")

        # The story that jumps to A2, whole.
        page.locator("article.story h2 a", has_text=PARTY).click()
        page.wait_for_url(re.compile(rf"/{PAPER}/{DAY}/article/\d+/$"))
        assert page.locator("h1").inner_text() == PARTY
        assert page.locator(".body section").count() == 2
        assert page.locator("p.printed-on").inner_text().startswith("本文刊于A1、A2版")
        assert fits_the_window(page)
        shot("3-article")

        # On to the next page, where the story went on.
        page.locator("p.jump a", has_text="A2版").click()  # (to the part's place on A2)
        page.wait_for_url(re.compile(rf"/{PAPER}/{DAY}/A2/(#story-\d+)?$"))
        assert page.locator("h1").inner_text().startswith("A2版")
        assert page.locator("a[rel=prev]").first.get_attribute("href") == f"/{PAPER}/{DAY}/A1/"
        assert fits_the_window(page)
        shot("4-page-A2")
    finally:
        context.close()

    # Everything came from the site itself: no CDN, no web font.
    assert requests and all(url.startswith(live_server.url) for url in requests)
    for step in ("1-issue", "2-page-A1", "3-article", "4-page-A2"):
        assert (SCREENSHOTS / f"public-{window}-{step}.png").stat().st_size > 10_000
