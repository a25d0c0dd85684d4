"""找不到这个页面 (404) with the masthead of the paper whose address was asked.

A 404 is drawn with ``base.html``'s masthead, which names the page's paper (``publication``) or,
on a page of no paper (search, people), the site's (``NEWSROOM_DEFAULT_PAPER``). A 404 has no
view to give it a paper, so without this a missing page of 新三门 showed 南通日报's masthead.
:func:`masthead_of` reads the paper from the address instead: its first segment when that is a
paper readers may see (``/sanmen/2020-07-09/Z9/`` → 新三门); the site's paper, as on their other
pages, on the site's own addresses (``/``, ``/search/…``, ``/people/…``, ``/sitemap-x.xml``: a first
segment in :data:`~articles.models.RESERVED_SLUGS` or an address matching a pattern of no paper);
and the site's neutral masthead (数字报, no paper named) on every other address, whose first
segment stands where a paper's slug would though no paper readers may see has it (``/nosuch/``,
``/nosuch/x/``, ``/neibu/2021-03-01/A1/`` of a paper not yet public): a reader who mistyped a
paper's slug is not shown 南通日报 as if it were the paper asked for, and a paper not yet public
is not named. Whether the rest of the address matched a pattern does not change that
(``/nosuch/x/`` matches none, ``/nosuch/2020-07-09/`` does; both are neutral)."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import Resolver404, resolve

from articles.models import RESERVED_SLUGS
from articles.public import public_paper


def masthead_of(request) -> dict:
    """The context a 404 page's masthead needs for ``request``'s address (module docstring):
    ``{"publication": paper}``, ``{"neutral_masthead": True}`` or ``{}`` (the site's paper)."""
    first = request.path_info.strip("/").split("/", 1)[0]
    paper = public_paper(first) if first.isascii() and first else None
    if paper is not None:
        return {"publication": paper}
    if not first or first.lower() in RESERVED_SLUGS or _of_no_paper(request.path_info):
        return {}
    return {"neutral_masthead": True}


def _of_no_paper(path: str) -> bool:
    """Whether ``path`` matched one of the site's patterns that names no paper (say
    ``/sitemap-x.xml``, whose first segment is not a reserved slug)."""
    try:
        return "paper" not in resolve(path).kwargs
    except Resolver404:
        return False


def not_found(request, *, message: str = "", link: tuple[str, str] | None = None):
    """The 404 page (``templates/404.html``) with :func:`masthead_of`'s masthead, ``message``
    saying what is missing (``""``: the general words) and ``link`` (address, words) a way on."""
    context = {"message": message, "link": link, **masthead_of(request)}
    return render(request, "404.html", context, status=404)


def page_not_found(request, exception=None):
    """``handler404``: :func:`not_found` with the general words."""
    return not_found(request)
