"""Drawing a zone on the page image in the page form (版面图与热区): a row chosen, a rectangle
dragged on the image fills the row's rectangles with page-relative numbers (0–1), Shift adds a
second, a click is not a rectangle, and the saved zone is a hand zone (a reviewer's "no drawing
tool: numbers typed 0–1")."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, Zone, ZoneSource
from tests.browser import desk_login
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

HEADLINE = "城南新建两座口袋公园"


@pytest.fixture
def page_without_a_zone(transactional_db, pdf_edition):
    call_command("create_demo_editor", stdout=StringIO())
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline=HEADLINE)
    Zone.objects.filter(part=part).delete()
    return page, part


def drag(page, box, frm, to, *, shift=False):
    """Drag on ``box`` (a bounding box) from and to page-relative points."""
    x = lambda v: box["x"] + v * box["width"]  # noqa: E731
    y = lambda v: box["y"] + v * box["height"]  # noqa: E731
    if shift:
        page.keyboard.down("Shift")
    page.mouse.move(x(frm[0]), y(frm[1]))
    page.mouse.down()
    page.mouse.move(x((frm[0] + to[0]) / 2), y((frm[1] + to[1]) / 2))
    page.mouse.move(x(to[0]), y(to[1]))
    page.mouse.up()
    if shift:
        page.keyboard.up("Shift")


def close(rects, expected):
    return len(rects) == len(expected) and all(
        abs(a - b) < 0.01
        for r, e in zip(rects, expected, strict=True)
        for a, b in zip(r, e, strict=True)
    )


def test_a_zone_dragged_on_the_page_image_is_saved_as_a_hand_zone(
    live_server, page_without_a_zone, browser
):
    page_row, part = page_without_a_zone
    try:
        context, page = desk_login(browser, live_server)
        page.goto(f"{live_server.url}/admin/articles/page/{page_row.pk}/change/")
        page.wait_for_selector("#zone-draw-help:not([hidden])")
        fields = page.locator('textarea[name^="zones-"][name$="-rects"]:not([name*="__prefix__"])')
        field = fields.last  # the empty extra row
        name = field.get_attribute("name")
        board = page.locator("#zone-board svg")
        board.scroll_into_view_if_needed()
        box = board.bounding_box()

        drag(page, box, (0.4, 0.35), (0.6, 0.5))  # no row chosen yet: nothing is filled
        assert "先在下面“热区”表格里选一行" in page.inner_text("#zone-draw-status")
        assert json.loads(field.input_value() or "[]") == []

        page.locator(f'textarea[name="{name}"] + button.zone-draw-pick').click()
        box = board.bounding_box()
        drag(page, box, (0.4, 0.35), (0.95, 0.65))
        assert close(json.loads(field.input_value()), [[0.4, 0.35, 0.95, 0.65]])
        drag(page, box, (0.05, 0.7), (0.3, 0.9), shift=True)  # Shift: one more rectangle
        assert close(
            json.loads(field.input_value()), [[0.4, 0.35, 0.95, 0.65], [0.05, 0.7, 0.3, 0.9]]
        )
        page.check("#zone-draw-add")  # a phone's way to add (no Shift key)
        board.scroll_into_view_if_needed()
        box = board.bounding_box()
        drag(page, box, (0.6, 0.7), (0.7, 0.8))
        assert len(json.loads(field.input_value())) == 3
        page.uncheck("#zone-draw-add")
        board.scroll_into_view_if_needed()
        box = board.bounding_box()
        drag(page, box, (0.05, 0.7), (0.3, 0.9))  # a plain drag replaces
        assert close(json.loads(field.input_value()), [[0.05, 0.7, 0.3, 0.9]])
        drag(page, box, (0.4, 0.35), (0.95, 0.65), shift=True)
        before = field.input_value()
        drag(page, box, (0.5, 0.5), (0.501, 0.501))  # a click, not a rectangle
        assert "矩形太小" in page.inner_text("#zone-draw-status")
        assert field.input_value() == before

        page.select_option(f'select[name="{name.replace("-rects", "-part")}"]', str(part.pk))
        page.click("input[name=_save]")
        page.wait_for_selector(".messagelist")
        zone = Zone.objects.get(part=part)
        assert zone.source == ZoneSource.HAND
        assert close(zone.rects, [[0.05, 0.7, 0.3, 0.9], [0.4, 0.35, 0.95, 0.65]])
        context.close()
    finally:
        connections.close_all()  # see test_browser.py: Playwright's loop opens a connection
