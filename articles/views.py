"""The public e-paper: an edition as printed, page by page, and every story whole.

Class-based views over the models' ``objects.public()`` querysets (:mod:`articles.querysets`;
nothing unpublished is ever reachable: it is a 404), each wrapped in the content-versioned HTTP cache
(:mod:`articles.httpcache`). Every view takes a fixed number of queries however many pages,
stories, parts or photos there are: related rows come by ``select_related``/``prefetch_related``
and objects already in hand are shared instead of fetched again.

The JSON twins (:mod:`articles.api`) subclass these views and render the same context as JSON.
"""

from __future__ import annotations

import calendar
from datetime import date

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.generic import ListView, TemplateView, View

from articles.httpcache import PublicCacheMixin
from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Issue,
    Page,
    Person,
    Photo,
    Publication,
)
from articles.params import BadParameter, page_number
from articles.public import (
    lead,
    news_article_ld,
    page_name,
    part_url,
    photos_with_credits,
    section_articles,
    share_issue,
)
from articles.querysets import PUBLISHED, is_public
from articles.related import related_articles

WEEKDAYS = "一二三四五六日"


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
            self._issue = get_object_or_404(
                Issue.objects.public(),
                publication__slug=self.kwargs["paper"],
                date=self.kwargs["date"],
            )
        return self._issue


class PublicView(PublicCacheMixin, PublicObjectMixin, TemplateView):
    pass


# ----------------------------------------------------------------------------------------------
# Issue: 版面导航, every page with its section and headlines
# ----------------------------------------------------------------------------------------------


def page_stories(parts) -> list[dict]:
    """A page's printed stories in print order, each as the page shows it."""
    result = []
    for part in parts:
        article = part.article
        result.append(
            {
                "part": part,
                "article": article,
                "url": part_url(article, part),
                "continued_from": part.continued_from if part.is_continuation else "",
            }
        )
    return result


class IssueView(PublicView):
    """``/<paper>/<date>/``: the edition: its pages, sections and headlines, and 往期回顾."""

    template_name = "articles/issue_detail.html"

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        pages = list(issue.pages.defer("raw_text"))
        parts = (
            ArticlePart.objects.public()
            .filter(page__issue=issue)
            .select_related("article")
            .order_by("page__sequence", "position")
        )
        by_page: dict[int, list] = {}
        for part in parts:
            part.article.issue = issue
            by_page.setdefault(part.page_id, []).append(part)
        for page in pages:
            page.stories = page_stories(by_page.get(page.pk, []))
            page.name = page_name(page)
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            pages=pages,
            calendar=month_calendar(issue.publication, issue.date.year, issue.date.month, issue),
            previous_issue=Issue.objects.public()
            .filter(publication=issue.publication, date__lt=issue.date)
            .order_by("-date")
            .first(),
            next_issue=Issue.objects.public()
            .filter(publication=issue.publication, date__gt=issue.date)
            .order_by("date")
            .first(),
            canonical=issue.get_absolute_url(),
            **kwargs,
        )


class LatestIssueView(IssueView):
    """``/`` and ``/<paper>/``: the latest published issue of the default paper (or the named
    one), rendered in place; its dated URL is the canonical one."""

    def get_issue(self):
        if not hasattr(self, "_issue"):
            slug = self.kwargs.get("paper", settings.NEWSROOM_DEFAULT_PAPER)
            self._issue = (
                Issue.objects.public().filter(publication__slug=slug).order_by("-date").first()
            )
            if self._issue is None and "paper" in self.kwargs:
                raise Http404("no published issue of this paper")
        return self._issue

    def get(self, request, *args, **kwargs):
        if self.get_issue() is None:
            # The default paper has nothing out yet: list the papers that have.
            papers = (
                Publication.objects.annotate(
                    latest=Max("issues__date", filter=Q(issues__status=PUBLISHED))
                )
                .filter(latest__isnull=False)
                .order_by("name")
            )
            return self.response_class(
                request=request,
                template=["articles/home.html"],
                context={"papers": papers},
                using=self.template_engine,
            )
        return super().get(request, *args, **kwargs)


def month_calendar(publication, year: int, month: int, current=None) -> dict:
    """A month as weeks of days (Monday first); only days with a published issue are links."""
    issues = {
        issue.date: issue
        for issue in Issue.objects.public().filter(
            publication=publication, date__year=year, date__month=month
        )
    }
    # itermonthdays3, not monthdatescalendar: the days around December 9999 are not dates
    # (a day outside 1..9999 is None and shows blank), so no month can overflow.
    days = [
        date(y, m, d) if date.min.year <= y <= date.max.year else None
        for y, m, d in calendar.Calendar(firstweekday=0).itermonthdays3(year, month)
    ]
    weeks = []
    for start in range(0, len(days), 7):
        weeks.append(
            [
                {
                    "day": day,
                    "in_month": day is not None and day.month == month,
                    "issue": issues.get(day) if day is not None and day.month == month else None,
                    "current": current is not None and day == current.date,
                }
                for day in days[start : start + 7]
            ]
        )
    return {
        "publication": publication,
        "year": year,
        "month": month,
        "weeks": weeks,
        "weekdays": WEEKDAYS,
        "issues": issues,
    }


# ----------------------------------------------------------------------------------------------
# Page: its stories in print order, photos, teasers, 上一版/下一版
# ----------------------------------------------------------------------------------------------


class PageView(PublicView):
    """``/<paper>/<date>/<label>/``: one printed page."""

    template_name = "articles/page_detail.html"
    url_name = "articles:page"

    def get(self, request, *args, **kwargs):
        try:
            label = normalize_label(self.kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        if label != self.kwargs["label"]:
            self.kwargs["label"] = label
            issue = self.get_issue()
            if issue.pages.filter(label=label).exists():
                return HttpResponsePermanentRedirect(self.page_url(issue, label))
            raise Http404("no such page")
        return super().get(request, *args, **kwargs)

    def page_url(self, issue, label):
        return reverse(
            self.url_name,
            kwargs={"paper": issue.publication.slug, "date": issue.date, "label": label},
        )

    def get_context_data(self, **kwargs):
        issue = self.get_issue()
        pages = list(issue.pages.defer("raw_text"))
        page = next((p for p in pages if p.label == self.kwargs["label"]), None)
        if page is None:
            raise Http404("no such page")
        for p in pages:
            p.name = page_name(p)
        index = pages.index(page)
        by_label = {p.label: p for p in pages}

        parts = list(
            ArticlePart.objects.public()
            .filter(page=page)
            .select_related("article__page")
            .defer("article__page__raw_text")
            .prefetch_related(
                Prefetch("article__parts", queryset=ArticlePart.objects.with_pages()),
                Prefetch(
                    "article__bylines",
                    queryset=Byline.objects.select_related("person").order_by("order"),
                ),
            )
            .order_by("position")
        )
        for part in parts:
            article = part.article
            article.issue = issue
            share_issue(issue, [article.page, *(p.page for p in article.parts.all())])
        entries = page_stories(parts)
        for entry in entries:
            article, part = entry["article"], entry["part"]
            ordered = article.ordered_parts()
            later = [p for p in ordered if p.sequence > part.sequence]
            earlier = [p for p in ordered if p.sequence < part.sequence]
            entry["continued_on"] = later[0] if later else None
            entry["continued_from_page"] = (
                earlier[-1].page if earlier else by_label.get(entry["continued_from"])
            )
            entry["lead"] = lead(part.blocks, 140)

        photos = list(
            photos_with_credits(
                page.photos.select_related("article__issue__publication").order_by("position")
            )
        )
        for photo in photos:
            photo.visible_article = photo.article if is_public(photo.article) else None

        teasers = list(
            page.teasers.select_related(
                "target_article__issue__publication", "target_article__page"
            )
            .defer("target_article__page__raw_text")
            .order_by("position")
        )
        for teaser in teasers:
            target = teaser.target_article
            if is_public(target):
                teaser.url = target.get_absolute_url()
            elif teaser.target_label in by_label:
                teaser.url = by_label[teaser.target_label].get_absolute_url()
            else:
                teaser.url = ""

        # The page in print order: stories and photos by their position on the page.
        printed = sorted(
            [("story", entry["part"].position, entry) for entry in entries]
            + [("photo", photo.position, photo) for photo in photos],
            key=lambda item: item[1],
        )
        return super().get_context_data(
            issue=issue,
            publication=issue.publication,
            pages=pages,
            page=page,
            page_label=page_name(page),
            stories=entries,
            printed=[{"kind": kind, "item": item} for kind, _, item in printed],
            photos=photos,
            teasers=teasers,
            previous_page=pages[index - 1] if index > 0 else None,
            next_page=pages[index + 1] if index + 1 < len(pages) else None,
            canonical=page.get_absolute_url(),
            **kwargs,
        )


class PartView(PublicObjectMixin, View):
    """``/<paper>/<date>/<label>/<position>/``: a printed part's own address leads to the whole
    story, at that part (301, so links and search engines keep the story's URL)."""

    def get(self, request, *args, **kwargs):
        try:
            label = normalize_label(kwargs["label"])
        except LabelError as exc:
            raise Http404(str(exc)) from exc
        part = get_object_or_404(
            ArticlePart.objects.public().select_related("article__issue__publication"),
            page__issue__publication__slug=kwargs["paper"],
            page__issue__date=kwargs["date"],
            page__label=label,
            position=kwargs["position"],
        )
        return HttpResponsePermanentRedirect(part_url(part.article, part))


# ----------------------------------------------------------------------------------------------
# Story: the whole article across pages
# ----------------------------------------------------------------------------------------------


class ArticleView(PublicView):
    """``/<paper>/<date>/article/<pk>/``: a stitched story with its deck, every part in order,
    jump markers linking both pages, photos, 上一篇/下一篇 within its page and related stories."""

    template_name = "articles/article_detail.html"

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A continuation that was a story of its own before its jump was resolved.
            moved = (
                ArticleRedirect.objects.filter(old_id=self.kwargs["pk"])
                .select_related("article__issue__publication")
                .first()
            )
            if (
                moved is not None
                and Article.objects.public().with_parts().filter(pk=moved.article_id).exists()
            ):
                return HttpResponsePermanentRedirect(moved.article.get_absolute_url())
            raise

    def get_article(self) -> Article:
        if not hasattr(self, "_article"):
            self._article = get_object_or_404(
                Article.objects.public().with_parts(),
                issue__publication__slug=self.kwargs["paper"],
                issue__date=self.kwargs["date"],
                pk=self.kwargs["pk"],
            )
        return self._article

    def get_context_data(self, **kwargs):
        article = self.get_article()
        issue = article.issue
        parts = article.ordered_parts()
        share_issue(issue, [article.page, *(part.page for part in parts)])
        previous = None
        for part in parts:
            part.previous_page = previous
            previous = part.page

        # 上一篇 / 下一篇: the stories printed on the story's home page, in print order.
        neighbours = []
        for part in (
            ArticlePart.objects.public()
            .filter(page=article.page_id)
            .select_related("article")
            .order_by("position")
        ):
            if part.article_id not in [a.pk for a in neighbours]:
                part.article.issue = issue
                neighbours.append(part.article)
        # (An editor may have moved the story's first part off its home page: then no neighbours.)
        index = next((i for i, a in enumerate(neighbours) if a.pk == article.pk), None)
        if index is None:
            neighbours, index = [article], 0

        photos = list(photos_with_credits(article.photos.order_by("page__sequence", "position")))
        pages = list(issue.pages.defer("raw_text"))
        for page in pages:
            page.name = page_name(page)
        return super().get_context_data(
            article=article,
            issue=issue,
            publication=issue.publication,
            pages=pages,
            parts=parts,
            printed_pages=article.printed_pages(),
            reporters=[b.person for b in article.bylines.all()],
            section=page_name(article.page),
            photos=photos,
            previous_article=neighbours[index - 1] if index > 0 else None,
            next_article=neighbours[index + 1] if index + 1 < len(neighbours) else None,
            related=related_articles(article, limit=5),
            json_ld=news_article_ld(article, self.request),
            canonical=article.get_absolute_url(),
            **kwargs,
        )


# ----------------------------------------------------------------------------------------------
# 往期回顾: a month of issues
# ----------------------------------------------------------------------------------------------


class MonthView(PublicView):
    """``/<paper>/<YYYY>/<MM>/``: a month calendar; only days with an issue are links."""

    template_name = "articles/month_archive.html"

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        # The URL converters only let through the years of articles.dates and months 01–12.
        year, month = self.kwargs["year"], self.kwargs["month"]
        cal = month_calendar(publication, year, month)
        if not cal["issues"]:
            raise Http404("no published issue in this month")
        months = list(
            Issue.objects.public()
            .filter(publication=publication)
            .dates("date", "month", order="DESC")
        )
        this = date(year, month, 1)
        years: dict[int, list[date]] = {}
        for m in months:
            years.setdefault(m.year, []).append(m)
        return super().get_context_data(
            publication=publication,
            calendar=cal,
            month_start=this,
            years=sorted(years.items(), reverse=True),
            previous_month=next((m for m in months if m < this), None),
            next_month=next((m for m in reversed(months) if m > this), None),
            canonical=self.request.path,
            **kwargs,
        )


# ----------------------------------------------------------------------------------------------
# Reporters and photographers, sections
# ----------------------------------------------------------------------------------------------


def bad_parameter(request, exc: BadParameter):
    """The 400 page for a query-string value no link of the site makes, saying what is wrong."""
    return render(request, "400.html", {"message": str(exc)}, status=400)


class StrictPageMixin:
    """``?page=`` must be a page number (:func:`articles.params.page_number`): ``-1``, ``abc``,
    ``²``, ``①`` or a 10 KB value is a 400 that says what to send (a request no reader's link
    makes), a number past the last page a 404."""

    def get(self, request, *args, **kwargs):
        try:
            page_number(request, self.page_kwarg)
        except BadParameter as exc:
            return bad_parameter(request, exc)
        return super().get(request, *args, **kwargs)


class PersonView(StrictPageMixin, PublicCacheMixin, PublicObjectMixin, ListView):
    """``/people/<name>/``: a reporter's or photographer's published stories and photos,
    newest first."""

    template_name = "articles/person_detail.html"
    context_object_name = "articles"
    paginate_by = 30

    def get_queryset(self):
        self.person = get_object_or_404(Person, name=self.kwargs["name"])
        return (
            Article.objects.public()
            .filter(bylines__person=self.person)
            .select_related("issue__publication", "page")
            .defer("page__raw_text")
            .order_by("-issue__date", "page__sequence", "position")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        photos = []
        if context["page_obj"].number == 1:
            photos = list(
                Photo.objects.public()
                .filter(credits__person=self.person)
                .select_related("page__issue__publication", "article__issue")
                .defer("page__raw_text")
                .order_by("-page__issue__date", "page__sequence", "position")[:60]
            )
            if not photos and not context["object_list"]:
                raise Http404("nothing published by this person")
        for photo in photos:
            photo.page.name = page_name(photo.page)
            photo.visible_article = photo.article if is_public(photo.article) else None
            if photo.visible_article:
                photo.visible_article.issue.publication = photo.page.issue.publication
        for article in context["object_list"]:
            share_issue(article.issue, [article.page])
            article.section = page_name(article.page)
        context.update(person=self.person, photos=photos, canonical=self.request.path)
        return context


class PeopleView(PublicView):
    """``/people/``: everyone with a published story or photo."""

    template_name = "articles/people_list.html"

    def get_context_data(self, **kwargs):
        visible_story = Q(
            bylines__article__status=PUBLISHED, bylines__article__issue__status=PUBLISHED
        )
        visible_photo = Q(photo_credits__photo__page__issue__status=PUBLISHED)
        people = (
            Person.objects.annotate(
                stories=Count("bylines", filter=visible_story, distinct=True),
                photo_count=Count("photo_credits", filter=visible_photo, distinct=True),
            )
            .filter(Q(stories__gt=0) | Q(photo_count__gt=0))
            .order_by("name")
        )
        return super().get_context_data(people=people, canonical=self.request.path, **kwargs)


class SectionListView(PublicView):
    """``/<paper>/sections/``: the paper's sections (版名) and when each last ran."""

    template_name = "articles/section_list.html"

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        sections = (
            Page.objects.public()
            .filter(issue__publication=publication)
            .exclude(section="")
            .values("section")
            .annotate(pages=Count("id"), latest=Max("issue__date"))
            .order_by("section")
        )
        return super().get_context_data(
            publication=publication, sections=sections, canonical=self.request.path, **kwargs
        )


class SectionView(StrictPageMixin, PublicCacheMixin, PublicObjectMixin, ListView):
    """``/<paper>/sections/<section>/``: stories printed in a section, newest first."""

    template_name = "articles/section_detail.html"
    context_object_name = "articles"
    paginate_by = 30

    def get_queryset(self):
        self.publication = self.get_publication()
        return section_articles(self.publication, self.kwargs["section"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["object_list"]:
            raise Http404("no published story in this section")
        for article in context["object_list"]:
            share_issue(article.issue, [article.page])
            article.section = page_name(article.page)
        context.update(
            publication=self.publication,
            section=self.kwargs["section"],
            canonical=self.request.path,
        )
        return context
