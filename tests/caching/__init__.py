"""The one-host page cache (no Redis): what newsroom/settings/base.py deploys without REDIS_URL.

:func:`deployed_one_host_cache` is that configuration as base.py builds it, moved to a test's own
folder, so the tests here (and tests/public/test_scoped_caching.py) check what is deployed, not
a copy of it."""

from __future__ import annotations

import os
import runpy
from pathlib import Path
from unittest import mock

import newsroom.settings.base


def base_settings(**env: str) -> dict:
    """The names newsroom/settings/base.py defines, read afresh with ``env`` set and ``REDIS_URL``
    unset unless ``env`` sets it (the running settings are left alone)."""
    clean = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    with mock.patch.dict(os.environ, {**clean, **env}, clear=True):
        return runpy.run_path(newsroom.settings.base.__file__)


def deployed_one_host_cache(location: Path) -> dict:
    """``CACHES["default"]`` as base.py configures it without ``REDIS_URL``, in ``location``."""
    return {**base_settings()["CACHES"]["default"], "LOCATION": str(location)}
