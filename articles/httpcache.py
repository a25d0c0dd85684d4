"""HTTP caching for the public site: conditional GET and a server-side page cache, both checked
against the versions of the tags the page shows (:mod:`articles.caching`).

A rendered page is kept in Django's cache under its address (scheme, host, path and the query
parameters the view reads, see below) with the version of every tag it declared while
rendering; it is served, at no query, while all those tags keep their versions. Its ``ETag`` is derived from the
address and those versions: a client that sends it back gets ``304 Not Modified``. Its
``Last-Modified`` is the newest of those versions' times rounded up to the second, sent once that
second is over (a version is written, with its time, when a change to what the tag names
commits: :func:`last_modified`), so a client that sends ``If-Modified-Since`` gets a 304 too,
exactly while nothing the page shows has changed since. A content
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

**The query string.** Each cached view *declares* the query parameters it reads, each with the
values a link of the site writes (``query=`` of :func:`public_cache`; a paginated list's
``page_kwarg`` is declared for it by :class:`PublicCacheMixin`; the sitemap sections' ``p`` in
:mod:`articles.sitemaps`), and the key holds the value of each declared parameter, by name, and
nothing else. Why declared, not "every parameter, normalised": a reader's link from WeChat or a
newsletter carries ``?utm_source=…`` or ``?from=timeline``, which changes nothing on the page;
keyed by the whole query string each would be a copy of the page rendered and stored again (a
miss for every shared link), and any junk appended by a crawler a new entry. Declared, the
cache is also bounded: a declared parameter whose value is not as the site writes it
(:data:`PAGE_NUMBER`: ``?p=02``, ``?page=%202``, ``?p=1&p=2``) is rendered for the reader as the
view answers it, but neither stored nor given an ETag, so a page has at most one entry per value
a link makes, and junk query strings cannot fill the cache.

A declaration left out is never a wrong page, only an uncached one: while a page renders for
the cache, ``request.GET`` records what the view (and its templates) read
(:class:`ReadQueryDict`); a page that read a parameter it did not declare, or the whole query
string (iterated it, counted it, copied it), is served but neither stored nor ETagged, and a
warning names the view and the parameter. (The raw query string, ``request.get_full_path()`` or
``META["QUERY_STRING"]``, is not watched: no public view or template reads it; one that would
must declare what it reads like any other.) ``tests/caching/test_query_parameters.py`` walks the
URL patterns of every cached view and checks, for each parameter it reads, that two values never
share a cached page.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
from collections.abc import Mapping
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from articles import addresses, caching
from articles.cachehealth import cache  # a cache error is a miss (a Redis outage)
from articles.caching import consistent_public_reads
from articles.params import MAX_PAGE

#: A page number as the site's links write it: ``?page=2`` of a list, ``?p=2`` of a sitemap
#: section (1 to :data:`articles.params.MAX_PAGE`, no leading zero), or a list's ``last``.
PAGE_NUMBER = re.compile(rf"last|[1-9][0-9]{{0,{len(str(MAX_PAGE)) - 1}}}")
KEY_PREFIX = "newsroom:page:"
# (not ``Last-Modified``: a page's is its tags', :func:`last_modified`, written on every answer)
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")

logger = logging.getLogger(__name__)


def cache_seconds() -> int:
    """How long a rendered page may stay in the server cache (0 turns the cache off)."""
    return int(getattr(settings, "NEWSROOM_PUBLIC_CACHE_SECONDS", 24 * 3600))


def browser_max_age() -> int:
    """``max-age`` for browsers and proxies. 0 (the default) makes them revalidate every time,
    which is one cheap 304 and guarantees an edit is seen at once."""
    return int(getattr(settings, "NEWSROOM_PUBLIC_MAX_AGE", 0))


def public_key(
    request, *, daily: bool = False, query: Mapping[str, re.Pattern] | None = None
) -> str | None:
    """The cache key and ETag seed of a public request (its address, not its versions): scheme,
    host, path and the value of each parameter in ``query`` (the view's declared parameters,
    name → the values a link writes), and the day when ``daily``. Other parameters are not in
    it. None when a declared parameter is given twice or with a value no link writes: such a
    request is rendered, not stored (see the module's docstring)."""
    params = []
    query = query or {}
    for name in sorted(query):
        values = request.GET.getlist(name)
        if not values:
            continue
        if len(values) > 1 or not query[name].fullmatch(values[0]):
            return None
        params.append(f"{name}={values[0]}")
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        "&".join(params),
        # Pages that depend on the date (the news sitemap's last two days) turn over at midnight.
        timezone.localdate().isoformat() if daily else "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


class ReadQueryDict(QueryDict):
    """``request.GET`` while a page renders for the cache: the same values, read-only, and what
    was read of it: ``read``, the names asked for (present or not: a view that asked for ``p``
    and found none rendered page 1), and ``read_all``, set once the whole query string was
    looked at (iterated, counted, copied, encoded again). Every way of reading a
    :class:`~django.http.QueryDict` goes through the methods recorded here: ``get``, ``items``,
    ``values``, ``dict`` and ``getlist`` call them."""

    def __init__(self, query_string=None, mutable=False, encoding=None):
        self.read: set[str] = set()
        self.read_all = False
        super().__init__(query_string, mutable=mutable, encoding=encoding)
        self.read.clear()  # filling it asked for each name

    @classmethod
    def of(cls, source: QueryDict) -> ReadQueryDict:
        """A recording copy of ``source`` (read-only, as ``request.GET`` is)."""
        return cls(source.urlencode(), encoding=source.encoding)

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def _getlist(self, key, default=None, force_list=False):
        self.read.add(key)
        return super()._getlist(key, default, force_list)

    def _whole(self):
        self.read_all = True

    def __iter__(self):
        self._whole()
        return super().__iter__()

    def __len__(self):
        self._whole()
        return super().__len__()

    def keys(self):
        self._whole()
        return super().keys()

    def lists(self):
        self._whole()
        return super().lists()

    def __copy__(self):
        self._whole()
        return super().__copy__()

    def __deepcopy__(self, memo):
        self._whole()
        return super().__deepcopy__(memo)

    def undeclared(self, query: Mapping[str, re.Pattern]) -> list[str]:
        """What was read beyond the parameters in ``query`` (``["*"]`` for the whole query
        string), sorted: a page that read any of it cannot be kept under a key of ``query``."""
        extra = sorted(self.read - set(query))
        return ["*", *extra] if self.read_all else extra


def version_time(version: str) -> float:
    """When a tag's ``version`` was written, in seconds since the epoch: a version is its time
    in nanoseconds, in hex, then ``-`` and a random part (:func:`articles.caching._token`). 0
    for a value written otherwise (none is)."""
    stamp, _, _ = str(version).partition("-")
    try:
        return int(stamp, 16) / 1e9
    except ValueError:
        return 0.0


def last_modified(versions: dict[str, str], *, daily: bool = False) -> int | None:
    """When what a page shows last changed, in whole seconds since the epoch, for
    ``Last-Modified``: the newest time of its tags' ``versions`` (each written when a change to
    what the tag names committed, :func:`version_time`; a tag the cache saw first, or again after
    an eviction, is dated then: later than the change, never earlier, so a client's copy is
    never taken for current when it is not), **rounded up** to the second. A page that turns
    over at midnight (``daily``) is dated that midnight at the earliest. Not a view's own date (a
    feed's newest entry is dated its issue's midnight, hours before its stories were published; a
    sitemap's newest ``lastmod``): those say when the content was printed or stored, not when
    this response last changed, which is what a cache revalidating with ``If-Modified-Since``
    asks.

    None (no ``Last-Modified``, no date-based 304; the ETag still revalidates) while that second
    is not over yet. Why: a date is one second wide and changes commit several a second (an
    import, a publish then an unpublish); a page sent at 12:00:00.4 for a change of 12:00:00.3
    and dated 12:00:00 (or 12:00:01) would, after a second change at 12:00:00.7, answer the same
    ``If-Modified-Since`` with a 304 and the client would keep the withdrawn story. Dated only
    once its second is past, any later change is later than the date the client holds, so its
    ``If-Modified-Since`` no longer passes (:func:`_conditional`)."""
    newest = max((version_time(v) for v in versions.values()), default=0.0)
    if daily:
        midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        newest = max(newest, midnight.timestamp())
    dated = math.ceil(newest)
    return dated if dated <= time.time() else None


def _conditional(request, etag: str, modified: int | None, response=None):
    """Django's conditional answer (a 304 for a matching ``If-None-Match``, else for an
    ``If-Modified-Since`` not older than ``modified``), except that an ``If-Modified-Since``
    later than now is not trusted (RFC 9110 §13.1.3 lets a server ignore it): no response of
    this site was dated then, so it cannot say which copy the client holds."""
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE") or "")
    if since is not None and since > time.time():
        modified = None  # (Django's test then passes: no date-based 304)
    return get_conditional_response(request, etag=etag, last_modified=modified, response=response)


def _etag(key: str, versions: dict[str, str]) -> str:
    seed = key + "".join(f"\x1f{tag}={versions[tag]}" for tag in sorted(versions))
    digest = hashlib.sha256(seed.encode()).hexdigest()[:32]
    return f'"{digest}"'


def _finish(
    response: HttpResponse, etag: str | None, state: str, modified: int | None = None
) -> HttpResponse:
    """``response`` with its validators (``etag`` and ``modified``, seconds since the epoch:
    :func:`last_modified`; a page not ETagged gets neither, and loses a ``Last-Modified`` its view
    set) and the cache headers."""
    if etag is not None:
        response["ETag"] = etag
    if etag is not None and modified is not None:
        response["Last-Modified"] = http_date(modified)
    elif "Last-Modified" in response:
        del response["Last-Modified"]
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


def _cached(request, key: str, seconds: int, daily: bool = False) -> HttpResponse | None:
    """The stored page for ``key`` if none of its tags changed (a hit, or a 304), else None."""
    if not seconds or not caching.trusted():  # a missed invalidation is applied first
        return None
    entry_key, checked_key = KEY_PREFIX + key, KEY_PREFIX + key + ":checked"
    found = cache.get_many([entry_key, checked_key, caching.LAST_KEY])
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
    etag, modified = _etag(key, versions), last_modified(versions, daily=daily)
    not_modified = _conditional(request, etag, modified)
    if not_modified is not None:
        return _finish(not_modified, etag, "hit", modified)
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return _finish(response, etag, "hit", modified)


def _render(
    view_func, request, args, kwargs, key: str | None, seconds: int, query, daily: bool = False
) -> HttpResponse:
    """Render the page and keep it with the versions of the tags it declared, unless a change
    was bumped while it rendered, its address has no key (``None``: a declared parameter as no
    link writes it), or it read from the query string more than ``query`` (its declared
    parameters, :class:`ReadQueryDict`)."""
    # ``any`` and ``last`` first (one key), then the replica's lag (see articles/caching.py), then the
    # render (templates query too), then the versions of the tags the page declared (those
    # the render checked already are read once, or once while ``last`` keeps its version:
    # :func:`articles.caching.collecting`).
    before, last = caching.render_marks()
    given = request.GET
    request.GET = reads = ReadQueryDict.of(given)
    try:
        with consistent_public_reads(), caching.collecting(before, last) as declared:
            response = view_func(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code != 200 or response.streaming:
                return response
            versions = caching.tag_versions(caching.page_tags(declared))
    finally:
        request.GET = given
    undeclared = reads.undeclared(query)
    if undeclared:
        logger.warning(
            "%s read the query parameters %s, which it does not declare to the page cache "
            "(public_cache(query=…)): the page was served, not cached",
            getattr(view_func, "__qualname__", view_func),
            ", ".join(undeclared),
        )
    if key is None or undeclared or caching.change_mark() != before:
        # A change was bumped while this page rendered: it may or may not show it, so it is
        # neither kept nor given an ETag the next reader could revalidate. Nor is a page whose
        # address is not all in its key.
        return _finish(response, None, "miss")
    etag, modified = _etag(key, versions), last_modified(versions, daily=daily)
    if seconds and not response.cookies:
        headers = {h: response[h] for h in _KEPT_HEADERS if h in response}
        entry = (response.content, headers, versions)
        cache.set_many({KEY_PREFIX + key: entry, KEY_PREFIX + key + ":checked": last}, seconds)
    not_modified = _conditional(request, etag, modified, response)
    if not_modified is not response:
        return _finish(not_modified, etag, "miss", modified)
    return _finish(response, etag, "miss", modified)


def public_cache(view=None, *, daily: bool = False, query: Mapping[str, re.Pattern] | None = None):
    """Decorate a public view (function, class-based ``as_view()`` or feed/sitemap callable).

    The view says what it shows with :func:`articles.caching.depends_on` while it renders; a
    view that says nothing depends on ``any`` (every change renders it again). ``query``: the
    query parameters the view reads, each name with the pattern of the values a link of the
    site writes (:data:`PAGE_NUMBER`); the page is kept once per value, and other parameters
    share it (see the module's docstring). ``daily``: the page turns over at midnight. The
    wrapped view carries its declaration as ``cache_query``."""
    query = dict(query or {})

    def decorator(view_func):
        @wraps(view_func)
        def wrapped(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view_func(request, *args, **kwargs)
            key = public_key(request, daily=daily, query=query)
            seconds = cache_seconds()
            hit = _cached(request, key, seconds, daily) if key is not None else None
            if hit is not None:
                return hit
            with addresses.for_request():
                return _render(view_func, request, args, kwargs, key, seconds, query, daily)

        wrapped.cache_query = query
        return wrapped

    return decorator(view) if view is not None else decorator


class PublicCacheMixin:
    """For class-based views: ``as_view()`` returns the view wrapped in :func:`public_cache`.

    ``cache_query`` declares the query parameters the view reads (``query=`` of
    :func:`public_cache`); a paginated list (a ``ListView`` with ``paginate_by``) reads its
    ``page_kwarg`` (``?page=``), which is declared for it as a :data:`PAGE_NUMBER`."""

    cache_daily = False
    cache_query: Mapping[str, re.Pattern] = {}

    @classmethod
    def cache_parameters(cls) -> dict[str, re.Pattern]:
        """The query parameters this view reads: ``cache_query``, and the page number of a
        paginated list."""
        query = dict(cls.cache_query)
        if getattr(cls, "paginate_by", None):
            query.setdefault(cls.page_kwarg, PAGE_NUMBER)
        return query

    @classmethod
    def as_view(cls, **initkwargs):
        return public_cache(
            super().as_view(**initkwargs), daily=cls.cache_daily, query=cls.cache_parameters()
        )
