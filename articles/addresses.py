"""Addresses of the site's pages, each worked out once per process: :func:`address`.

A public page names dozens of addresses (the masthead's and footer's links, every page of the
issue, every story listed, each reporter); Django's ``reverse()`` works each out again, about
20 µs apiece, which was a tenth of a story page's render without the page cache. An address
depends only on the URL name, its arguments, the URLconf and the script prefix the site is
mounted under, so it is remembered under all four: a paper, an issue or a page that changes its
slug, date or label asks for another key, never gets an old address.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

#: How many addresses are remembered (least recently used go first): a few hundred bytes each.
REMEMBERED = 20_000

# The request's script prefix and URLconf, read once for a public page (:func:`for_request`).
_mounted: ContextVar[tuple[str, str] | None] = ContextVar("newsroom_mounted", default=None)


def mounted() -> tuple[str, str]:
    """``(script prefix, URLconf)`` the current request is served under: what an address
    depends on besides its name and arguments. Each costs a few µs to read (Django keeps them
    in an ``asgiref`` local; the URLconf is read by catching an ``AttributeError``), and a
    story page asks for them some thirty times, so a public page reads them once
    (:func:`for_request`)."""
    found = _mounted.get()
    if found is not None:
        return found
    return get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF


@contextlib.contextmanager
def for_request() -> Iterator[None]:
    """Around a public view, once its request's script prefix and URLconf are set (the handler
    sets both before any view runs, and nothing changes them while it renders): read them once
    for every :func:`address` and ``{% remembered %}`` inside."""
    token = _mounted.set((get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF))
    try:
        yield
    finally:
        _mounted.reset(token)


def address(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)``, remembered (see the module docstring). Arguments
    must be hashable (strings, numbers, dates); raises ``NoReverseMatch`` as ``reverse`` does
    (and does not remember it)."""
    prefix, urlconf = mounted()
    return _reverse(prefix, urlconf, viewname, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=REMEMBERED)
def _reverse(prefix: str, urlconf: str, viewname: str, items: tuple) -> str:
    # ``prefix`` is the calling thread's script prefix, which ``reverse`` reads itself.
    return reverse(viewname, urlconf=urlconf, kwargs=dict(items))
