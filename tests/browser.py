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
