"""Production: everything that differs comes from the environment.

Required: ``SECRET_KEY`` (50+ characters, not a development key), ``ALLOWED_HOSTS``
(comma-separated) and ``DATABASE_URL``.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from newsroom.settings.base import *  # noqa: F403


def _required(name: str, hint: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} is not set. {hint}")
    return value


DEBUG = False
SECRET_KEY = _required(
    "SECRET_KEY",
    "Production needs a secret key of 50+ random characters, for example: "
    "python -c 'import secrets; print(secrets.token_urlsafe(50))'",
)
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith(("dev-", "test-")):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for production: use 50+ random characters, for example "
        "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
ALLOWED_HOSTS = [
    h.strip()
    for h in _required("ALLOWED_HOSTS", "Give the site's host names, comma-separated.").split(",")
    if h.strip()
]
_required("DATABASE_URL", "Production runs on PostgreSQL: postgres://USER:PASSWORD@HOST:PORT/NAME")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# The health check answers a plain-HTTP probe from the proxy's host (newsroom/health.py).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# Off ("0") when other sites under the same domain still serve plain HTTP, or the domain is not
# to be sent to the browsers' preload list.
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "1") == "1"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if h != "*"]
