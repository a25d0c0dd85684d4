"""An edition as printed: the issue (版面导航, every page with its section and headlines) and each
page (its stories in print order, photos, teasers, 上一版/下一版)."""

from __future__ import annotations

from functools import partial

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import get_template
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import View
from django.views.generic.base import TemplateResponseMixin

from articles import addresses, caching
from articles.citations import page_citation
from articles.continuations.joinedbylines import listed_byline
from articles.labels import LabelError, address_label
from articles.models import Page
from articles.opengraph import card_key, issue_card, page_card
from articles.overview import missing_shown
from articles.public import page_name, part_url, public_papers
from articles.queries import issue_dates, keep_only
from articles.selectors import (
    ISSUE_COLUMNS,
    adjacent_issues,
    byline_former_names,
    issue_parts_by_page,
    latest_issue,
    papers_with_issues,
    photo_credits,
    picture_pages,
    printed_page,
    published_part,
    untitled_names,
)
from articles.selectors.pagerows import frozen, rows_named, rows_shown
from articles.selectors.pages import PageRows, page_rows
from articles.selectors.photoshares import issue_lead_image
from articles.templatetags import epaper
from articles.templatetags.epaper import (
    calendar_key,
    cards_key,
    printed_key,
    tabs_key,
    teasers_key,
)
from articles.views.archive import month_calendar
from articles.views.base import (
    PublicObjectMixin,
    PublicView,
    RememberedPageResponse,
    frame_pages,
    label_meant,
    reader_root,
    with_query,
)
from articles.views.pagestories import page_stories, story_on_page
from articles.views.pictures import issue_thumbnails, page_picture


def issues_around(issue) -> tuple:
    """``(previous issue, next issue, month calendar)`` of ``issue``'s paper, as the issue page
    shows them, each issue with only the columns the public pages read of it (kept between
    renders, so unpickled on every render: :data:`articles.selectors.ISSUE_COLUMNS`)."""
    previous_issue, next_issue = adjacent_issues(issue)
    calendar = month_calendar(issue.publication, issue.date.year, issue.date.month, issue)
    for row in (previous_issue, next_issue, *calendar["issues"].values()):
        if row is not None:
            keep_only(row, ISSUE_COLUMNS)
    return previous_issue, next_issue, calendar


class IssueView(PublicView):
    """``/<paper>/<date>/``: the edition: its pages, sections and headlines, and 往期回顾."""

    template_name = "articles/issue_detail.html"

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        pages = frame_pages(issue)
        by_page = issue_parts_by_page(issue)
        # Untitled stories are listed by their first words: their first parts' (one query).
        listed = [part for parts in by_page.values() for part in parts]
        names = untitled_names({p.article_id for p in listed if not p.article.title})
        for page in pages:
            page.stories = page_stories(by_page.get(page.pk, []), names)
        picture_pages(issue, pages)  # a page of photos only: how many (a query, only then)
        issue_thumbnails(pages)
        previous_issue, next_issue, calendar = caching.kept(  # the paper's issues around it
            f"around:{issue.pk}",
            lambda: issues_around(issue),
            lambda _: [caching.calendar(issue.publication_id), caching.issue_frame(issue.pk)],
            shared=True,  # read only: shown as they are
        )
        caching.depends_on(
            caching.issue(issue.pk),
            caching.issue_frame(issue.pk),
            caching.calendar(issue.publication_id),
        )
        head_shown = issue_head_shown(issue, len(pages), previous_issue, next_issue)
        tabs, cards, canonical = tabs_key(pages), cards_key(pages), issue.get_absolute_url()
        og = issue_card(issue, pages, issue_lead_image(issue))
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            pages=pages,
            calendar=calendar,
            previous_issue=previous_issue,
            next_issue=next_issue,
            canonical=canonical,
            og=og,
            head_shown=head_shown,
            # 版次 missing between the pages readers have (A8 of A1–A16): said, so a reader
            # does not take the issue for whole (the whole page's key holds the labels: tabs).
            **_missing_pages([page.label for page in pages]),
            tabs_shown=tabs,
            cards_shown=cards,
            # The whole page (``{% extends … remembered %}``): the keys of its fragments (the
            # head's holds the paper, the issue's date and number for the masthead).
            page_shown=(head_shown, tabs, cards, calendar_key(calendar), canonical, card_key(og)),
            **kwargs,
        )


def _missing_pages(labels: list[str]) -> dict:
    """``missing_pages``: the 版次 missing between ``labels`` as the issue page says them
    (``A8``, ``A2、A4–A9（共 6 版）``: :func:`articles.overview.missing_shown`), ``""`` when none;
    ``missing_one``: whether that is a single page (the sentence's number)."""
    entries = missing_shown(labels, [])[0]
    return {
        "missing_pages": "、".join(entries),
        "missing_one": len(entries) == 1 and "–" not in entries[0],
    }


def issue_head_shown(issue, page_count: int, previous_issue, next_issue) -> tuple:
    """Everything an issue page's title, ``<link>``, heading, pager and side links show
    (``articles/issue_detail.html``), as plain values: their ``{% remembered %}`` key
    ``head_shown``, so they are rendered once per process for each set of values. Whatever
    those blocks read must be here."""
    paper = issue.publication
    return (
        (paper.name, paper.slug),
        (issue.date, issue.number, page_count),
        *(
            (other.get_absolute_url(), other.date) if other else None
            for other in (previous_issue, next_issue)
        ),
    )


class LatestIssueView(IssueView):
    """``/`` and ``/<paper>/``: the latest published issue of the default paper (or the named
    one), rendered in place; its dated URL is the canonical one. ``/`` of a site with several
    papers readers may see (a group's: :func:`articles.public.public_papers`) lists them
    instead, each with its latest issue, under the site's name: the page every page's 各报
    links to."""

    def get_issue(self):
        if not hasattr(self, "_issue"):
            self._issue = latest_issue(self.kwargs.get("paper", settings.NEWSROOM_DEFAULT_PAPER))
            if self._issue is None and "paper" in self.kwargs:
                raise Http404("no published issue of this paper")
        return self._issue

    def get(self, request, *args, **kwargs):
        if ("paper" not in self.kwargs and len(public_papers()) > 1) or self.get_issue() is None:
            # Several papers, or the default paper has nothing out yet: list those that have.
            return self.response_class(
                request=request,
                template=["articles/home.html"],
                context={
                    "papers": papers_with_issues(),
                    "canonical": addresses.address("articles:home"),
                },
                using=self.template_engine,
            )
        return super().get(request, *args, **kwargs)


def page_addresses(tabs: tuple):
    """``page_url(page)``: a page's address from ``tabs`` (:func:`tabs_key` of the issue's
    pages: each page's id, label, name and address, worked out once a render), or its
    ``get_absolute_url()`` for a page not among them."""
    known = {pk: url for pk, _label, _name, url in tabs}

    def page_url(page) -> str:
        found = known.get(page.pk)
        return found if found is not None else page.get_absolute_url()

    return page_url


def page_head_shown(issue, page, section: str, previous_page, next_page, page_url=None) -> tuple:
    """Everything a page's title, ``<link>``s, crumbs, heading and pager show
    (``articles/page_detail.html``), as plain values: their ``{% remembered %}`` key
    ``head_shown``, so they are rendered once per process for each set of values. ``section``:
    the page's name (:func:`articles.public.page_name`). Whatever those blocks read must be
    here. ``page_url``: as for :func:`~articles.views.pagestories.shown_on_page`."""
    page_url = page_url or Page.get_absolute_url
    paper = issue.publication
    return (
        (paper.get_absolute_url(), paper.name, paper.slug),
        (issue.get_absolute_url(), issue.date),
        (page.label, section),
        page_url(previous_page) if previous_page else None,
        page_url(next_page) if next_page else None,
    )


class PageView(PublicView):
    """``/<paper>/<date>/<label>/``: one printed page."""

    template_name = "articles/page_detail.html"
    url_name = "articles:page"
    #: Whether a page served again is its text remembered by its data (:meth:`read_page`). Off,
    #: every request builds the page from its rows (its text still found by what it shows,
    #: :class:`~articles.views.base.RememberedPageResponse`): what ``bench/uncached_bench.py``
    #: sets to measure that work alone; nothing else turns it off.
    text_by_data = True

    def get(self, request, *args, **kwargs):
        try:
            label = address_label(self.kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        issue, typed = self.get_issue(), self.kwargs["label"]
        meant = label_meant(issue, typed, label)  # (``第一版``, ``1`` → ``A1``)
        if meant is not None:
            return HttpResponsePermanentRedirect(with_query(request, self.page_url(issue, meant)))
        if label != typed:
            raise Http404("no such page")
        key = self.read_page(request)
        if key is not None:
            found = epaper.recall(key, whole=True)
            if found is not None:
                return HttpResponse(found)
        response = super().get(request, *args, **kwargs)
        if key is not None:
            response.add_post_render_callback(partial(_remember_page, key))
        return response

    def read_page(self, request) -> tuple | None:
        """Read the page's data (its issue, the issue's pages, its rows: :func:`page_rows`, its
        picture), say what it shows (:func:`articles.caching.depends_on`, as
        :meth:`get_context_data` does) and give the key its encoded text is remembered by for
        this process (:func:`articles.templatetags.epaper.remember`, with the whole pages):
        every value of that data, the template, the URLconf, the language, the reader's scheme
        and host and the day's gate dates (:func:`articles.queries.issue_dates`: whether the
        stories its photos and teasers name are public). A page served again then builds no
        row into an object and no context: it reads its data and looks its text up. The
        context is built from the same data (:meth:`get_context_data`), so the text kept under
        a key is the one its values give.

        None (the page renders as before, nothing read here) with :attr:`text_by_data` off, for
        a view that renders otherwise
        (the JSON twin), while something watches templates render (the test client) and for a
        label the issue has not (the 404 comes from :meth:`get_context_data`)."""
        if (
            not self.text_by_data
            or self.response_class is not RememberedPageResponse
            or type(self).render_to_response is not TemplateResponseMixin.render_to_response
            or template_rendered.receivers
        ):
            return None
        issue = self.get_issue()
        pages = frame_pages(issue)
        page = next((p for p in pages if p.label == self.kwargs["label"]), None)
        if page is None:
            return None
        rows = page_rows(page.pk)
        picture = page_picture(page)
        self._read = (pages, page, rows, picture)
        stories, people = rows_named(rows)
        caching.depends_on(
            caching.page(page.pk),
            caching.issue_frame(issue.pk),
            *(caching.story(pk) for pk in stories),
            *(caching.person(pk) for pk in people),
        )
        return (
            _ROWS_KEY,
            get_template(self.template_name, using=self.template_engine).template,
            addresses.mounted(),
            get_language(),
            reader_root(request),
            issue_dates(),
            _values(issue),
            _values(issue.publication),
            tuple(_values(p) for p in pages),
            page.pk,
            picture_shown(picture),
            rows_shown(rows, page.pk),
        )

    def page_url(self, issue, label):
        return reverse(
            self.url_name,
            kwargs={"paper": issue.publication.slug, "date": issue.date, "label": label},
        )

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        read: tuple[list, Page, PageRows, dict] | None = getattr(self, "_read", None)
        if read is None:
            picture = None
            printed = printed_page(issue, self.kwargs["label"], frame_pages(issue))
        else:  # the data :meth:`read_page` read, which keys the page's text
            pages, _page, rows, picture = read
            printed = printed_page(issue, self.kwargs["label"], pages, rows)
        if printed is None:
            raise Http404("no such page")
        page = printed.page
        # Each page's address once a render: the page tabs, the list of pages and the jumps.
        tabs = tabs_key(printed.pages)
        page_url = page_addresses(tabs)
        # Reporters renamed since the page printed their names: linked where the name is printed
        former = byline_former_names(
            (
                listed_byline(part.article),
                [b.person for b in printed.bylines.get(part.article_id, [])],
            )
            for part in printed.parts
        )
        entries = [
            story_on_page(entry, printed, page_url, former) for entry in page_stories(printed.parts)
        ]
        caching.depends_on(
            caching.page(page.pk),
            caching.issue_frame(issue.pk),
            *(caching.story(t.target_article_id) for t in printed.teasers if t.target_article_id),
            *(caching.story(photo.article_id) for photo in printed.photos if photo.article_id),
            *(
                caching.person(c.person_id)
                for photo in printed.photos
                for c in photo_credits(photo)
            ),
            *(caching.person(byline.person_id) for entry in entries for byline in entry["bylines"]),
        )
        # The page in print order: stories and photos by their position on the page.
        in_print_order = sorted(
            [("story", entry["part"].position, entry) for entry in entries]
            + [("photo", photo.position, photo) for photo in printed.photos],
            key=lambda item: item[1],
        )
        section, previous_page, next_page = (
            page_name(page),
            printed.previous_page,
            printed.next_page,
        )
        printed_items = [{"kind": kind, "item": item} for kind, _, item in in_print_order]
        head_shown = page_head_shown(issue, page, section, previous_page, next_page, page_url)
        if picture is None:
            picture = page_picture(page)
        printed_shown, teasers_shown = printed_key(printed_items), teasers_key(printed.teasers)
        canonical = page_url(page)
        permalink = reader_root(self.request) + canonical.lstrip("/")
        cited = page_citation(
            label=page.label,
            section=section,
            paper=issue.publication.name,
            day=issue.date,
            url=permalink,
        )
        body_shown = (
            head_shown,
            picture_shown(picture),
            printed_shown,
            teasers_shown,
            tabs,
            page.pk,
            (cited, permalink),  # 引用本版: the reader's host in it
        )
        # Everything the page shows but its stories and photos (``{% spliced printed_shown %}``):
        # the key of its frame (:class:`~articles.views.base.RememberedPageResponse`), so that
        # an edit to a story on it renders those alone.
        og = page_card(page, section, printed.photos)  # (its lead photo: in printed_shown)
        frame_shown = (
            (*body_shown[:2], None, *body_shown[3:]),
            issue.number,
            canonical,
            card_key(og),
        )
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            pages=printed.pages,
            page=page,
            page_label=section,
            stories=entries,
            printed=printed_items,
            photos=printed.photos,
            teasers=printed.teasers,
            previous_page=previous_page,
            next_page=next_page,
            head_shown=head_shown,
            tabs_shown=tabs,
            # The keys of the stories and photos in print order, and of the 导读, worked out
            # once a render (for the body's key and their own blocks).
            printed_shown=printed_shown,
            teasers_shown=teasers_shown,
            # The whole body (``{% block content %}``): the keys of the fragments inside it.
            body_shown=body_shown,
            # The whole page (``{% extends … remembered %}``): the body's key holds its head's
            # and its tabs'; the masthead shows the issue's number too.
            page_shown=(body_shown, issue.number, canonical, card_key(og)),
            frame_shown=frame_shown,
            canonical=canonical,
            og=og,
            citation=cited,
            permalink=permalink,
            # 版面大图 (articles.views.bigpicture): the route after the page's own
            big_picture_url=f"{canonical}picture/",
            **picture,
            **kwargs,
        )


#: What leads the keys of pages remembered by their data (:meth:`PageView.read_page`).
_ROWS_KEY = object()


def _values(row) -> tuple:
    """Every value a row read for a public page holds (its columns and what the view set on it,
    ``name``; not its state or related objects), in a plain tuple (:func:`frozen`)."""
    items = tuple((name, value) for name, value in row.__dict__.items() if name[0] != "_")
    try:
        hash(items)  # in C: only a list or dict among the values (a JSON column) refuses
    except TypeError:
        return tuple((name, frozen(value)) for name, value in items)
    return items


def _remember_page(key: tuple, response) -> None:
    """Remember ``response``'s text under ``key`` (:meth:`PageView.read_page`) once rendered."""
    content = response.content
    epaper.remember(key, lambda: content, whole=True)


def picture_shown(picture: dict) -> tuple | None:
    """Everything ``includes/page_picture.html`` shows (besides the page's label, which the
    page's ``head_shown`` holds), as plain values, from :func:`page_picture`'s context: None
    for a page without a picture. Whatever that template reads must be here."""
    found = picture["picture"]
    if found is None:
        return picture["picture_withheld"] or None
    return (
        found.image.url if found.image else "",
        found.width,
        found.height,
        picture["pdf_url"],
        picture["view_box"],
        tuple((z["url"], z["kind"], z["title"], z["path"]) for z in picture["zones"]),
        picture["pdf_download"],
    )


class PartView(PublicObjectMixin, View):
    """``/<paper>/<date>/<label>/<position>/``: a printed part's own address leads to the whole
    story, at that part (301, so links and search engines keep the story's URL)."""

    def get(self, request, *args, **kwargs):
        try:
            label = address_label(kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        part = published_part(kwargs["paper"], kwargs["date"], label, kwargs["position"])
        if part is None:  # ``/第一版/1/``, ``/1/1/``: the part on the one page numbered so
            meant = label_meant(self.get_issue(), kwargs["label"], label)
            if meant is not None and meant != label:
                part = published_part(kwargs["paper"], kwargs["date"], meant, kwargs["position"])
        if part is None:
            raise Http404("no such part")
        return HttpResponsePermanentRedirect(part_url(part.article, part))
