"""Playwright driving Debian's Chromium (never a downloaded browser), for browser tests.

Use the ``browser`` fixture from tests/conftest.py with pytest-django's ``live_server``;
screenshots go to ``test-output/screenshots/``.
"""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).parent.parent / "test-output" / "screenshots"

DEMO_EDITOR = ("editor", "editor-demo-2020")  # create_demo_editor's login


def desk_login(
    browser,
    live_server,
    username=DEMO_EDITOR[0],
    password=DEMO_EDITOR[1],
    *,
    width=1366,
    timeout_ms=15_000,
):
    """Log in to the desk in a new zh-CN browser context; returns ``(context, page)``.

    ``width`` is the viewport width in CSS pixels (900 high); ``timeout_ms`` is every wait's
    default. The page is on the desk home (编辑部) when this returns.
    """
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    context.set_default_timeout(timeout_ms)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("text=编辑部")
    return context, page


def fill_upload(page, live_server, files, *, paper, issue_date, paper_slug=None):
    """Open the desk's upload form, choose ``files`` (paths) and the paper and date, and ask
    for the preview (nothing is written until the preview is confirmed)."""
    page.goto(f"{live_server.url}/admin/articles/page/upload/")
    page.set_input_files("#id_files", files)
    page.fill("#id_paper", paper)
    if paper_slug is not None:
        page.fill("#id_paper_slug", paper_slug)
    page.fill("#id_issue_date", issue_date)
    page.click("input[name=preview]")
