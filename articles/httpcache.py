"""HTTP caching for the public site: conditional GET and a server-side page cache, both checked
against the versions of the tags the page shows (:mod:`articles.caching`).

A rendered page is kept in Django's cache under its address (scheme, host, path and the query
parameters the view reads) with the version of every tag it declared while rendering; it is
served, at no query, while all those tags keep their versions. Its ``ETag`` is derived from the
address and those versions: a client that sends it back gets ``304 Not Modified``. A content
save, delete, import or publish gives new versions to the tags it touches (a story, its pages,
its issue …), so the pages showing it render again at once, the rest of the site stays cached,
and no server restart (or cache purge) is ever needed.

A page whose render overlapped a change (``any`` moved meanwhile) is served but neither stored
nor ETagged; with a read replica, a page is only rendered from it once the replica has applied
every content change the primary had when the render began, otherwise from the primary (see
:func:`articles.caching.consistent_public_reads`). So a page is never stored or ETagged under a
version newer than its data, however long the replica lags.

Only successful ``GET``/``HEAD`` responses are cached; redirects and 404s are cheap and left alone.
Public pages never depend on the user, the session or cookies, which is what makes sharing them
between readers safe; a response that sets a cookie is never stored.
"""

from __future__ import annotations

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control

from articles import addresses, caching
from articles.caching import consistent_public_reads

# Query parameters that change what a public view renders; every other one is ignored, so a
# crawler that appends ?utm=… cannot fill the cache with copies of the same page.
QUERY_PARAMS = ("page",)
KEY_PREFIX = "newsroom:page:"
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Last-Modified", "Link", "X-Robots-Tag")


def cache_seconds() -> int:
    """How long a rendered page may stay in the server cache (0 turns the cache off)."""
    return int(getattr(settings, "NEWSROOM_PUBLIC_CACHE_SECONDS", 24 * 3600))


def browser_max_age() -> int:
    """``max-age`` for browsers and proxies. 0 (the default) makes them revalidate every time,
    which is one cheap 304 and guarantees an edit is seen at once."""
    return int(getattr(settings, "NEWSROOM_PUBLIC_MAX_AGE", 0))


def public_key(request, *, daily: bool = False) -> str:
    """The cache key and ETag seed of a public request (its address, not its versions)."""
    params = "&".join(
        f"{name}={request.GET.get(name, '')}" for name in QUERY_PARAMS if name in request.GET
    )
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        params,
        # Pages that depend on the date (the news sitemap's last two days) turn over at midnight.
        timezone.localdate().isoformat() if daily else "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


def _etag(key: str, versions: dict[str, str]) -> str:
    seed = key + "".join(f"\x1f{tag}={versions[tag]}" for tag in sorted(versions))
    digest = hashlib.sha256(seed.encode()).hexdigest()[:32]
    return f'"{digest}"'


def _finish(response: HttpResponse, etag: str | None, state: str) -> HttpResponse:
    if etag is not None:
        response["ETag"] = etag
    response["X-Cache"] = state
    max_age = browser_max_age() if etag is not None else 0
    if "Cache-Control" not in response:
        # What patch_cache_control() writes on a response without the header, written at once
        # (it parses and merges the header first: a few per cent of an uncached story page).
        response["Cache-Control"] = (
            f"public, max-age={max_age}" if max_age else "public, no-cache, max-age=0"
        )
    elif max_age:
        patch_cache_control(response, public=True, max_age=max_age)
    else:
        patch_cache_control(response, public=True, no_cache=True, max_age=0)
    return response


def _cached(request, key: str, seconds: int) -> HttpResponse | None:
    """The stored page for ``key`` if none of its tags changed (a hit, or a 304), else None."""
    entry_key, checked_key = KEY_PREFIX + key, KEY_PREFIX + key + ":checked"
    found = cache.get_many([entry_key, checked_key, caching.LAST_KEY]) if seconds else {}
    stored, last = found.get(entry_key), found.get(caching.LAST_KEY)
    if stored is None:
        return None
    content, headers, versions = stored
    # No change at all since the page was last checked (one read), or none of its tags changed
    # (one more read; then remember the check): see articles/caching.py.
    quick = last is not None and found.get(checked_key) == last
    if not quick:
        if not caching.still_current(versions, last):
            return None
        if last is not None:
            cache.set(checked_key, last, seconds)
    etag = _etag(key, versions)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return _finish(not_modified, etag, "hit")
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return _finish(response, etag, "hit")


def _render(view_func, request, args, kwargs, key: str, seconds: int) -> HttpResponse:
    """Render the page and keep it with the versions of the tags it declared, unless a change
    was bumped while it rendered."""
    # ``any`` and ``last`` first (one key), then the replica's lag (see articles/caching.py), then the
    # render (templates query too), then the versions of the tags the page declared (those
    # the render checked already are read once, or once while ``last`` keeps its version:
    # :func:`articles.caching.collecting`).
    before, last = caching.render_marks()
    with consistent_public_reads(), caching.collecting(before, last) as declared:
        response = view_func(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code != 200 or response.streaming:
            return response
        versions = caching.tag_versions(caching.page_tags(declared))
    if caching.change_mark() != before:
        # A change was bumped while this page rendered: it may or may not show it, so it is
        # neither kept nor given an ETag the next reader could revalidate.
        return _finish(response, None, "miss")
    etag = _etag(key, versions)
    if seconds and not response.cookies:
        headers = {h: response[h] for h in _KEPT_HEADERS if h in response}
        entry = (response.content, headers, versions)
        cache.set_many({KEY_PREFIX + key: entry, KEY_PREFIX + key + ":checked": last}, seconds)
    not_modified = get_conditional_response(request, etag=etag, response=response)
    if not_modified is not response:
        return _finish(not_modified, etag, "miss")
    return _finish(response, etag, "miss")


def public_cache(view=None, *, daily: bool = False):
    """Decorate a public view (function, class-based ``as_view()`` or feed/sitemap callable).

    The view says what it shows with :func:`articles.caching.depends_on` while it renders; a
    view that says nothing depends on ``any`` (every change renders it again)."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapped(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view_func(request, *args, **kwargs)
            key = public_key(request, daily=daily)
            seconds = cache_seconds()
            hit = _cached(request, key, seconds)
            if hit is not None:
                return hit
            with addresses.for_request():
                return _render(view_func, request, args, kwargs, key, seconds)

        return wrapped

    return decorator(view) if view is not None else decorator


class PublicCacheMixin:
    """For class-based views: ``as_view()`` returns the view wrapped in :func:`public_cache`."""

    cache_daily = False

    @classmethod
    def as_view(cls, **initkwargs):
        return public_cache(super().as_view(**initkwargs), daily=cls.cache_daily)
