"""Test settings: fast hashing, in-memory cache; the database still comes from DATABASE_URL."""

from newsroom.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-insecure-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
NEWSROOM_ALLOW_DEMO_LOGIN = True
# Serve static files from the app directories; there is no collectstatic output in tests.
WHITENOISE_AUTOREFRESH = True
