"""In Chromium, with the Content-Security-Policy enforced: a public page with its image and
zones, and the desk's page form with its zone drawing tool (a static script) and a story's form
with its autocomplete and history, raise no CSP violation, and the zone tool still draws."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections

pytest.importorskip("pypdfium2")

from articles.models import Article, Page, Photo
from tests.admin.test_browser_zone_drawing import drag
from tests.browser import desk_login
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def media_of_its_own(settings):
    """Each test its own in-memory media storage, as in tests/pdfpages/test_browser.py (which
    says why: a picture the live server served closes the next test's database connection)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture
def edition(transactional_db, pdf_edition):
    call_command("create_demo_editor", stdout=StringIO())
    return Page.objects.get(label="1")


def _watch(page) -> list[str]:
    """Every console message and page error that speaks of the Content Security Policy."""
    said: list[str] = []
    page.on(
        "console",
        lambda m: said.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda e: said.append(str(e)))
    return said


def test_a_public_page_with_zones_raises_no_violation(live_server, edition, browser):
    try:
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        said = _watch(page)
        answer = page.goto(f"{live_server.url}{edition.get_absolute_url()}")
        assert "default-src 'self'" in answer.headers["content-security-policy"]
        page.wait_for_selector("svg a.zone")
        page.wait_for_load_state("load")
        # site.css applied (by its hash): the zones' layer lies over the image.
        assert (
            page.eval_on_selector(".page-picture-frame svg", "e => getComputedStyle(e).position")
            == "absolute"
        )
        assert said == []
        context.close()
    finally:
        connections.close_all()


def test_the_desks_zone_editor_and_forms_raise_no_violation(live_server, edition, browser):
    try:
        context, page = desk_login(browser, live_server)
        said = _watch(page)
        page.goto(f"{live_server.url}/admin/articles/page/{edition.pk}/change/")
        page.wait_for_selector("#zone-draw-help:not([hidden])")  # the static script ran
        field = page.locator(
            'textarea[name^="zones-"][name$="-rects"]:not([name*="__prefix__"])'
        ).last
        name = field.get_attribute("name")
        page.locator(f'textarea[name="{name}"] + button.zone-draw-pick').click()
        board = page.locator("#zone-board svg")
        board.scroll_into_view_if_needed()
        drag(page, board.bounding_box(), (0.4, 0.35), (0.6, 0.5))
        assert field.input_value().startswith("[[0.4")

        story = Article.objects.filter(status="published").first()
        page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
        page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/history/")
        photo = Photo.objects.first()
        page.goto(f"{live_server.url}/admin/articles/photo/{photo.pk}/change/")
        page.locator(".select2-selection").first.click()  # the autocomplete's drop-down
        page.wait_for_selector(".select2-search__field")
        page.goto(f"{live_server.url}/admin/articles/article/export/")
        page.locator("input.select-toggle").uncheck()  # import-export's inline handler
        assert not page.locator(
            ".selectable-field-export-row input[type=checkbox]"
        ).first.is_checked()
        page.wait_for_load_state("load")
        assert said == []
        context.close()
    finally:
        connections.close_all()
