"""Reporters and photographers (everyone's published stories and photos) and the paper's
sections (版名), each a list newest first.

A person's address holds the name as stored (as printed in the byline). A reader may type it in
the other script (``/people/何曉雨/`` for 何晓雨, as search lets them): a name no one bears is
looked up again folded (:func:`articles.text.fold`, search's folding: traditional = simplified,
full-width = half-width) among the people with published work, and one match is a permanent
redirect to that person's address; several (何晓雨 and 何曉雨 stored apart) are listed, for the
reader to choose. So is a Chinese name typed with blanks between its characters (``/people/苏 明远/``
for 苏明远: :func:`~articles.selectors.name_unspaced`); a name in letters keeps its spaces. A name stored otherwise encoded (``Zoe`` + U+0308 for ``Zoë``, a PDF's Kangxi
radical: :func:`articles.namechars.name_canonical`) is looked up the same way, and the person
who bears it exactly is the one it leads to. A name the desk renamed a person from (曾用名,
:class:`~articles.models.PersonAlias`) is a permanent redirect to the person's page. A name
two people bear (同名记者, told apart by their notes: :mod:`articles.people`) lists them, each
linking their own page, ``/people/<name>/<id>/`` (:class:`PersonOneView`)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.views.generic import ListView

from articles import caching
from articles.httpcache import PublicCacheMixin
from articles.labels import section_tidy
from articles.models import Person, PersonMerged
from articles.namechars import name_canonical
from articles.nameorder import name_order
from articles.public import (
    FRONT_PAGE,
    page_name,
    person_feed_url,
    section_articles,
    section_printed,
    section_url,
    share_issue,
)
from articles.selectors import (
    name_unspaced,
    paper_sections,
    people_named_alike,
    person_articles,
    person_formerly,
    person_photos,
    published_people,
    section_named_alike,
    with_photos_shown,
    with_reader_names,
)
from articles.views.base import PaddedId, PublicObjectMixin, PublicView, StrictPageMixin


def section_tags(paper_pk, name: str) -> list[str]:
    """The cache tags of the section a reader names: a change bumps the tag of its page's
    stored ``section``, which is ``""`` on a front page printed without a name (头版)."""
    tags = [caching.section(paper_pk, name)]
    if name == FRONT_PAGE:
        tags.append(caching.section(paper_pk, ""))
    return tags


def with_sections(articles) -> None:
    """Each story of a list with its issue shared, its ``section`` (its page's name) and its
    ``reader_name`` (an untitled brief's first words:
    :func:`articles.selectors.with_reader_names`, one query only when the list holds one)."""
    with_reader_names(articles)
    for article in articles:
        share_issue(article.issue, [article.page])
        article.section = page_name(article.page)


def by_pinyin(people) -> list[Person]:
    """``people`` in the order a Chinese reader expects (:func:`articles.nameorder.name_order`:
    by pinyin, namesakes by their 区分说明), not by code point."""
    return sorted(people, key=lambda person: name_order(person.name, person.note))


def _moved(request, address: str):
    """A permanent redirect to ``address``, the query string (``?page=2``) kept."""
    query = urlencode(request.GET, doseq=True)
    return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)


class PersonView(StrictPageMixin, PublicCacheMixin, PublicObjectMixin, ListView):
    """``/people/<name>/``: a reporter's or photographer's published stories and photos,
    newest first."""

    template_name = "articles/person_detail.html"
    context_object_name = "articles"
    paginate_by = 30
    photos_listed = 60  # the latest photos listed (摄影作品: the count says them all)

    def get(self, request, *args, **kwargs):
        name = kwargs["name"]
        if name_canonical(name) != name:  # the stored name encoded otherwise: its address
            return self._named_alike(request, name)
        people = list(Person.objects.filter(name=name))
        if not people:
            return self._named_alike(request, name)
        if len(people) > 1:  # namesakes (同名记者), each told apart by a note: listed
            return self._listed(request, list(published_people().filter(name=name)))
        self.person = people[0]
        if self.person.note:  # the one left of namesakes: their own address
            return _moved(request, self.person.get_absolute_url())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return person_articles(self.person)

    def _named_alike(self, request, name: str):
        """For a name no one bears as asked: a 301 to the one person with published work whose
        name is the same folded (the one whose name it is in canonical form, when one is), a
        page listing them when there are several, else 404. The query string (``?page=2``)
        goes along."""
        renamed = person_formerly(name)  # a name the desk renamed them from (曾用名)
        if renamed is not None:
            return _moved(request, renamed.get_absolute_url())
        people = list(people_named_alike(name))
        canonical = name_canonical(name)
        exact = (canonical, name_unspaced(canonical))
        people = [p for p in people if p.name in exact] or people
        return self._listed(request, people)

    def _listed(self, request, people: list[Person]):
        """The people a name leads to (several spellings alike, or namesakes told apart by
        their notes), each linking their own page; one is a 301 to theirs, none a 404."""
        if not people:
            raise Http404("No Person matches the given query.")
        if len(people) == 1:
            return _moved(request, people[0].get_absolute_url())
        # (no cache tag declared: the list is rendered again after any change, so a person
        # added, renamed, split or merged since is never missed)
        return TemplateResponse(
            request,
            "articles/people_list.html",
            {
                "people": by_pinyin(with_photos_shown(people)),
                "canonical": request.path,
                "tabs_shown": None,
            },
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        photos, photo_count = [], 0
        if context["page_obj"].number == 1:
            # (each photo as readers are shown it: one printed twice in an issue once)
            photos, photo_count = person_photos(self.person, limit=self.photos_listed)
            if not photos and not context["object_list"]:
                raise Http404("nothing published by this person")
        with_sections(context["object_list"])
        caching.depends_on(
            caching.person(self.person.pk), caching.works(self.person.pk), caching.PHOTOS
        )
        context.update(
            person=self.person,
            photos=photos,
            photo_count=photo_count,
            canonical=self.request.path,
            feed_url=person_feed_url(self.person),
        )
        return context


class PersonOneView(PersonView):
    """``/people/<name>/<id>/``: the page of one of several people bearing a name (同名记者),
    told apart by their note (区分说明). The id is what stays: one renamed since, or alone with
    the name again (no note: ``/people/<name>/``), is a 301 to their address now; one merged
    into another (:class:`~articles.models.PersonMerged`) a 301 to that person's."""

    def get(self, request, *args, **kwargs):
        pk, name = kwargs["pk"], kwargs["name"]
        person = Person.objects.filter(pk=pk).first()
        if person is None:
            merged = PersonMerged.objects.filter(former_id=pk).select_related("person").first()
            if merged is None:
                raise Http404("No Person matches the given query.")
            return _moved(request, merged.person.get_absolute_url())
        if not person.note or person.name != name or isinstance(pk, PaddedId):
            return _moved(request, person.get_absolute_url())
        self.person = person
        return super(PersonView, self).get(request, *args, **kwargs)


class PeopleView(PublicView):
    """``/people/``: everyone with a published story or photo."""

    template_name = "articles/people_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            people=by_pinyin(with_photos_shown(list(published_people()))),
            canonical=self.request.path,
            **kwargs,
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

    def get(self, request, *args, **kwargs):
        """A section named with the spaces a page set its 版名 with (``要　闻``, ``要 闻``: the
        section 要闻, :func:`articles.labels.section_tidy`) or named in the other script (要聞
        for 要闻, when no published page prints 要聞: :func:`~articles.selectors.section_named_alike`,
        one query more, on a 404): a permanent redirect to the section's address, the query
        string kept (as people pages do), so its page is cached under the one address its
        changes expire."""
        named = section_tidy(kwargs["section"])
        if named == kwargs["section"]:
            try:
                return super().get(request, *args, **kwargs)
            except Http404:
                named = section_named_alike(self.get_publication(), kwargs["section"])
                if not named or named == kwargs["section"]:
                    raise
        query = urlencode(request.GET, doseq=True)
        address = section_url(self.get_publication(), named)
        if not address:
            raise Http404("no section name")
        return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)

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
