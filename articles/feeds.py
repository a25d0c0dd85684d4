"""Atom feeds: the latest issue of every paper (``/feed.xml``), of a paper, each section and
each reporter or photographer. Published stories only.

Each item links to the whole story and carries its reporters, its section and the opening of
its text; the feed framework escapes everything for XML. XML 1.0 cannot carry most control
characters at all (a vertical tab pasted from Word, an ESC from an OCR dump), so every text of
the feed is written without them (:class:`XmlSafeAtomFeed`): the story page still shows what is
stored, and the feed never fails for one stray character.
"""

from __future__ import annotations

import re

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from articles import caching
from articles.addresses import address
from articles.httpcache import public_cache
from articles.models import Article, Issue, Person, Publication
from articles.public import (
    issue_datetime,
    lead,
    page_name,
    reporters,
    section_articles,
    section_printed,
    section_url,
)
from articles.selectors import (
    has_public_photos,
    people_named_alike,
    person_credited_stories,
    section_named_alike,
)

SECTION_FEED_SIZE = 50

# What XML 1.0 cannot carry: C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value):
    """``value`` without the characters XML 1.0 cannot carry; anything that is no string (a date,
    a list of categories, None) is returned as it is, lists and tuples cleaned item by item."""
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_text(item) for item in value)
    return value


class XmlSafeAtomFeed(Atom1Feed):
    """Django's Atom feed, with every text of the feed and its items made XML-safe first."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *(xml_text(a) for a in args), **{k: xml_text(v) for k, v in kwargs.items()}
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *(xml_text(a) for a in args), **{k: xml_text(v) for k, v in kwargs.items()}
        )


class StoryFeed(Feed):
    feed_type = XmlSafeAtomFeed
    language = "zh-Hans"

    def item_title(self, article):
        return article.name_for_readers()  # (its parts are prefetched: no query)

    def item_description(self, article):
        return lead(article.blocks(), 200)

    def item_link(self, article):
        return article.get_absolute_url()

    def item_author_name(self, article):
        return "、".join(reporters(article)) or None

    def item_pubdate(self, article):
        return issue_datetime(article.issue)

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        name = page_name(article.page)
        return [name] if name else []


class LatestIssueFeed(StoryFeed):
    """``/<paper>/feed.xml``: every story of the paper's latest published issue, in print order."""

    def get_object(self, request, paper):
        issue = Issue.objects.public().filter(publication__slug=paper).order_by("-date").first()
        if issue is None:
            raise Http404("no published issue of this paper")
        return issue

    def title(self, issue):
        return f"{issue.publication.name} {issue.date:%Y-%m-%d}"

    def subtitle(self, issue):
        return f"{issue.publication.name} {issue.date.year}年{issue.date.month}月{issue.date.day}日 各版稿件"

    def link(self, issue):
        return issue.get_absolute_url()

    def items(self, issue):
        return (
            Article.objects.public()
            .with_parts()
            .filter(issue=issue)
            .order_by("page__sequence", "position")
        )


class SiteFeed(StoryFeed):
    """``/feed.xml``: the site's feed, what aggregators try first. Every story of each paper's
    latest published issue: the newest issues first, a paper's stories in print order. A site
    with no published issue has no feed (404), as a paper with none has none."""

    title = "数字报"
    subtitle = "各报最新一期的全部稿件"

    def get_object(self, request):
        latest: dict[int, Issue] = {}
        for issue in Issue.objects.public().order_by("-date", "publication__name"):
            latest.setdefault(issue.publication_id, issue)
        if not latest:
            raise Http404("no published issue")
        return list(latest.values())

    def link(self, issues):
        return "/"

    def items(self, issues):
        order = {issue.pk: n for n, issue in enumerate(issues)}
        stories = (
            Article.objects.public()
            .with_parts()
            .filter(issue__in=list(order))
            .order_by("page__sequence", "position")
        )
        return sorted(stories, key=lambda story: order[story.issue_id])


class SectionFeed(StoryFeed):
    """``/<paper>/sections/<section>/feed.xml``: the section's latest stories."""

    def get_object(self, request, paper, section):
        publication = get_object_or_404(Publication.objects.public(), slug=paper)
        return publication, section

    def title(self, obj):
        publication, section = obj
        return f"{publication.name} · {section}"

    def subtitle(self, obj):
        publication, section = obj
        return f"{publication.name}「{section}」版最新稿件"

    def link(self, obj):
        return section_url(*obj)

    def items(self, obj):
        items = list(section_articles(*obj)[:SECTION_FEED_SIZE])
        if not items and not section_printed(*obj):
            raise Http404("no published page in this section")
        return items


class PersonFeed(StoryFeed):
    """``/people/<name>/feed.xml``: the latest published stories a reporter or photographer is
    credited on (:func:`~articles.selectors.person_credited_stories`: a byline, or a photo of
    the story), newest first, as many as a section's feed lists. A 404 when the person page is
    one: no such person, or nothing of theirs published (a photographer whose photos all stand
    alone has an empty feed, as their page lists photos only).

    Cached under what the person page is (their name, their works, any photo) and the names of
    the other reporters its entries give as authors: every story edit, publish, withdrawal or
    credit change that could add, drop or change an entry gives one of those a new version
    (:mod:`articles.changes`: a story's ``w<person>`` covers its photographers too)."""

    def get_object(self, request, person):
        return person  # (found by :func:`person_feed`)

    def title(self, person):
        return f"{person.name} · 记者与摄影"

    def subtitle(self, person):
        return f"{person.name}署名（文字或摄影）的最新稿件"

    def link(self, person):
        return person.get_absolute_url()

    def items(self, person):
        items = list(person_credited_stories(person).with_parts()[:SECTION_FEED_SIZE])
        if not items and not has_public_photos(person):
            raise Http404("nothing published by this person")
        caching.depends_on(
            caching.person(person.pk),
            caching.works(person.pk),
            caching.PHOTOS,
            *(caching.person(b.person_id) for story in items for b in story.bylines.all()),
        )
        return items


site_feed = public_cache(SiteFeed())
latest_issue_feed = public_cache(LatestIssueFeed())
_SECTION_FEED = SectionFeed()


@public_cache
def section_feed(request, paper: str, section: str):
    """:class:`SectionFeed`; for a section no published page prints as typed but one does in the
    other script (体育 for 體育: :func:`~articles.selectors.section_named_alike`), a permanent
    redirect to that section's feed, as the section page does."""
    try:
        return _SECTION_FEED(request, paper=paper, section=section)
    except Http404:
        publication = get_object_or_404(Publication.objects.public(), slug=paper)
        named = section_named_alike(publication, section)
        if not named or named == section:
            raise
    return HttpResponsePermanentRedirect(
        address("articles:section-feed", paper=paper, section=named)
    )


_PERSON_FEED = PersonFeed()


@public_cache
def person_feed(request, name: str):
    """:class:`PersonFeed`; for a name no one bears that folds to one person's with published
    work (何曉雨 for 何晓雨: :func:`~articles.selectors.people_named_alike`), a permanent
    redirect to that person's feed, as the person page does (several: a 404, a feed is no list
    to choose from)."""
    person = Person.objects.filter(name=name).first()
    if person is not None:
        return _PERSON_FEED(request, person=person)
    people = list(people_named_alike(name))
    if len(people) != 1:
        raise Http404("No Person matches the given query.")
    return HttpResponsePermanentRedirect(address("articles:person-feed", name=people[0].name))
