"""Parser tests: slow (hostile-input) tests run only with RUN_SLOW=1 (or ``-m slow``)."""

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("RUN_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: set RUN_SLOW=1 (or pass -m slow) to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
