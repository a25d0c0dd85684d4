"""Local development: the embedded SQLite database, DEBUG on, a fixed insecure key."""

import os

from newsroom.settings.base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
SECRET_KEY = "dev-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
NEWSROOM_ALLOW_DEMO_LOGIN = True

# runserver serves each request on a thread of its own and never closes that thread's database
# connection: kept between requests (CONN_MAX_AGE), each one would stay open after its thread
# ended — two files per request on SQLite, a server connection each on PostgreSQL — until the
# process ran out of files or the server out of connections. Django's documentation: "The
# development server creates a new thread for each request it handles, negating the effect of
# persistent connections. Don't enable them during development." Production (gunicorn's
# workers) keeps them: newsroom/settings/database.py.
for _database in DATABASES.values():  # noqa: F405
    _database["CONN_MAX_AGE"] = 0
