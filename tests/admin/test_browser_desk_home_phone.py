"""The desk's home on a phone (375 CSS pixels): the page itself does not scroll sideways, its
tables scroll inside their boxes with every column whole (a reviewer's 编辑部 was 549 px wide,
已导入的版面 one character a line, the 稿件 column cut off)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections

from tests.browser import desk_login
from tests.factories import import_seed

PHONE = 375


@pytest.fixture
def desk(transactional_db):
    import_seed()
    call_command("create_demo_editor", stdout=StringIO())


def test_the_desk_home_fits_a_phone_and_its_issue_table_scrolls_in_its_box(
    live_server, desk, browser
):
    try:
        context, page = desk_login(browser, live_server, width=PHONE)
        page.goto(f"{live_server.url}/admin/")
        page.wait_for_selector("#desk-issues table")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
        box = page.evaluate(
            "(() => { const m = document.querySelector('#desk-issues');"
            " return [m.scrollWidth, m.clientWidth]; })()"
        )
        assert box[0] > box[1]  # the table is wider than the screen: it scrolls in its box
        header = page.locator("#desk-issues th", has_text="已导入的版面")
        assert header.bounding_box()["height"] < 40  # one line, not a character a line
        context.close()
    finally:
        connections.close_all()  # see test_browser.py: Playwright's loop opens a connection
