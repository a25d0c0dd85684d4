"""版面大图: a printed page's picture at its own width, for reading it as printed.

The page view shows the page's image shrunk to its column (≈ 1,400 px wide drawn in ≈ 700): the
small type of a newspaper page is not legible there. ``/<paper>/<date>/<label>/picture/`` shows
the same image at its natural width in a box that scrolls both ways (on a phone too), with the
same links over each story and photo (the page's inline SVG, no JavaScript) and the PDF, the
original, beside it. No other image is made: the import renders one picture a page (its memory
budget), and this view only shows it larger.

Three zoom steps, plain links with no script (:data:`ZOOM_STEPS`): 适合宽度 (``?zoom=fit``: the
whole width of the page in the window, a phone's 375 px too), 原大 (the plain address: the
image's own pixels) and 2 倍 (``?zoom=2``: the same image drawn twice as large, for small type
on a dense screen). The zones are drawn in the image's pixel space over the image, so they stay
on their stories at every step. Each step is cached on its own (``zoom`` is declared to the page
cache); ``?zoom=1`` and an empty ``?zoom=`` are a 301 to the plain address, any other value a
404 naming the steps (with the masthead of the page's paper: :mod:`articles.views.notfound`).
上一版/下一版 keep the step.

A page whose picture readers may not see (no PDF, or a story on it not yet published:
:func:`articles.views.pictures.page_picture`) has no 大图 (404), and no page links one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.http import Http404, HttpResponsePermanentRedirect, QueryDict
from django.urls import reverse

from articles import caching
from articles.labels import LabelError, address_label
from articles.public import page_name
from articles.selectors.pages import shown_picture
from articles.views.base import PublicView, frame_pages, label_meant, with_query
from articles.views.notfound import not_found
from articles.views.pictures import page_picture


@dataclass(frozen=True)
class ZoomStep:
    """A zoom step of 版面大图: its ``?zoom=`` value (``""``: the plain address), its link's
    words, and how many times the image's own width it is drawn (0: the window's width)."""

    value: str
    label: str
    scale: int

    def query(self) -> str:
        """What the step adds to a 大图 address: ``?zoom=fit``, or nothing."""
        return f"?zoom={self.value}" if self.value else ""


#: The steps, in the order the page links them; the plain address is 原大.
ZOOM_STEPS = (ZoomStep("fit", "适合宽度", 0), ZoomStep("", "原大", 1), ZoomStep("2", "2 倍", 2))
#: The ``?zoom=`` values a link writes (the page cache keeps one copy of the page for each).
ZOOM_VALUES = re.compile("|".join(step.value for step in ZOOM_STEPS if step.value))
_PLAIN = next(step for step in ZOOM_STEPS if not step.value)


def picture_url(page, zoom: ZoomStep = _PLAIN) -> str:
    """A page's 大图 address (``page`` with its issue and paper), at the step ``zoom``."""
    issue = page.issue
    url = reverse(
        "articles:page-picture",
        kwargs={"paper": issue.publication.slug, "date": issue.date, "label": page.label},
    )
    return url + zoom.query()


def _shown_url(page, zoom: ZoomStep) -> str:
    """Where 上一版/下一版 lead from a 大图: that page's 大图 at the same step when readers may
    see its picture (:func:`~articles.selectors.pages.shown_picture`, no query), else the page
    itself."""
    if shown_picture(page) is None:
        return page.get_absolute_url()
    return picture_url(page, zoom)


def _zoom_refused(request, value: str):
    """The 404 of a ``?zoom=`` no link writes, naming the steps and linking 原大."""
    steps = "、".join(f"{step.label}（{step.query() or '不带 ?zoom='}）" for step in ZOOM_STEPS)
    message = f"版面大图没有“{value[:20]}”这一档缩放：可选{steps}。"
    return not_found(request, message=message, link=(request.path, "看原大的版面大图"))


class PagePictureView(PublicView):
    """``/<paper>/<date>/<label>/picture/``: the page's picture at its natural width, its zones
    linking their stories and photos, 上一版/下一版 of the pictures, the page and its PDF.
    Cached by the page's tags (its picture, zones and stories' publication: ``page``), its
    issue's frame (the pages around it) and the stories its zones name (their titles)."""

    template_name = "articles/page_picture.html"
    cache_query = {"zoom": ZOOM_VALUES}

    def get(self, request, *args, **kwargs):
        try:
            label = address_label(self.kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        # ``a1``, ``Ａ1``: the canonical address, as a page's; ``第二版``, ``2``: A2 when the
        # issue has no other 2 (:func:`~articles.views.base.label_meant`)
        issue, typed = self.get_issue(), self.kwargs["label"]
        meant = label_meant(issue, typed, label)
        if meant is None and label != typed:
            raise Http404("no such page")
        if meant is not None:
            url = reverse(
                "articles:page-picture",
                kwargs={"paper": issue.publication.slug, "date": issue.date, "label": meant},
            )
            return HttpResponsePermanentRedirect(with_query(request, url))
        value = request.GET.get("zoom")
        if value in ("1", ""):  # 原大 spelled out, or left empty: its one address, the plain one
            rest = QueryDict(request.META.get("QUERY_STRING", ""), mutable=True)
            rest.pop("zoom")
            query = rest.urlencode()
            return HttpResponsePermanentRedirect(request.path + (f"?{query}" if query else ""))
        if value is not None and not ZOOM_VALUES.fullmatch(value):
            return _zoom_refused(request, value)
        self.zoom = next(step for step in ZOOM_STEPS if step.value == (value or ""))
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
        zoom = self.zoom
        around = [
            {"page": pages[n], "url": _shown_url(pages[n], zoom)} if 0 <= n < len(pages) else None
            for n in (at - 1, at + 1)
        ]
        image = picture["picture"]
        steps = [
            {"label": step.label, "url": picture_url(page, step), "current": step == zoom}
            for step in ZOOM_STEPS
        ]
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            page=page,
            page_label=page_name(page),
            previous_page=around[0],
            next_page=around[1],
            canonical=picture_url(page),
            zoom=zoom,
            zoom_steps=steps,
            # The image's size at this step (适合宽度: its own, drawn to the window's width).
            shown_width=image.width * (zoom.scale or 1),
            shown_height=image.height * (zoom.scale or 1),
            **picture,
            **kwargs,
        )
