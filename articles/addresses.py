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
from django.utils.translation import get_language

#: How many addresses are remembered (least recently used go first): a few hundred bytes each.
REMEMBERED = 20_000

# The request's script prefix and URLconf, read once for a public page (:func:`for_request`).
_mounted: ContextVar[tuple[str, str] | None] = ContextVar("newsroom_mounted", default=None)
# The request's language, read once for a public page (:func:`for_request`).
_language: ContextVar[str | None] = ContextVar("newsroom_language", default=None)


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


def language() -> str | None:
    """The active language (``get_language()``), as read once for the public page being
    rendered (:func:`for_request`): each ``{% remembered %}`` fragment is keyed by it, and
    reading Django's ``asgiref`` local costs ≈ 2 µs, ten times a page. Nothing in a public view
    switches the language while it renders (no ``{% language %}`` in its templates, no
    ``translation.override``: tests/public/test_fragments.py checks the templates)."""
    found = _language.get()
    return found if found is not None else get_language()


@contextlib.contextmanager
def for_request() -> Iterator[None]:
    """Around a public view, once its request's script prefix, URLconf and language are set
    (the handler and the locale middleware set them before any view runs, and nothing changes
    them while it renders): read them once for every :func:`address` and ``{% remembered %}``
    inside."""
    token = _mounted.set((get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF))
    spoken = _language.set(get_language())
    try:
        yield
    finally:
        _language.reset(spoken)
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
