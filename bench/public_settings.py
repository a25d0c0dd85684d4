"""Settings for bench/public_bench.py only: the production-like site (DEBUG off) plus a minimal
view to compare against and a Server-Timing header with the server-side time of every request.

``DATABASE_URL`` (a temp SQLite file), ``BENCH_CACHE_DIR`` (a temp folder for the cache) and
``BENCH_PAGE_CACHE`` (1/0: the public page cache on or off) come from the bench runner.
"""

import os

from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.base import MIDDLEWARE, one_host_cache

DEBUG = False
SECRET_KEY = "bench-only-key-never-used-for-anything-real-0123456789abcdef"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.public_urls"
MIDDLEWARE = ["bench.public_urls.ServerTiming", *MIDDLEWARE]
# As deployed on one host without Redis (base.py's one-host cache, shared by the workers, in the
# bench's temp folder), so the content version and the rendered pages are the same for both
# workers.
CACHES = {
    "default": one_host_cache(
        os.environ.get("BENCH_CACHE_DIR", "/tmp/newsroom-public-bench-cache"), "bench"
    )
}
NEWSROOM_PUBLIC_CACHE_SECONDS = 3600 if os.environ.get("BENCH_PAGE_CACHE", "1") == "1" else 0
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
