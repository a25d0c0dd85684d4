"""Which paper a public page's masthead and footer name, and the group's papers every page
lists (the nav's 各报, the footer's list) when readers may see several: worked out once a request
(the masthead and the footer both ask), for the template tags of
:mod:`articles.templatetags.epaper` and the keys of remembered whole pages."""

from __future__ import annotations

from articles import public

_UNSET = object()


def masthead_paper(context):
    """The paper a page's masthead and footer name: the page's own (``publication``), else the
    site's paper (``site_paper``, :mod:`articles.context_processors`) on pages of no paper
    (search, people) when it is the site's only paper; None when the site has several (a
    group's papers: its pages of no paper carry the site's name), when neither is there (a page
    rendered without a request) or the page asks for the site's neutral masthead
    (``neutral_masthead``: a 404 of a paper's address whose paper readers may not see,
    :mod:`articles.views.notfound`)."""
    paper = context.get("publication")
    if paper or "site_paper" not in context or context.get("neutral_masthead"):
        return paper or None
    request = context.get("request")
    if len(papers_for(request)) > 1:  # a group's site: no one paper's masthead on its pages
        return None
    # The site's paper: asked once per request (the masthead and the footer both name it),
    # through a prepared query rather than ``site_paper``'s queryset (the ORM building that
    # query was a fifth of the search page's time).
    found = getattr(request, "_newsroom_site_paper", _UNSET)
    if found is _UNSET:
        found = public.default_paper()
        if request is not None:
            request._newsroom_site_paper = found
    return found


def papers_for(request) -> tuple[tuple[str, str], ...]:
    """``(name, slug)`` of the papers readers may see (:func:`articles.public.public_papers`),
    asked once per ``request``: when there are several, every page's nav links to the list of
    them (the home page) and its footer names each, so every whole page's remembered key holds
    them too (:class:`articles.views.base.RememberedPageResponse`,
    :mod:`articles.templatetags.kept_extends`); ``()`` without a request."""
    if request is None:
        return ()
    found = getattr(request, "_newsroom_site_papers", None)
    if found is None:
        found = request._newsroom_site_papers = public.public_papers()
    return found
