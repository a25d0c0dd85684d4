from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seed_path() -> Path:
    return ROOT / "seeds" / "nantong-daily" / "2020-07-09" / "A1.txt"


@pytest.fixture
def browser(request):
    """A Playwright browser: Debian's headless Chromium; skipped when Chromium is missing.

    Async-unsafe Django calls are allowed while it runs (Playwright's sync API keeps an event
    loop in the test's thread). A test's database reads meanwhile open a connection of their
    own, which the test database's flush and teardown do not see (left open, it outlives the
    test database on PostgreSQL: ``database "test_newsroom" is being accessed by other users``
    when the run ends): the fixture closes the connections before it ends the loop."""
    import os

    from django.db import connections

    from tests.browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS

    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
            connections.close_all()  # (while async-unsafe calls are still allowed)
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache. A test's database work is rolled back and its
    on-commit hooks (which bump the cache tags) never run, so a page or a kept value cached by an
    earlier test would otherwise be served for the same ids in the next one."""
    from django.core.cache import caches

    from search import engine

    for alias in caches:
        caches[alias].clear()
    # The date search's newest entries start from, kept a minute per process: read afresh, so a
    # test's queries never depend on what ran before it.
    engine._recent_dates.clear()
    yield


@pytest.fixture(autouse=True)
def _empty_file_stores():
    """Every test starts with empty in-memory file stores (the test settings' ``default`` and
    ``withheld-photos``). One store lives for the whole run otherwise: files an earlier test left
    (a photo's ``photos/2026/12/mid.jpg`` and its copies) make the next upload of the same name be
    renamed (``mid_IMqma7s.jpg``), so a test's outcome would depend on the tests run before it.
    No fixture wider than a test writes to a store (module and session fixtures build bytes);
    one that did would have its files removed here before each test."""
    from django.conf import settings
    from django.core.files.storage import storages

    for alias, config in settings.STORAGES.items():
        if config["BACKEND"] == "django.core.files.storage.InMemoryStorage":
            _empty(storages[alias])
    yield


def _empty(storage, folder: str = "") -> None:
    """Deletes every file under ``folder`` of ``storage`` (its public API: listdir, delete)."""
    folders, files = storage.listdir(folder)
    for name in files:
        storage.delete(f"{folder}/{name}" if folder else name)
    for name in folders:
        _empty(storage, f"{folder}/{name}" if folder else name)


@pytest.fixture(params=["locmem", "disk"])
def each_cache_backend(request, settings):
    """Runs a test once with one process's memory (locmem, the test settings) and once with the
    one-host cache as deployed (SQLite files in the test's own folder); yields ``"locmem"`` or
    ``"disk"``. The cache and the template tags' remembered values start and end empty."""
    from django.core.cache import cache

    from articles.templatetags.epaper import forget_remembered
    from tests.caching import deployed_one_host_cache

    if request.param == "disk":
        folder = request.getfixturevalue("tmp_path") / "disk-cache"
        settings.CACHES = {"default": deployed_one_host_cache(folder)}
    cache.clear()
    forget_remembered()
    yield request.param
    cache.clear()
    forget_remembered()
