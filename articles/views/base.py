"""What every public view shares: the paper and issue named by the URL, if readers may see them
(else 404), the content-versioned cache, and the 400 for a ``?page=`` no link makes."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.test.signals import template_rendered
from django.utils.translation import get_language
from django.views.generic import TemplateView

from articles import addresses, caching, mastheads
from articles.httpcache import PublicCacheMixin
from articles.models import Issue, Page, Publication
from articles.params import BadParameter, page_number
from articles.public import share_issue
from articles.queries import copied_rows
from articles.selectors import issue_pages, page_meant, public_issue_on
from articles.templatetags import epaper, splicing
from articles.templatetags.kept_extends import WHOLE_PAGE_HELD


def frame_pages(issue: Issue) -> list[Page]:
    """The issue's pages (:func:`articles.selectors.issue_pages`), which the issue, page and
    story views all show (版面导航), kept between renders while the issue's frame is unchanged
    (:func:`articles.caching.kept`: the tag those views depend on for them), each with
    ``issue``."""
    pages = caching.kept(
        f"pages:{issue.pk}",
        lambda: issue_pages(issue),
        lambda _: [caching.issue_frame(issue.pk)],
        copy=copied_rows,  # each view hands them their issue, the issue page its stories
    )
    share_issue(issue, pages)
    return pages


def label_meant(issue: Issue, typed: str, label: str) -> str | None:
    """The page of ``issue`` an address whose label was ``typed`` (read as ``label``,
    :func:`articles.labels.address_label`: a malformed Chinese numeral, ``两版``, ``零一``, is
    read as none) leads to with a 301, or None when the address is
    that page's own (``A1``), or names no page (the view's 404 says what the issue has). Any
    label that is not one of the issue's pages but names exactly one by its number goes there
    (:func:`articles.selectors.page_meant`): ``第一版``, ``1版``, ``01`` and a bare ``1`` alike
    lead to ``A1``. No query for a page's own address (the issue's pages are kept:
    :func:`frame_pages`); one more otherwise."""
    if label == typed and any(page.label == label for page in frame_pages(issue)):
        return None
    meant = page_meant(issue, label)
    return meant if meant != typed else None


def reader_root(request) -> str:
    """``request.build_absolute_uri("/")``: the scheme and host the reader asked for, which
    every remembered page's key holds, worked out once a request (the page view's key by its
    data and its response's key both ask)."""
    found = getattr(request, "_newsroom_root", None)
    if found is None:
        found = request._newsroom_root = request.build_absolute_uri("/")
    return found


class PaddedId(int):
    """An id written with leading zeros in an address (``…/article/01/``,
    :class:`articles.urls.IdConverter`): the same number, but not its canonical address, which
    the story view answers with a 301 (as the page view does ``02`` → ``2`` for a label)."""


class PublicObjectMixin:
    """The one gate for every public view: the paper, issue, page or story named by the URL, if
    readers may see it, else 404."""

    def get_publication(self) -> Publication:
        if not hasattr(self, "_publication"):
            self._publication = get_object_or_404(
                Publication.objects.public(), slug=self.kwargs["paper"]
            )
        return self._publication

    def get_issue(self):
        if not hasattr(self, "_issue"):
            self._issue = public_issue_on(self.kwargs["paper"], self.kwargs["date"])
            if self._issue is None:
                raise Http404("No Issue matches the given query.")
        return self._issue

    def head(self, request, *args, **kwargs):
        """``HEAD`` answered as ``GET`` (Django's handler then drops the body), as Django's
        ``View.setup`` arranges with ``self.head = self.get`` when a view has no ``head``: a
        bound method kept on the view itself, which ties the view in a reference cycle, so
        that it and all it read (the issue, the page's rows and objects) outlive the request
        until the garbage collector's next pass over them (a twentieth of a page rendered
        again, counted in the collector's passes). Defined here, the view is freed when the
        response is."""
        return self.get(request, *args, **kwargs)


class RememberedPageResponse(TemplateResponse):
    """A public page's response whose body, when its view names everything the page shows
    (``page_shown`` in its context, or a function giving it; the key of ``{% extends … remembered page_shown %}``,
    :mod:`articles.templatetags.kept_extends`), is remembered encoded once per process for
    each set of those values, the compiled template, the URLconf and script prefix, the
    language and the reader's scheme and host: a repeat render skips Django's template
    machinery (the context processors, the template's nodes) and the encoding of the page
    (≈ 20 KB of Chinese text), a twentieth of a page without the page cache.

    A page whose template has a ``{% spliced %}`` block
    (:func:`~articles.templatetags.splicing.spliced_node`) and whose view names everything the
    page shows *but* that block's values (``frame_shown``) is also remembered as its frame: the text before and after that block, under ``frame_shown`` and
    the rest of the key above. A page that changed in that block only (a story on a page
    edited) is then the block's text put into its frame, without rendering the rest (the
    template's other nodes, ``base.html``): byte for byte what a full render gives, since the
    frame is the text around the block's only occurrence in a full render under the same
    values.

    While something watches templates render (the test client, a debugging toolbar: a
    ``template_rendered`` receiver), pages render as Django renders them, so that it sees each
    template and its context; the template's own ``{% extends … remembered %}`` still holds
    the page's text."""

    @property
    def rendered_content(self):
        shown = (self.context_data or {}).get("page_shown")
        if shown is None or template_rendered.receivers:
            return super().rendered_content
        if callable(shown):  # worked out when first asked, as a template variable is
            shown = shown()
        template = self.resolve_template(self.template_name)
        request = self._request
        key = (
            template.template,  # compiled: a template edited (and loaded again) is a new one
            addresses.mounted(),
            get_language(),
            reader_root(request),
            mastheads.papers_for(request),  # the group's papers: every page's nav and footer
            shown,
        )
        found = epaper.recall(key, whole=True)
        if found is not None:
            return found
        frame = self.context_data.get("frame_shown")
        node = splicing.spliced_node(template.template) if frame is not None else None
        if node is None:
            return epaper.remember(key, lambda: self.render_whole(template), whole=True)
        frame_key = (_FRAME, *key[:-1], frame)
        pieces = epaper.recall(frame_key, whole=True)
        if pieces is not None:  # the rest of the page unchanged: its spliced block alone
            hole = self.spliced_text(node, template)
            return epaper.remember(key, lambda: pieces[0] + hole + pieces[1], whole=True)
        content = epaper.remember(key, lambda: self.render_whole(template), whole=True)
        hole = self.spliced_text(node, template)
        # Where the block's text is, when it is found once only: the rest is the frame.
        at = content.find(hole) if hole else -1
        if at >= 0 and content.find(hole, at + 1) < 0:
            frame_text = (content[:at], content[at + len(hole) :])
            epaper.remember(frame_key, lambda: frame_text, whole=True)
        return content

    def render_whole(self, template) -> bytes:
        """The page rendered by its template, encoded."""
        # Its template's {% extends … remembered %} need not hold it too.
        context = {**self.context_data, WHOLE_PAGE_HELD: True}
        return template.render(context, self._request).encode(self.charset)

    def spliced_text(self, node, template) -> bytes:
        """The text of the page's ``{% spliced %}`` block ``node``, encoded."""
        return splicing.render_spliced(node, template.template, self.context_data).encode(
            self.charset
        )


#: What leads the keys of pages' frames (:attr:`RememberedPageResponse.rendered_content`).
_FRAME = object()


class PublicView(PublicCacheMixin, PublicObjectMixin, TemplateView):
    response_class = RememberedPageResponse

    def get_context_data(self, **kwargs):
        # The page tabs' key when the view worked it out already (``pages|tabs_key:tabs_shown``
        # in ``includes/page_tabs.html``: the page view shows the list of pages twice).
        kwargs.setdefault("tabs_shown", None)
        return super().get_context_data(**kwargs)


def with_query(request, url: str) -> str:
    """``url`` with the request's query string, as sent (``?x=1``), for a redirect to a page's
    canonical address that keeps what the link asked for; ``url`` alone when there is none."""
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def bad_parameter(request, exc: BadParameter):
    """The 400 page for a query-string value no link of the site makes, saying what is wrong."""
    return render(request, "400.html", {"message": str(exc)}, status=400)


class PastLastPage(Http404):
    """``?page=`` names a page after a list's last: ``asked``, and the list's ``pages``."""

    def __init__(self, asked: int, pages: int) -> None:
        super().__init__(f"page {asked} of {pages}")
        self.asked, self.pages = asked, pages


class StrictPageMixin:
    """``?page=`` must be a page number (:func:`articles.params.page_number`): ``-1``, ``abc``,
    ``²``, ``①`` or a 10 KB value is a 400 that says what to send (a request no reader's link
    makes), a number past the last page a 404 that says so and links the last page (as the
    search's does: ``没有第 9 页：这里共 3 页。``)."""

    def get(self, request, *args, **kwargs):
        try:
            page_number(request, self.page_kwarg)
        except BadParameter as exc:
            return bad_parameter(request, exc)
        try:
            return super().get(request, *args, **kwargs)
        except PastLastPage as past:
            from articles.views.notfound import not_found  # (it imports the selectors)

            last = request.GET.copy()
            last[self.page_kwarg] = str(past.pages)
            return not_found(
                request,
                message=f"没有第 {past.asked} 页：这里共 {past.pages} 页。",
                link=(f"?{last.urlencode()}", f"看第 {past.pages} 页（最后一页）"),
            )

    def paginate_queryset(self, queryset, page_size):
        """Django's, but a number after the last page raises :class:`PastLastPage`."""
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            asked = page_number(self.request, self.page_kwarg)
            if not isinstance(asked, int):
                raise
            paginator = self.get_paginator(
                queryset,
                page_size,
                orphans=self.get_paginate_orphans(),
                allow_empty_first_page=self.get_allow_empty(),
            )
            if asked > paginator.num_pages >= 1:
                raise PastLastPage(asked, paginator.num_pages) from None
            raise
