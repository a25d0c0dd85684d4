"""找不到这个页面 (404) with the masthead of the paper whose address was asked.

A 404 is drawn with ``base.html``'s masthead, which names the page's paper (``publication``) or,
on a page of no paper (search, people), the site's (``NEWSROOM_DEFAULT_PAPER``). A 404 has no
view to give it a paper, so without this a missing page of 新三门 showed 南通日报's masthead.
:func:`masthead_of` reads the paper from the address instead: its first segment when that is a
paper readers may see (``/sanmen/2020-07-09/Z9/`` → 新三门); the site's neutral masthead
(数字报, no paper named) when the address is a paper's (``/<paper>/…``) but of no paper readers
may see, so that a paper not yet public is not named either; the site's paper, as before, on an
address of no paper (``/search/…``, ``/people/…``)."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import Resolver404, resolve

from articles.public import public_paper


def masthead_of(request) -> dict:
    """The context a 404 page's masthead needs for ``request``'s address (module docstring):
    ``{"publication": paper}``, ``{"neutral_masthead": True}`` or ``{}`` (the site's paper)."""
    first = request.path_info.strip("/").split("/", 1)[0]
    paper = public_paper(first) if first.isascii() and first else None
    if paper is not None:
        return {"publication": paper}
    try:
        of_a_paper = "paper" in resolve(request.path_info).kwargs
    except Resolver404:
        of_a_paper = False
    return {"neutral_masthead": True} if of_a_paper else {}


def not_found(request, *, message: str = "", link: tuple[str, str] | None = None):
    """The 404 page (``templates/404.html``) with :func:`masthead_of`'s masthead, ``message``
    saying what is missing (``""``: the general words) and ``link`` (address, words) a way on."""
    context = {"message": message, "link": link, **masthead_of(request)}
    return render(request, "404.html", context, status=404)


def page_not_found(request, exception=None):
    """``handler404``: :func:`not_found` with the general words."""
    return not_found(request)
