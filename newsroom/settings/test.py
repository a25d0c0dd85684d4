"""Test settings: fast hashing, in-memory cache; the database still comes from DATABASE_URL."""

from newsroom.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-insecure-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The database's count of missed cache invalidations is read only after a cache failure, so a
# test that counts a page's queries never meets the once-a-second check (tests/admin/
# test_cache_down.py sets it).
NEWSROOM_CACHE_CHECK_SECONDS = None
# A second connection to the test database, for the read-replica router's tests; the router
# only uses it when a test sets NEWSROOM_REPLICA_ALIAS = "replica".
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
# A replica that lags: a separate database (in memory on SQLite, its own test database on
# PostgreSQL) that tests/public/test_replica_lag.py fills by hand with what the primary held
# some moments ago. Created only for the tests that ask for it.
DATABASES["lagging_replica"] = {  # noqa: F405
    **DATABASES["default"],  # noqa: F405
    "TEST": (
        {}
        if DATABASES["default"]["ENGINE"].endswith("sqlite3")  # noqa: F405
        else {"NAME": f"test_{DATABASES['default']['NAME']}_lagging_replica"}  # noqa: F405
    ),
}
NEWSROOM_REPLICA_ALIAS = None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "withheld-photos": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
NEWSROOM_ALLOW_DEMO_LOGIN = True
# Serve static files from the app directories; there is no collectstatic output in tests.
WHITENOISE_AUTOREFRESH = True
