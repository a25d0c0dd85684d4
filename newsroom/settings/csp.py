"""The Content-Security-Policy header of every response (django-csp; newsroom/csp.py says what
each page carries inline and how it is allowed). Imported by base.py.

``NEWSROOM_CSP_REPORT_ONLY=1`` in the environment sends the same policy as
``Content-Security-Policy-Report-Only``: browsers only report what it would block (in the
console, and to ``NEWSROOM_CSP_REPORT_URI`` when set), which is how to try it on a site with
templates of its own before enforcing it. ``NEWSROOM_CSP_MEDIA_ORIGINS`` adds the origins that
serve media when that is not the site (an S3 bucket, a CDN: ``https://media.example.org``),
space- or comma-separated."""

import os

from csp.constants import NONCE, NONE, SELF

from newsroom.csp import ATTRIBUTE_SCRIPTS, ATTRIBUTE_STYLES, source_hash

_UNSAFE_HASHES = "'unsafe-hashes'"
NEWSROOM_CSP_REPORT_ONLY = os.environ.get("NEWSROOM_CSP_REPORT_ONLY", "0").lower() in (
    "1",
    "true",
    "yes",
    "on",
)
NEWSROOM_CSP_MEDIA_ORIGINS = (
    os.environ.get("NEWSROOM_CSP_MEDIA_ORIGINS", "").replace(",", " ").split()
)
NEWSROOM_CSP_REPORT_URI = os.environ.get("NEWSROOM_CSP_REPORT_URI", "").strip()

_DIRECTIVES = {
    "default-src": [SELF],
    # Scripts: the site's own files, and the desk's inline ones carrying the response's nonce.
    "script-src": [SELF, NONCE],
    # import-export's select-all checkbox handler, by hash, and no other inline handler.
    "script-src-attr": [_UNSAFE_HASHES, *map(source_hash, ATTRIBUTE_SCRIPTS)],
    # Stylesheets: files, the desk's inline ones with the nonce; the public pages' inline
    # stylesheets by hash (added per response by newsroom.csp.PolicyMiddleware).
    "style-src": [SELF, NONCE],
    "style-src-attr": [_UNSAFE_HASHES, *map(source_hash, ATTRIBUTE_STYLES)],
    # The favicon is a data: URL (templates/base.html); page images, photos and thumbnails come
    # from the site or the media storage's origins.
    "img-src": [SELF, "data:", *NEWSROOM_CSP_MEDIA_ORIGINS],
    "media-src": [SELF, *NEWSROOM_CSP_MEDIA_ORIGINS],
    "object-src": [NONE],
    "base-uri": [NONE],
    "form-action": [SELF],
    "frame-ancestors": [NONE],  # as X-Frame-Options: DENY
}
if NEWSROOM_CSP_REPORT_URI:
    _DIRECTIVES["report-uri"] = [NEWSROOM_CSP_REPORT_URI]

if NEWSROOM_CSP_REPORT_ONLY:
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": _DIRECTIVES}
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None
