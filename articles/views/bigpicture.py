"""版面大图: a printed page's picture at its own width, for reading it as printed.

The page view shows the page's image shrunk to its column (≈ 1,400 px wide drawn in ≈ 700): the
small type of a newspaper page is not legible there. ``/<paper>/<date>/<label>/picture/`` shows
the same image at its natural width in a box that scrolls both ways (on a phone too), with the
same links over each story and photo (the page's inline SVG, no JavaScript) and the PDF, the
original, beside it. No other image is made: the import renders one picture a page (its memory
budget), and this view only shows it larger.

A page whose picture readers may not see (no PDF, or a story on it not yet published:
:func:`articles.views.pictures.page_picture`) has no 大图 (404), and no page links one.
"""

from __future__ import annotations

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from articles import caching
from articles.labels import LabelError, normalize_label
from articles.public import page_name
from articles.selectors import has_page
from articles.selectors.pages import shown_picture
from articles.views.base import PublicView, frame_pages, with_query
from articles.views.pictures import page_picture


def picture_url(page) -> str:
    """A page's 大图 address (``page`` with its issue and paper)."""
    issue = page.issue
    return reverse(
        "articles:page-picture",
        kwargs={"paper": issue.publication.slug, "date": issue.date, "label": page.label},
    )


def _shown_url(page) -> str:
    """Where 上一版/下一版 lead from a 大图: that page's 大图 when readers may see its picture
    (:func:`~articles.selectors.pages.shown_picture`, no query), else the page itself."""
    return picture_url(page) if shown_picture(page) is not None else page.get_absolute_url()


class PagePictureView(PublicView):
    """``/<paper>/<date>/<label>/picture/``: the page's picture at its natural width, its zones
    linking their stories and photos, 上一版/下一版 of the pictures, the page and its PDF.
    Cached by the page's tags (its picture, zones and stories' publication: ``page``), its
    issue's frame (the pages around it) and the stories its zones name (their titles)."""

    template_name = "articles/page_picture.html"

    def get(self, request, *args, **kwargs):
        try:
            label = normalize_label(self.kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        if label != self.kwargs["label"]:  # ``a1``, ``Ａ1``: the canonical address, as a page's
            self.kwargs["label"] = label
            issue = self.get_issue()
            if not has_page(issue, label):
                raise Http404("no such page")
            url = reverse(
                "articles:page-picture",
                kwargs={"paper": issue.publication.slug, "date": issue.date, "label": label},
            )
            return HttpResponsePermanentRedirect(with_query(request, url))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        caching.depends_on(caching.issue_frame(issue.pk))  # (the 404 of a page not public too)
        pages = frame_pages(issue)
        at = next((n for n, p in enumerate(pages) if p.label == self.kwargs["label"]), None)
        if at is None:
            raise Http404("no such page")
        page = pages[at]
        picture = page_picture(page)
        stories = sorted({zone["story"] for zone in picture["zones"]} - {None})
        caching.depends_on(caching.page(page.pk), *(caching.story(pk) for pk in stories))
        if picture["picture"] is None:
            raise Http404("本版没有可公开的版面图")
        around = [
            {"page": pages[n], "url": _shown_url(pages[n])} if 0 <= n < len(pages) else None
            for n in (at - 1, at + 1)
        ]
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            page=page,
            page_label=page_name(page),
            previous_page=around[0],
            next_page=around[1],
            canonical=picture_url(page),
            **picture,
            **kwargs,
        )
