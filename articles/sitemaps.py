"""sitemap.xml (papers, issues, pages, stories), a Google News sitemap of the last two days, and
robots.txt pointing at both. Published content only.

``/sitemap.xml`` is an index of the sections (:data:`SITEMAPS`), each Django's paginated sitemap
(:attr:`~django.contrib.sitemaps.Sitemap.limit` addresses a page, 50,000): past that the index
lists ``/sitemap-articles.xml?p=2``, ``?p=3`` …, and the section's view reads ``p``. So the page
cache keeps each ``p`` apart (:data:`sitemap_section`, ``query=``): a crawler asking for page 2
is never served page 1 (see :mod:`articles.httpcache`)."""

from __future__ import annotations

import functools
from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db import connections, router, transaction
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from articles import addresses
from articles.httpcache import PAGE_NUMBER, public_cache
from articles.models import Article, ArticlePart, Issue, Page, Publication, Status
from articles.publishing import UNPUBLISH_REASON
from articles.selectors import with_reader_names

# Google News reads at most 1,000 stories from one news sitemap.
NEWS_SITEMAP_LIMIT = 1000
NEWS_DAYS = 2


def published_or_withdrawn(**published) -> Q:
    """The history records (``Article.history``) of a story published, any way (the desk's
    bulk 发布所选稿件, a schedule, an issue's publication, an upload, a link), with ``published``
    the further lookups such a record must meet, or withdrawn (its reason
    :data:`~articles.publishing.UNPUBLISH_REASON`). ``articles.publishing`` writes 状态 in bulk
    with such a record but no 更新时间 (the desk forms' lost-update guard relies on it:
    ``articles.forms.guards.article_version``), so a sitemap's ``lastmod`` reads its time here."""
    return Q(status=Status.PUBLISHED, **published) | Q(
        history_change_reason__startswith=UNPUBLISH_REASON
    )


def latest(*times):
    """The latest of ``times`` that are known (timezone-aware datetimes), or ``None``."""
    known = [t for t in times if t is not None]
    return max(known) if known else None


#: What a page's and a story's address and ``lastmod`` read (:meth:`PageSitemap.lastmod`,
#: :meth:`ArticleSitemap.lastmod`, their ``get_absolute_url``): the other columns are left
#: unread, so that 50,000 rows do not make 150,000 whole objects (their JSON columns parsed,
#: their times converted), ≈ 0.06 ms a row of a sitemap page's Python (bench/HISTORY.md, stop 55).
_ISSUE_SHOWN = ("issue__date", "issue__updated_at", "issue__publication__slug")
_PAGE_SHOWN = ("label", "imported_at", *_ISSUE_SHOWN)
_STORY_SHOWN = ("updated_at", *_ISSUE_SHOWN)


class _Addresses(Sitemap):
    """A sitemap whose addresses are worked out with the request's script prefix and URLconf
    read once (:func:`articles.addresses.for_request`), not once an address."""

    def get_urls(self, page=1, site=None, protocol=None):
        with addresses.for_request():
            return super().get_urls(page=page, site=site, protocol=protocol)


class PaperSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return Publication.objects.public().order_by("slug")


class IssueSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Issue.objects.public().order_by("-date", "publication__slug")

    def lastmod(self, issue):
        return issue.updated_at


class PageSitemap(_Addresses):
    """The public pages (版面), each with its ``lastmod``: the last time anything the page view
    shows changed (:meth:`lastmod`). One query a sitemap page (the newest of its stories and
    its last publication or withdrawal subqueries, its page image a join)."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        newest_story = (
            ArticlePart.objects.filter(page=OuterRef("pk"))
            .order_by("-article__updated_at")
            .values("article__updated_at")[:1]
        )
        # Publishing and withdrawing write 状态 without a save time (published_or_withdrawn):
        # a record of the story published after its issue's last record (publishing the issue
        # publishes its stories just before that record, and moves the issue's 更新时间, read
        # already), or of its withdrawal.
        issued = OuterRef("issue__published_at")  # (an issue with no history yet)
        issue_recorded = (
            Issue.history.filter(id=OuterRef(OuterRef("issue_id")))
            .order_by("-history_date")
            .values("history_date")[:1]
        )
        newest_status_change = (
            Article.history.filter(
                published_or_withdrawn(history_date__gt=Coalesce(Subquery(issue_recorded), issued)),
                id__in=ArticlePart.objects.filter(page=OuterRef(OuterRef("pk"))).values(
                    "article_id"
                ),
            )
            .order_by("-history_date")
            .values("history_date")[:1]
        )
        return (
            Page.objects.public()
            .select_related("issue__publication")
            .only(*_PAGE_SHOWN)
            .annotate(
                newest_story_at=Subquery(newest_story),
                status_changed_at=Subquery(newest_status_change),
                picture_at=F("picture__updated_at"),
            )
            .order_by("-issue__date", "issue__publication__slug", "sequence")
        )

    def lastmod(self, page):
        """The latest of: the page's import (its text and 版名), its issue's 更新时间 (the
        issue's edits and publication), the newest 更新时间 of every story it prints, whatever
        its 状态 (an edit, a correction, a late continuation: see
        :mod:`articles.continuations.published`), the time the last of them was published or
        withdrawn (its headline and text come onto or leave every page that prints it, and
        ``articles.publishing`` writes the 状态 with a history record, the story's 状态 in it
        published or its reason ``UNPUBLISH_REASON``, but no 更新时间) and its page image's. A withdrawn story is a draft like any other (back to 草稿; there is no
        状态 of its own), so drafts count too: an edit of a draft moves the page's ``lastmod``
        without changing what it shows, which costs a search engine one needless visit, never
        a stale page. A timezone-aware datetime, or ``None`` when none is known."""
        return latest(
            page.imported_at,
            page.issue.updated_at,
            page.newest_story_at,
            page.status_changed_at,
            page.picture_at,
        )


class ArticleSitemap(_Addresses):
    """The public stories, each with its ``lastmod`` (:meth:`lastmod`). One query a sitemap
    page (its last publication or withdrawal a subquery)."""

    changefreq = "weekly"
    priority = 0.7

    def items(self):
        newest_status_change = (
            Article.history.filter(published_or_withdrawn(), id=OuterRef("pk"))
            .order_by("-history_date")
            .values("history_date")[:1]
        )
        return (
            Article.objects.public()
            .select_related("issue__publication")
            .only(*_STORY_SHOWN)
            .annotate(status_changed_at=Subquery(newest_status_change))
            .order_by("-issue__date", "issue__publication__slug", "page__sequence", "position")
        )

    def lastmod(self, article):
        """The latest of the story's 更新时间 and the last time it was published or withdrawn
        (:func:`published_or_withdrawn`: publishing later, by the desk's bulk action or a
        schedule, writes its 状态 with a history record but no 更新时间; crawlers should see the
        time readers could first read it). A timezone-aware datetime, or ``None``."""
        return latest(article.updated_at, getattr(article, "status_changed_at", None))


def without_jit(view):
    """``view`` with its statements run without JIT compilation on PostgreSQL (``SET LOCAL
    jit = off``, inside a transaction, rendered there; the setting as it was after): a sitemap page's statements list up
    to 50,000 pages or stories, each with subqueries (the page's public test, two ``EXISTS``;
    its newest story; its last publication), which the planner costs above ``jit_above_cost``.
    Compiling them took ≈ 0.5–2 s of a 50,000-page sitemap that runs in ≈ 2.5 s without
    (bench/HISTORY.md, stop 54); the rows are the same. As it is on other databases."""

    @functools.wraps(view)
    def run(request, *args, **kwargs):
        alias = router.db_for_read(Page)
        if connections[alias].vendor != "postgresql":
            return view(request, *args, **kwargs)
        with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
            cursor.execute("SELECT current_setting('jit'), set_config('jit', 'off', true)")
            was = cursor.fetchone()[0]
            response = view(request, *args, **kwargs)
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response = response.render()
            # (back as it was, also inside a longer transaction: a test's, ATOMIC_REQUESTS)
            cursor.execute("SELECT set_config('jit', %s, true)", [was])
            return response

    return run


SITEMAPS = {
    "papers": PaperSitemap,
    "issues": IssueSitemap,
    "pages": PageSitemap,
    "articles": ArticleSitemap,
}

#: ``/sitemap.xml``: the index of :data:`SITEMAPS` (it reads no query parameter; it counts each
#: section, without JIT: :func:`without_jit`).
sitemap_index = public_cache(without_jit(sitemap_views.index))
#: ``/sitemap-<section>.xml``: one section, its page ``?p=`` (Django's sitemap view reads ``p``),
#: without JIT (:func:`without_jit`).
sitemap_section = public_cache(without_jit(sitemap_views.sitemap), query={"p": PAGE_NUMBER})


def news_articles():
    """Stories of the issues dated today or yesterday (the last two days), newest first, and of
    a published issue dated later (tomorrow's edition published tonight): what the public pages,
    feeds and search show (``Article.objects.public()``, the one gate; no date of its own)."""
    since = timezone.localdate() - timedelta(days=NEWS_DAYS - 1)
    return (
        Article.objects.public()
        .filter(issue__date__gte=since)
        .select_related("issue__publication")
        .order_by("-issue__date", "issue__publication__slug", "page__sequence", "position")[
            :NEWS_SITEMAP_LIMIT
        ]
    )


@public_cache(daily=True)
def news_sitemap(request):
    """``/news-sitemap.xml``: the Google News sitemap (``news:`` namespace)."""
    entries = [
        {
            "loc": request.build_absolute_uri(article.get_absolute_url()),
            "name": article.reader_name,
            "paper": article.issue.publication.name,
            "date": article.issue.date.isoformat(),
        }
        # An untitled brief by its first words (one query, only when the list holds one).
        for article in with_reader_names(news_articles())
    ]
    return render(
        request,
        "articles/news_sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )


@public_cache
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('articles:sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('articles:news-sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
