"""A whole edition uploaded in a real browser (Debian's Chromium via Playwright): ten pages are
previewed, confirmed, and the progress page follows the task worker (django-tasks' database
worker, in a thread of the test process) page by page to the end without reloading.
Screenshots go to test-output/screenshots/upload-progress-*.png."""

from __future__ import annotations

import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections

from articles.importing import runs
from articles.models import ImportRun, Page
from tests.admin.test_upload_runs import FIELDS, edition_page
from tests.browser import SCREENSHOTS, desk_login, fill_upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def task_worker(monkeypatch, live_server):
    """The database task worker in a thread; each page takes a little longer than it would
    (0.3 s more), so the browser sees the run in progress."""
    from django_tasks_db.management.commands.db_worker import Worker

    if connections["default"].vendor == "sqlite":
        # The test database is SQLite in memory, shared between threads by its shared cache,
        # whose table locks fail at once instead of waiting: the worker thread writing while
        # the live server reads would fail at random. A real SQLite file waits (busy timeout).
        pytest.skip("the worker beside the live server needs PostgreSQL here")
    real = runs.upload_run

    def slowed(items, **kwargs):
        time.sleep(0.3)
        return real(items, **kwargs)

    monkeypatch.setattr(runs, "upload_run", slowed)
    worker = Worker(
        queue_names=["default"],
        interval=0.2,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="browser-test",
        excluded_queue_names=[],
    )

    def run():
        try:
            worker.run()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield worker
    worker.running = False
    thread.join(timeout=10)


def test_ten_pages_uploaded_and_watched_to_the_end(live_server, browser, task_worker, tmp_path):
    call_command("create_demo_editor", stdout=StringIO())
    paths = []
    for n in range(1, 11):
        path = tmp_path / f"A{n}.txt"
        path.write_bytes(edition_page(n))
        paths.append(str(path))
    try:
        watch(live_server, browser, paths)
    finally:
        connections.close_all()  # see test_browser.py: Playwright's loop opens a connection


def watch(live_server, browser, paths):
    context, page = desk_login(browser, live_server, timeout_ms=20_000)

    def shot(name):
        page.screenshot(path=str(SCREENSHOTS / f"upload-progress-{name}.png"), full_page=True)

    fill_upload(
        page,
        live_server,
        paths,
        paper=FIELDS["paper"],
        paper_slug=FIELDS["paper_slug"],
        issue_date=FIELDS["issue_date"],
    )
    page.wait_for_selector("#upload-preview")
    assert page.locator(".page-preview").count() == 10
    shot("01-preview")

    page.click("#confirm-form input[name=confirm]")
    page.wait_for_selector("#run-progress")
    run = ImportRun.objects.get()
    assert run.pages_total == 10
    page.evaluate("window.sameDocument = true")  # gone if the page reloads

    # In progress: some pages done, one being imported, the rest waiting.
    page.wait_for_function(
        "() => { const n = +document.getElementById('run-done').textContent;"
        " return n >= 3 && n < 10; }"
    )
    assert "正在导入" in page.inner_text("#run-pages")
    assert not page.locator("#run-error").is_visible()  # no error, no empty error box
    shot("02-in-progress")

    page.wait_for_selector("#run-state[data-state=done]")
    assert page.inner_text("#run-done") == "10"
    assert page.evaluate("window.sameDocument") is True  # updated without a reload
    assert page.locator("#run-pages td.state-ok").count() == 10
    assert page.locator("#run-pages td.result > a").count() == 10
    # The run made the paper: said once, on the page that made it, linking to the paper.
    made = page.locator("#run-pages td.result p.new-paper")
    assert made.count() == 1
    assert "新建报纸" in made.inner_text()
    assert "/admin/articles/publication/" in made.locator("a").get_attribute("href")
    shot("03-done")

    # Each imported page is a link to it.
    page.click("#run-pages tr[data-index='0'] td.result > a")
    page.wait_for_selector("#page_form")
    assert Page.objects.count() == 10
    context.close()
