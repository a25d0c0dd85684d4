"""Reporters and photographers (everyone's published stories and photos) and the paper's
sections (版名), each a list newest first."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from articles import caching
from articles.httpcache import PublicCacheMixin
from articles.models import Person
from articles.public import FRONT_PAGE, page_name, section_articles, section_printed, share_issue
from articles.selectors import paper_sections, person_articles, person_photos, published_people
from articles.views.base import PublicObjectMixin, PublicView, StrictPageMixin


def section_tags(paper_pk, name: str) -> list[str]:
    """The cache tags of the section a reader names: a change bumps the tag of its page's
    stored ``section``, which is ``""`` on a front page printed without a name (头版)."""
    tags = [caching.section(paper_pk, name)]
    if name == FRONT_PAGE:
        tags.append(caching.section(paper_pk, ""))
    return tags


def with_sections(articles) -> None:
    """Each story of a list with its issue shared and its ``section`` (its page's name)."""
    for article in articles:
        share_issue(article.issue, [article.page])
        article.section = page_name(article.page)


class PersonView(StrictPageMixin, PublicCacheMixin, PublicObjectMixin, ListView):
    """``/people/<name>/``: a reporter's or photographer's published stories and photos,
    newest first."""

    template_name = "articles/person_detail.html"
    context_object_name = "articles"
    paginate_by = 30

    def get_queryset(self):
        self.person = get_object_or_404(Person, name=self.kwargs["name"])
        return person_articles(self.person)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        photos = []
        if context["page_obj"].number == 1:
            photos = person_photos(self.person)
            if not photos and not context["object_list"]:
                raise Http404("nothing published by this person")
        with_sections(context["object_list"])
        caching.depends_on(
            caching.person(self.person.pk), caching.works(self.person.pk), caching.PHOTOS
        )
        context.update(person=self.person, photos=photos, canonical=self.request.path)
        return context


class PeopleView(PublicView):
    """``/people/``: everyone with a published story or photo."""

    template_name = "articles/people_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            people=published_people(), canonical=self.request.path, **kwargs
        )


class SectionListView(PublicView):
    """``/<paper>/sections/``: the paper's sections (版名) and when each last ran."""

    template_name = "articles/section_list.html"

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        caching.depends_on(caching.calendar(publication.pk))
        return super().get_context_data(
            publication=publication,
            sections=paper_sections(publication),
            canonical=self.request.path,
            **kwargs,
        )


class FeedListView(PublicView):
    """``/<paper>/feeds/``: what a feed is and the paper's feeds (the latest issue, each
    section), for readers who follow 订阅 and would otherwise land on raw XML."""

    template_name = "articles/feed_list.html"

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        return super().get_context_data(
            publication=publication,
            sections=paper_sections(publication),
            canonical=self.request.path,
            **kwargs,
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
        if not context["object_list"] and not section_printed(
            self.publication, self.kwargs["section"]
        ):
            raise Http404("no published page in this section")
        with_sections(context["object_list"])
        caching.depends_on(*section_tags(self.publication.pk, self.kwargs["section"]))
        context.update(
            publication=self.publication,
            section=self.kwargs["section"],
            canonical=self.request.path,
        )
        return context
