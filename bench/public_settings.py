"""Settings for bench/public_bench.py only: the production-like site (DEBUG off) plus a minimal
view to compare against and a Server-Timing header with the server-side time of every request.

``DATABASE_URL`` (a temp SQLite file) and ``BENCH_PAGE_CACHE`` (1/0: the public page cache on or
off) come from the bench runner.
"""

import os

from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.base import MIDDLEWARE

DEBUG = False
SECRET_KEY = "bench-only-key-never-used-for-anything-real-0123456789abcdef"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.public_urls"
MIDDLEWARE = ["bench.public_urls.ServerTiming", *MIDDLEWARE]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
NEWSROOM_PUBLIC_CACHE_SECONDS = 3600 if os.environ.get("BENCH_PAGE_CACHE", "1") == "1" else 0
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
