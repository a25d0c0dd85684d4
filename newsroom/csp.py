"""The site's Content-Security-Policy (django-csp; the directives are in
``newsroom/settings/csp.py``): what may run and style a page, and the few inline pieces allowed
by their hash.

**Public pages** run no script and are cached whole (:mod:`articles.httpcache`: the HTML of one
render is served to every reader), so they can carry no per-response nonce. Their one inline
stylesheet (``templates/includes/site.css`` inside ``base.html``'s ``<style>``, and the search
page's ``templates/search/includes/style.html``) is allowed by its SHA-256 (:func:`style_hashes`),
worked out from the template files, which hold no template tag inside a ``<style>`` (a tag
there would make the hash wrong: :func:`style_hashes` refuses it). So are the 500 and 503 pages'
stylesheets (rendered without a request when the database is down). The JSON-LD of a story
(``<script type="application/ld+json">``) is data, which CSP does not run or block.

**The desk** (Django admin) is never cached: its own inline ``<style>`` and ``<script>`` carry
the response's nonce (``nonce="{{ request.csp_nonce }}"``); the zone drawing tool's script and
styles are static files (the form renders it without a request). Django admin and
django-import-export write a few inline pieces of their own (checked against the installed
templates by ``tests/security/test_content_security_policy.py``):

- ``admin/change_list.html``'s ``<style>`` when a list has no action bar: allowed by its hash,
  read from the installed template like the public ones;
- ``admin/import_export/export.html``'s select-all checkbox (``onchange="onSelectToggleChange
  (event)"``) and two ``style`` attributes: allowed by hash with ``'unsafe-hashes'``
  (:data:`ATTRIBUTE_SCRIPTS`, :data:`ATTRIBUTE_STYLES`) in ``script-src-attr`` and
  ``style-src-attr`` only, so no other handler or style attribute runs.

Django's admin scripts (jQuery, select2 of the autocomplete fields, the calendar) set styles
through the DOM (``element.style``), which CSP does not restrict.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template import engines

#: Templates whose ``<style>`` elements are allowed by hash, and the template whose whole text
#: is one (site.css, included inside base.html's ``<style>``).
STYLE_TEMPLATES = ("search/includes/style.html", "500.html", "503.html", "admin/change_list.html")
WHOLE_STYLESHEETS = ("includes/site.css",)

#: Inline event handlers and style attributes of the libraries' templates, allowed by hash.
ATTRIBUTE_SCRIPTS = ("onSelectToggleChange(event)",)  # import-export's export.html
#: (And the changed cells' colours in import-export's import preview, which its diff,
#: diff_match_patch's ``diff_prettyHtml``, writes from Python, not from a template.)
ATTRIBUTE_STYLES = (
    "padding: 0;",  # import-export's export.html
    "font-weight: bold;",
    "background:#e6ffe6;",  # the preview's inserted text
    "background:#ffe6e6;",  # the preview's deleted text
)

_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)


def source_hash(text: str) -> str:
    """The CSP source expression that allows exactly ``text``: ``'sha256-…'`` (base64)."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _template_source(name: str) -> str:
    template = engines["django"].engine.get_template(name)
    return template.source


@cache
def _style_hashes() -> tuple[str, ...]:
    hashes = [source_hash(_template_source(name)) for name in WHOLE_STYLESHEETS]
    for name in STYLE_TEMPLATES:
        for body in _STYLE.findall(_template_source(name)):
            if "{%" in body or "{{" in body:
                raise ImproperlyConfigured(
                    f"{name}: a <style> with a template tag inside cannot be allowed by its hash "
                    '(newsroom/csp.py); give it nonce="{{ request.csp_nonce }}" or move it to a '
                    "static file."
                )
            hashes.append(source_hash(body))
    return tuple(dict.fromkeys(hashes))


def style_hashes() -> tuple[str, ...]:
    """The hashes of the inline stylesheets of :data:`STYLE_TEMPLATES` and
    :data:`WHOLE_STYLESHEETS`, as the templates are now: worked out once per process, or on
    every response while ``DEBUG`` is on (a stylesheet edited under ``runserver`` is allowed at
    once). Raises ``ImproperlyConfigured`` for a ``<style>`` holding a template tag."""
    if settings.DEBUG:
        _style_hashes.cache_clear()
    return _style_hashes()


class PolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, adding the inline stylesheets' hashes (:func:`style_hashes`) to
    ``style-src`` of the policy and of the report-only policy, whichever is configured."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        update = dict(parts.update or {})
        update["style-src"] = [*update.get("style-src", ()), *style_hashes()]
        parts.update = update
        return parts
