"""Addresses of the site's pages, each worked out once per process: :func:`address`.

A public page names dozens of addresses (the masthead's and footer's links, every page of the
issue, every story listed, each reporter); Django's ``reverse()`` works each out again, about
20 µs apiece, which was a tenth of a story page's render without the page cache. An address
depends only on the URL name, its arguments, the URLconf and the script prefix the site is
mounted under, so it is remembered under all four: a paper, an issue or a page that changes its
slug, date or label asks for another key, never gets an old address.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

#: How many addresses are remembered (least recently used go first): a few hundred bytes each.
REMEMBERED = 20_000


def address(viewname: str, **kwargs) -> str:
    """``reverse(viewname, kwargs=kwargs)``, remembered (see the module docstring). Arguments
    must be hashable (strings, numbers, dates); raises ``NoReverseMatch`` as ``reverse`` does
    (and does not remember it)."""
    return _reverse(
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
        viewname,
        tuple(sorted(kwargs.items())),
    )


@lru_cache(maxsize=REMEMBERED)
def _reverse(prefix: str, urlconf: str, viewname: str, items: tuple) -> str:
    # ``prefix`` is the calling thread's script prefix, which ``reverse`` reads itself.
    return reverse(viewname, urlconf=urlconf, kwargs=dict(items))
