"""Atom feeds: the recent issues of every paper (``/feed.xml``), of a paper, each section and
each reporter or photographer. Published stories only (and, in a person's, the published
photos credited to them that stand alone: :class:`PersonFeed`).

Each item links to the whole story and carries its reporters (its ``author``, their names
joined by 、 as the byline reads), its photographers (a ``contributor`` each; the ``author`` of
a picture story with no reporter, never of a text story: :func:`story_authors`), its section and the opening of its text; the feed framework escapes
everything for XML. XML 1.0 cannot carry most control characters at all (a vertical tab pasted
from Word, an ESC from an OCR dump), so every text of the feed is written without them
(:class:`XmlSafeAtomFeed`): the story page still shows what is stored, and the feed never fails
for one stray character.

Entries are dated as readers date a story: ``<published>`` its issue's date, ``<updated>`` the
same unless readers' text changed after the issue came out (:meth:`StoryFeed.item_updateddate`),
never its 更新时间, which an import or a publication moves. The paper's and the site's feeds are a
rolling window of issues by their date (:data:`FEED_DAYS` back from the newest, whenever each
was published): a reader polling hourly or weekly sees every issue's stories, a weekend issue
published late included, while an archive issue back-filled tonight neither pushes today's
paper out nor looks like tonight's news. Every feed's title, ``<id>`` and link name the paper,
section or person, never an issue; an entry's id is its story's address.
"""

from __future__ import annotations

import re
from datetime import timedelta

from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Enclosure

from articles import caching
from articles.addresses import address
from articles.corrections import last_changed_for_readers
from articles.feedphotos import photo_enclosure, with_enclosures
from articles.httpcache import public_cache
from articles.language import SIMPLIFIED, paper_language, story_language
from articles.models import Article, Issue, Person, PersonMerged, Photo, Publication
from articles.public import (
    SITE_NAME,
    issue_datetime,
    lead,
    page_name,
    person_feed_url,
    reporters,
    section_articles,
    section_printed,
    section_url,
    shortened,
    updated_for_readers,
)
from articles.selectors import (
    people_named_alike,
    person_credited_stories,
    person_formerly,
    person_photos_alone,
    section_named_alike,
    with_photographers,
)
from articles.views.base import PaddedId

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

    def item_attributes(self, item):
        """``xml:lang`` on an entry printed in another script than the feed's (a story in
        traditional characters in the site's feed: :func:`articles.language.story_language`)."""
        attributes = super().item_attributes(item)
        language = item.get("language")
        if language and language != self.feed["language"]:
            attributes["xml:lang"] = language
        return attributes

    def add_item_elements(self, handler, item):
        """Django's elements, then a ``<contributor>`` for each name of the item's
        ``contributors`` (a story's photographers), as Atom has it (RFC 4287 §4.2.3)."""
        super().add_item_elements(handler, item)
        for name in item.get("contributors") or ():
            handler.startElement("contributor", {})
            handler.addQuickElement("name", name)
            handler.endElement("contributor")


def story_authors(article) -> list[str]:
    """A story's authors in a feed: its reporters; with none, the photographers of a picture
    story (:meth:`~articles.models.Article.is_picture_story`); a text story with neither has
    none (its photographers are contributors). ``article.photographers`` read already
    (:func:`~articles.selectors.with_photographers`): no query."""
    names = reporters(article)
    if names or not article.is_picture_story(bool(article.photographers)):
        return names
    return [p.name for p in article.photographers]


class StoryFeed(Feed):
    """A feed of stories: a subclass's :meth:`stories` gives them, each with its photographers
    read in one query (:func:`~articles.selectors.with_photographers`)."""

    feed_type = XmlSafeAtomFeed
    language = SIMPLIFIED

    def get_feed(self, obj, request):
        """Django's feed, in the script its paper is printed in (``xml:lang``:
        :meth:`feed_language`; Django reads only a fixed ``language``), its enclosures' addresses
        absolute, as its links are."""
        feed = super().get_feed(obj, request)
        feed.feed["language"] = self.feed_language(obj)
        domain, secure = get_current_site(request).domain, request.is_secure()
        for item in feed.items:  # (Django leaves an enclosure's address as it was given)
            item["enclosures"] = [
                Enclosure(add_domain(domain, e.url, secure), e.length, e.mime_type)
                for e in item.get("enclosures") or ()
            ]
        return feed

    def feed_language(self, obj) -> str:
        """The feed's script: the site's (simplified) unless a paper's feed says otherwise."""
        return SIMPLIFIED

    def author_name(self, obj):
        """The feed's own ``<author>`` (RFC 4287 §4.1.1: every entry has one in scope, a story
        with no credit too): the site's name; a paper's feed, the paper's."""
        return SITE_NAME

    def items(self, obj):
        stories = list(self.stories(obj))
        with_photographers(stories)
        with_enclosures(stories)
        dated_for_readers(stories)
        return stories

    def stories(self, obj):
        raise NotImplementedError

    def item_title(self, article):
        return article.name_for_readers()  # (its parts are prefetched: no query)

    def item_description(self, article):
        return lead(article.blocks(), 200)

    def item_link(self, article):
        return article.get_absolute_url()

    def item_author_name(self, article):
        """The entry's authors (:func:`story_authors`), else the feed's :meth:`author_name` is
        the entry's."""
        return "、".join(story_authors(article)) or None

    def item_extra_kwargs(self, article):
        """The photographers, as the entry's contributors when they are not its authors (one
        credited both ways is named once, as an author)."""
        authors, language = story_authors(article), {"language": story_language(article)}
        return {
            "contributors": [p.name for p in article.photographers if p.name not in authors],
            **language,
        }

    def item_pubdate(self, article):
        """When the story was published in print: its issue's date (``<published>``)."""
        return issue_datetime(article.issue)

    def item_updateddate(self, article):
        """``<updated>``: when readers' text of the story last changed after its issue came out
        (a 更正 or 更新: :func:`dated_for_readers`), else its issue's date, as ``<published>``.
        Never its 更新时间, which an import or a publication moves: an archive issue of 1949
        imported and published tonight is dated 1949 in every feed, not tonight. The story
        page's JSON-LD ``dateModified`` says the same (:func:`articles.public.date_modified`)."""
        return updated_for_readers(article.issue, getattr(article, "changed_for_readers", None))

    def item_enclosures(self, item):
        """A link to each photo's picture (:mod:`articles.feedphotos`): a story's photos (read
        by :meth:`items`), a photo standing alone its own."""
        if isinstance(item, Photo):
            return [e for e in [photo_enclosure(item)] if e is not None]
        return getattr(item, "enclosures", [])

    def item_categories(self, article):
        name = page_name(article.page)
        return [name] if name else []


#: How many days of issues a paper's feed and the site's carry, counted back from the newest
#: issue's date (:class:`PaperFeed`, :class:`SiteFeed`): a reader who polls once a day, or once
#: a week, misses no story; a daily's, a weekly's and a fortnightly's newest issue stay in.
FEED_DAYS = 14
#: How many entries the paper's and the site's feeds carry at most (the newest issues first).
FEED_SIZE = 200
#: The site's feed leaves out a paper whose newest issue is more days older than the site's
#: newest (an archive back-fill): the same window (:data:`FEED_DAYS`).
SITE_FEED_DAYS = FEED_DAYS


def recent_stories(issues, newest):
    """The published stories of ``issues`` (a queryset of public issues) dated at most
    :data:`FEED_DAYS` days before ``newest`` (a date), newest issue first, then by paper (the one
    added first first), then
    in print order; :data:`FEED_SIZE` at most. One query (and the parts' prefetch)."""
    return (
        Article.objects.public()
        .with_parts()
        .filter(issue__in=issues.filter(date__gte=newest - timedelta(days=FEED_DAYS)))
        .order_by("-issue__date", "issue__publication_id", "page__sequence", "position")[:FEED_SIZE]
    )


class PaperFeed(StoryFeed):
    """``/<paper>/feed.xml``: the paper's stories of its issues of the last :data:`FEED_DAYS`
    days (counted back from its newest issue's date), newest issue first, each in print order,
    :data:`FEED_SIZE` entries at most. A rolling window, not the newest issue alone: a reader
    who polls after the next issue came out still gets the last one's stories, a weekend issue
    published after Monday's and a correction's new ``<updated>`` (an entry dropped when the
    next issue replaced it was never seen again). An archive issue back-filled tonight (1949) is
    not in it: it is not news (its pages, the archive and the sitemaps carry it). Its title is
    the paper's name and its ``<id>`` and link the paper's address, whatever issues it carries
    (RFC 4287 §4.2.6: permanent; a title naming the issue renamed readers' subscription daily);
    each entry's id is its story's address, which no new issue changes."""

    def get_object(self, request, paper):
        issues = Issue.objects.public().filter(publication__slug=paper)
        newest = issues.order_by("-date").first()
        if newest is None:
            raise Http404("no published issue of this paper")
        return newest.publication, newest.date

    def author_name(self, obj):
        return obj[0].name

    def feed_language(self, obj) -> str:
        return paper_language(obj[0])

    def title(self, obj):
        return obj[0].name

    def subtitle(self, obj):
        return f"{obj[0].name}最近{FEED_DAYS}天各期的稿件"

    def link(self, obj):
        return obj[0].get_absolute_url()

    def stories(self, obj):
        publication, newest = obj
        return recent_stories(Issue.objects.public().filter(publication=publication), newest)


class SiteFeed(StoryFeed):
    """``/feed.xml``: the site's feed, what aggregators try first. The stories of every paper's
    issues of the last :data:`FEED_DAYS` days, counted back from the site's newest issue's date
    (so a paper whose only issues are an archive back-fill, a 1949 issue, is not offered as news
    to readers who count entries as unread; its own feed, ``/<paper>/feed.xml``, still carries
    it), newest issues first, a day's papers in the order they were added, a paper's stories in print order,
    :data:`FEED_SIZE` entries at most. A site with no published issue has no feed (404), as a
    paper with none has none."""

    title = SITE_NAME
    subtitle = f"各报最近{FEED_DAYS}天各期的稿件"

    def get_object(self, request):
        newest = Issue.objects.public().order_by("-date").values_list("date", flat=True).first()
        if newest is None:
            raise Http404("no published issue")
        return newest

    def link(self, newest):
        return "/"

    def stories(self, newest):
        return recent_stories(Issue.objects.public(), newest)


class SectionFeed(StoryFeed):
    """``/<paper>/sections/<section>/feed.xml``: the section's latest stories."""

    def get_object(self, request, paper, section):
        publication = get_object_or_404(Publication.objects.public(), slug=paper)
        return publication, section

    def author_name(self, obj):
        return obj[0].name

    def feed_language(self, obj) -> str:
        return paper_language(obj[0])

    def title(self, obj):
        publication, section = obj
        return f"{publication.name} · {section}"

    def subtitle(self, obj):
        publication, section = obj
        return f"{publication.name}「{section}」版最新稿件"

    def link(self, obj):
        return section_url(*obj)

    def stories(self, obj):
        items = list(section_articles(*obj)[:SECTION_FEED_SIZE])
        if not items and not section_printed(*obj):
            raise Http404("no published page in this section")
        return items


class PersonFeed(StoryFeed):
    """``/people/<name>/feed.xml``: the latest published work a reporter or photographer is
    credited on, newest first (issue date, then print order), as many entries as a section's
    feed lists: stories (:func:`~articles.selectors.person_credited_stories`: a byline, or a
    photo of the story) and photos standing alone (printed with no story:
    :func:`~articles.selectors.person_photos_alone`; an entry titled by its caption, linking
    to where its page shows it, authored by its photographers). A 404 when the person page is
    one: no such person, or nothing of theirs published. Six queries for the entries however
    many (the stories, their parts, their reporters, their photographers; the photos, their
    credits).

    Cached under what the person page is (their name, their works, any photo) and the names of
    the other people its entries give as authors or contributors: every story edit, publish,
    withdrawal or credit change that could add, drop or change an entry gives one of those a
    new version (:mod:`articles.changes`: a story's ``w<person>`` covers its photographers too;
    a photo saved or deleted, its credits with it, bumps ``photos``)."""

    def get_object(self, request, person):
        return person  # (found by :func:`person_feed`)

    def title(self, person):
        return f"{person} · 记者与摄影"

    def subtitle(self, person):
        return f"{person}署名（文字或摄影）的最新稿件和图片"

    def link(self, person):
        return person.get_absolute_url()

    def items(self, person):
        stories = list(person_credited_stories(person).with_parts()[:SECTION_FEED_SIZE])
        with_photographers(stories)
        with_enclosures(stories)
        dated_for_readers(stories)
        photos = list(person_photos_alone(person)[:SECTION_FEED_SIZE])
        if not stories and not photos:
            raise Http404("nothing published by this person")
        items = sorted([*stories, *photos], key=_newest_first)[:SECTION_FEED_SIZE]
        named = {b.person_id for story in stories for b in story.bylines.all()}
        named |= {p.pk for story in stories for p in story.photographers}
        named |= {c.person_id for photo in photos for c in photo.credits.all()}
        caching.depends_on(
            caching.person(person.pk),
            caching.works(person.pk),
            caching.PHOTOS,
            *(caching.person(pk) for pk in sorted(named)),
        )
        return items

    # A photo standing alone: its caption (or, for a picture printed with its credit only, what
    # its credit line says) titles and sums it up; else as a story.

    def item_title(self, item):
        if isinstance(item, Photo):
            return shortened(item.caption, PHOTO_TITLE_LENGTH) or str(item)
        return super().item_title(item)

    def item_description(self, item):
        if isinstance(item, Photo):
            return item.caption or item.credit_line
        return super().item_description(item)

    def item_link(self, item):
        return item.get_absolute_url()  # (a photo's: its page, at the photo)

    def item_author_name(self, item):
        if isinstance(item, Photo):
            return "、".join(c.person.name for c in item.credits.all()) or None
        return super().item_author_name(item)

    def item_extra_kwargs(self, item):
        return {} if isinstance(item, Photo) else super().item_extra_kwargs(item)

    def item_pubdate(self, item):
        return issue_datetime(item.page.issue if isinstance(item, Photo) else item.issue)

    def item_updateddate(self, item):
        """A photo's: when an editor last changed it, else its issue's day (an Atom entry has
        one ``<updated>``)."""
        if isinstance(item, Photo):
            return item.edited_at or issue_datetime(item.page.issue)
        return super().item_updateddate(item)


def dated_for_readers(stories: list[Article]) -> None:
    """Give each of ``stories`` (with their issues) ``changed_for_readers``: when readers' text
    of it last changed after its issue was published (aware), or None
    (:func:`articles.corrections.last_changed_for_readers`: no query when none was saved since
    its issue came out, else one)."""
    changed = last_changed_for_readers(stories)
    for story in stories:
        story.changed_for_readers = changed.get(story.pk)


#: How long a photo's entry title is at most (its caption shortened; the summary holds it all).
PHOTO_TITLE_LENGTH = 40


def _newest_first(item) -> tuple[int, int, int]:
    """A story's or a photo's place in a person's feed: newer issues first, then print order
    (page, then place on it)."""
    issue = item.page.issue if isinstance(item, Photo) else item.issue
    return (-issue.date.toordinal(), item.page.sequence, item.position)


site_feed = public_cache(SiteFeed())
paper_feed = public_cache(PaperFeed())
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
    to choose from). So is a name the desk renamed a person from (曾用名)."""
    people = list(Person.objects.filter(name=name).order_by("pk"))
    if len(people) == 1 and not people[0].note:
        return _PERSON_FEED(request, person=people[0])
    if not people:
        people = [renamed] if (renamed := person_formerly(name)) else list(people_named_alike(name))
        if len(people) != 1:
            raise Http404("No Person matches the given query.")
    # Namesakes (同名记者): the feed readers followed before the split is the one who bore the
    # name first's (the person kept at the split: the lowest id).
    return HttpResponsePermanentRedirect(person_feed_url(people[0]))


@public_cache
def person_one_feed(request, name: str, pk: int):
    """:class:`PersonFeed` of one of several people bearing a name (``/people/<name>/<id>/``,
    as :class:`articles.views.PersonOneView`); a 301 to their feed's address now when it moved
    (renamed, alone with the name again, merged into another)."""
    person = Person.objects.filter(pk=pk).first()
    if person is None:
        merged = PersonMerged.objects.filter(former_id=pk).select_related("person").first()
        if merged is None:
            raise Http404("No Person matches the given query.")
        person = merged.person
    elif person.note and person.name == name and not isinstance(pk, PaddedId):
        return _PERSON_FEED(request, person=person)
    return HttpResponsePermanentRedirect(person_feed_url(person))
