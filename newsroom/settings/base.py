"""Settings shared by every environment.

Differences between environments come from the environment (``DATABASE_URL``, ``SECRET_KEY``,
``ALLOWED_HOSTS``), never from editing this file.
"""

import json
import os
from pathlib import Path

from newsroom.settings.caches import one_host_cache
from newsroom.settings.csp import *  # noqa: F403
from newsroom.settings.database import cache_key_prefix, database_from_env
from newsroom.settings.logins import *  # noqa: F403

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "articles.apps.DeskAdminConfig",  # django.contrib.admin with the desk's home page
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "import_export",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "axes",  # the login attempt limit (newsroom/settings/logins.py)
    "csp",  # the Content-Security-Policy header (newsroom/settings/csp.py, newsroom/csp.py)
    "articles",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The Content-Security-Policy header, with the desk's nonce and the inline stylesheets' hashes.
    "newsroom.csp.PolicyMiddleware",
    "newsroom.middleware.RejectNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After a desk save during which the cache (Redis) failed: one message saying so.
    "articles.cachehealth.CacheDownNoticeMiddleware",
    # A paste or form past Django's size limits: the page that says so, whatever DEBUG is.
    "newsroom.middleware.RequestLimitsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A public page's bare 405 (a POST or DELETE to a page that is only read): the site's page.
    "newsroom.middleware.MethodNotAllowedPageMiddleware",
    # A login refused for too many wrong passwords: the page saying until when (newsroom/logins.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
# An expired form (no valid CSRF token): the desk's page saying nothing was saved and how to redo
# it; a POST to a public page that is only read: its 405 (newsroom/errors.py).
CSRF_FAILURE_VIEW = "newsroom.errors.csrf_failure"
WSGI_APPLICATION = "newsroom.wsgi.application"
ASGI_APPLICATION = "newsroom.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site_paper",
            ],
            # {% extends %} that finds base.html's blocks once, not on every render.
            "builtins": ["articles.templatetags.kept_extends"],
        },
    },
]

# SQLite file in var/ unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {"default": database_from_env(default_sqlite_path=VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
# Chinese for the few strings of Django and its apps their own catalogues lack (locale/).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Deleted photos' originals, kept for their history out of readers' reach
    # (articles/photowithheld.py): a folder outside MEDIA_ROOT that nothing serves.
    "withheld-photos": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": os.environ.get("NEWSROOM_WITHHELD_PHOTOS_DIR")
            or VAR_DIR / "withheld-photos",
            "base_url": "/withheld-photos-are-not-served/",
        },
    },
}

# Uploaded page files are small text; refuse anything absurd before it reaches the parser.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# A page may hold up to 500 stories (the importer's limit); its change form sends two fields a
# story (parts-N-id, parts-N-page) plus the page's own: Django's default of 1,000 refused pages
# of about 490 stories and more. Past this limit the desk says so (newsroom/errors.py).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5_000

# The largest page text the importer accepts, in bytes (a real page is 5–60 KB).
NEWSROOM_MAX_PAGE_BYTES = 2 * 1024 * 1024
# The most stories and continuation markers (转版标记) one page may carry. A printed page has a
# few dozen of each at most; a text with thousands is not a page (a log, a list, a run-away
# repetition) and would cost the import seconds and megabytes per story. Such a page is refused
# with the counts before anything is written (articles/importing/preparing.py).
NEWSROOM_MAX_PAGE_STORIES = 500
NEWSROOM_MAX_PAGE_JUMPS = 200
# The most page text one admin upload may carry, in bytes, all files together (a whole edition of
# 32 pages is under 2 MB). Preview costs about 2-5 s per MB of ordinary pages on a 2-CPU machine
# (bench/preview_bench.py) and up to about 20 s per MB of pages packed with tiny jumping stories
# on a loaded one, so the largest upload previews inside gunicorn's --timeout 60.
NEWSROOM_MAX_UPLOAD_BYTES = 2 * 1024 * 1024

# Background work (Django's tasks framework through the django-tasks backport): tasks are rows
# in the database, run by `python manage.py db_worker` (scripts/run starts one beside the web
# server; several hosts may each run one on PostgreSQL). The desk's upload of a whole edition
# runs there (articles/importing/runs.py).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# An upload of at most this many text pages (no PDF) is imported in the confirming request, as
# one transaction, and the editor sees the result at once (a late page and its new stories);
# larger ones, and any with PDFs, go to the worker and show a progress page.
NEWSROOM_UPLOAD_INLINE_PAGES = 3
# A background import whose worker has not reported for this long (seconds) is shown as
# interrupted (the worker was killed or its host went down) and can be run again. A page is
# imported well inside it (the largest page text is parsed in under a minute).
NEWSROOM_IMPORT_RUN_STALE_SECONDS = 120
# Page PDFs in one admin upload, all files together, in bytes: a Founder page PDF is 1-5 MB, so
# a 32-page edition fits. PDFs do not count against NEWSROOM_MAX_UPLOAD_BYTES (the text the
# preview parses); each one is also held to NEWSROOM_PDF_MAX_BYTES. A proxy in front of the site
# must let a body this large through (nginx: client_max_body_size 200m).
NEWSROOM_MAX_UPLOAD_PDF_BYTES = 192 * 1024 * 1024

# Page PDFs (articles/importing/pdfs.py, articles/pdfpages/): what a page PDF may be, and how its
# page image is made. A PDF over these limits is refused, its page not written.
NEWSROOM_PDF_MAX_BYTES = 50 * 1024 * 1024  # one file (a page is 0.5–3 MB)
NEWSROOM_PDF_MAX_PAGES = 64  # pages in one file (a multi-page edition PDF)
NEWSROOM_PDF_DPI = 150  # the page image's resolution
NEWSROOM_PDF_MAX_PIXELS = 40_000_000  # width × height of the page image at that resolution
NEWSROOM_PDF_MAX_IMAGE_PIXELS = 200_000_000  # images embedded in a page, decoded, added up
# The page image: WebP (smaller for readers: 643 KB against 809 KB for a Founder page at
# 150 dpi) or "jpeg" (encodes about 9× faster; the importer encodes in a worker thread while it
# reads the next page, so on two CPUs WebP costs little wall time: bench/pdf_bench.py prints both).
NEWSROOM_PDF_IMAGE_FORMAT = "webp"
NEWSROOM_PDF_IMAGE_QUALITY = 80
NEWSROOM_PDF_THUMBNAIL_WIDTH = 240  # pixels
# A photo the desk uploads (articles.forms.photoupload): readers get WebP copies of it, 1200 and
# 400 pixels wide (articles.photofiles); the original is kept. Pixels at most Pillow's 179
# million (a larger file it refuses as broken); a camera's 11000×9000 is 99 million.
NEWSROOM_PHOTO_MAX_BYTES = 40 * 1024 * 1024
NEWSROOM_PHOTO_MAX_PIXELS = 100_000_000
# A photo whose copies need more pixels decoded than this (all of a PNG's or WebP's; a 64th of a
# large JPEG's, decoded at an eighth) gets them from the task worker, not in the editor's save:
# ≈ 0.1 s and 5–6 bytes a pixel (bench/photo_bench.py), so 4 million is ≈ 0.4 s and 25 MB.
NEWSROOM_PHOTO_INLINE_PIXELS = 4_000_000
# Processes that parse and segment pages ahead of the one writing them, in `manage.py
# import_pages` (0: all in one process). Default: one per CPU but one, which is left to the
# writer (and the database), up to 4; NEWSROOM_IMPORT_WORKERS in the environment overrides it.
NEWSROOM_IMPORT_WORKERS = int(
    os.environ.get("NEWSROOM_IMPORT_WORKERS") or max(0, min(4, (os.cpu_count() or 1) - 1))
)
# Run the proofreading checks (articles/proofing.py) on the stories of imported pages when the
# import commits. Off (NEWSROOM_PROOFREAD_ON_IMPORT=0 in the environment): imports skip them and
# `manage.py proofread` checks what it lists; saves in the admin are always checked.
NEWSROOM_PROOFREAD_ON_IMPORT = os.environ.get("NEWSROOM_PROOFREAD_ON_IMPORT", "1").lower() not in (
    "0",
    "false",
    "no",
    "off",
)
# The paper `/` shows when several live in one database.
NEWSROOM_DEFAULT_PAPER = "nantong-daily"

# A story's change form shows who else has it open (articles.editlocks); a lock not refreshed by
# a GET of the form for this many minutes has expired.
NEWSROOM_EDIT_LOCK_MINUTES = 15
# `manage.py create_demo_editor` may use its well-known password (dev and test settings only).
NEWSROOM_ALLOW_DEMO_LOGIN = False

IMPORT_EXPORT_USE_TRANSACTIONS = True
# Spreadsheet cells that would run as formulas are exported inert by articles.spreadsheets.inert (an
# apostrophe before a leading = + - @ tab or CR, in every format, taken off again on import). The
# library's own escaping stays off: it strips a leading "=" only (the text would come back
# changed) and turns every cell into text.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
# A control character XLSX cannot hold (text from an old page import) is exported as U+FFFD
# instead of failing the whole XLSX export; spreadsheet imports refuse control characters.
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True

# Every line: time, level, logger, the request's client address, method and path where Django
# logs one (newsroom/logfilters.py), the message. The task worker (db_worker) logs through the
# same handler. A request naming a host not in ALLOWED_HOSTS is one warning line, no traceback.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_context": {"()": "newsroom.logfilters.RequestContext"},
        "one_warning_line": {"()": "newsroom.logfilters.OneWarningLine"},
    },
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(where)s] %(message)s",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",  # local time (TIME_ZONE) with its offset
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["request_context"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Django's own console handler (DEBUG only) is dropped: its records reach the root's, so a
    # warning such as "Not Found: /x" is printed once, not twice, under the development server.
    "loggers": {
        "django": {"level": "INFO"},
        "django.security.DisallowedHost": {"filters": ["one_warning_line"]},
        # Each successful desk login and logout, one INFO line (newsroom/logins.py).
        "newsroom.logins": {"level": "INFO"},
    },
}

# --- Beyond one machine -------------------------------------------------------------------------
# Cache: the public site's content version (articles/caching.py) and cached pages must be shared
# by every worker on every host, or an edit would show on one worker and not on another. With
# REDIS_URL, Redis (Django's built-in backend); without it, SQLite files in var/cache (or
# NEWSROOM_CACHE_DIR) that the processes of one machine share (diskcache: newsroom/settings/
# caches.py says why not Django's file cache). Keys start with the database's own prefix
# (cache_key_prefix), so a second database run from the same checkout never serves the first
# one's pages.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get(
                "CACHE_KEY_PREFIX", cache_key_prefix(DATABASES["default"], with_host=False)
            ),
            "TIMEOUT": 24 * 3600,
            # A Redis that does not answer is given up on within a second (a page is then
            # rendered from the database: articles/cachehealth.py), not after the OS's minutes.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": one_host_cache(
            os.environ.get("NEWSROOM_CACHE_DIR") or VAR_DIR / "cache",
            cache_key_prefix(DATABASES["default"]),
        )
    }

# When the cache fails (articles/cachehealth.py): how long a process leaves it alone after an
# error, and how often a process checks the database for an invalidation the cache missed.
NEWSROOM_CACHE_RETRY_SECONDS = 5
NEWSROOM_CACHE_CHECK_SECONDS = 1.0

# What a public page works out at some cost and keeps between renders while nothing it shows
# changed (a story's related stories: articles.caching.kept), in seconds; 0: worked out each time.
NEWSROOM_KEPT_SECONDS = 24 * 3600

# Read replica: public pages (not the admin, never writes) read from DATABASE_REPLICA_URL when set.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = database_from_env(
        default_sqlite_path=VAR_DIR / "db.sqlite3", env_var="DATABASE_REPLICA_URL"
    )
    NEWSROOM_REPLICA_ALIAS = "replica"
else:
    NEWSROOM_REPLICA_ALIAS = None
DATABASE_ROUTERS = ["newsroom.routers.PublicReadRouter"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.common.CommonMiddleware"),
    "newsroom.routers.PublicReadsMiddleware",
)

# A page's files are served by Django only while readers may see its picture
# (articles/views/pagefiles.py); with an nginx `internal` location over the media folder named
# here (e.g. "/protected-media/"), Django decides and nginx sends the bytes (X-Accel-Redirect).
NEWSROOM_PAGE_FILES_ACCEL_PREFIX = os.environ.get("NEWSROOM_PAGE_FILES_ACCEL_PREFIX", "")

# Media (uploaded photos): any Django storage backend, e.g. an S3-compatible one from
# django-storages, by dotted path; the file system under var/media by default.
if os.environ.get("MEDIA_STORAGE_BACKEND"):
    STORAGES["default"] = {
        "BACKEND": os.environ["MEDIA_STORAGE_BACKEND"],
        "OPTIONS": json.loads(os.environ.get("MEDIA_STORAGE_OPTIONS", "{}")),
    }
