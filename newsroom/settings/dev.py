"""Local development: the embedded SQLite database, DEBUG on, a fixed insecure key."""

import os

from newsroom.settings.base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
SECRET_KEY = "dev-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
NEWSROOM_ALLOW_DEMO_LOGIN = True
