"""No cached public page is served for another query string's (review s38: the sitemap's ``?p=2``
was served the cached ``?p=1``).

The walk: every URL pattern of the project whose view the page cache covers (what
:func:`articles.httpcache.public_cache` wraps) is opened at a real address of the published seed
edition; the query parameters its view reads are found by calling the view itself, without the
cache, with a ``request.GET`` of this test's own that records each name asked for; then, through
the cache, each such parameter is given two values (and none), and no two of them may share a
cached page or an ETag. Lists are cut short (one address a sitemap page, one story a list page)
so that every page number asked for exists.
"""

from __future__ import annotations

import io
import logging
import re
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse, QueryDict
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from PIL import Image

from articles import addresses, httpcache
from articles.models import Article, Issue, Page, PageImage, Person, Photo
from articles.publishing import issue_publish
from articles.selectors import published_people
from articles.sitemaps import SITEMAPS
from articles.views import PersonView, SectionView
from tests.factories import import_seed

pytestmark = pytest.mark.django_db

PAPER = "nantong-daily"
DAY = date(2020, 7, 9)


class RecordingGET(QueryDict):
    """A read-only query string that remembers the names asked for (``"*"``: all of it)."""

    def __init__(self, query_string=None, mutable=False, encoding=None):
        self.asked: set[str] = set()
        super().__init__(query_string, mutable=mutable, encoding=encoding)
        self.asked.clear()

    def __getitem__(self, key):
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.asked.add(key)
        return super().__contains__(key)

    def _getlist(self, key, default=None, force_list=False):
        self.asked.add(key)
        return super()._getlist(key, default, force_list)

    def __iter__(self):
        self.asked.add("*")
        return super().__iter__()

    def lists(self):
        self.asked.add("*")
        return super().lists()


@pytest.fixture
def edition(monkeypatch, django_capture_on_commit_callbacks, settings, tmp_path):
    """The seed edition, published, with lists one item a page, its photos with a picture (the
    photo's JPEG answers too)."""
    settings.MEDIA_ROOT = tmp_path
    for sitemap in SITEMAPS.values():
        monkeypatch.setattr(sitemap, "limit", 1)
    monkeypatch.setattr(PersonView, "paginate_by", 1)
    monkeypatch.setattr(SectionView, "paginate_by", 1)
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
        for page in Page.objects.all():  # (a picture: the page's 版面大图 answers too)
            PageImage.objects.create(
                page=page, pdf=f"pages/{page.pk}.pdf", pdf_checksum=f"{page.pk}".rjust(64, "c"),
                image=f"pages/{page.pk}.webp", thumbnail=f"pages/{page.pk}-t.webp",
                width=1418, height=2048,
            )  # fmt: skip
        picture = io.BytesIO()
        Image.new("RGB", (40, 30)).save(picture, format="WEBP")
        copy = default_storage.save("photos/p.webp", ContentFile(picture.getvalue()))
        # (the reader's copy: an upload without one has no JPEG, articles/views/sharedphoto.py)
        Photo.objects.update(image=copy, rendition=copy, thumbnail=copy, width=40, height=30)


#: What every view behind the page cache is: the function :func:`~articles.httpcache.public_cache`
#: wraps a view in (its code is the same for all).
CACHED = httpcache.public_cache(lambda request: None).__code__


def cached_patterns(patterns=None, namespace=""):
    """``(view name, pattern)`` of every URL pattern whose view is behind the page cache."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from cached_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.callback.__code__ is CACHED:
            yield f"{namespace}{entry.name}", entry


def samples() -> dict[str, list]:
    """Values each named part of an address takes, from the published seed."""
    story = Article.objects.public().order_by("pk").first()
    reporter = max(published_people(), key=lambda person: person.articles.count())
    section = story.page.section or "头版"
    return {
        "paper": [PAPER],
        "date": [DAY],
        "label": [story.page.label],
        "pk": [story.pk],
        "position": [story.position],
        "name": [reporter.name],
        "year": [DAY.year],
        "month": [DAY.month],
        "section": [section],
        "photo": [Photo.objects.public().order_by("pk").values_list("pk", flat=True).first()],
    }


def addresses_of(view_name: str, pattern: URLPattern) -> list[str]:
    """Real addresses of a cached pattern: one per sample (every section of the sitemap)."""
    names = re.findall(r"<(?:\w+:)?(\w+)>", str(pattern.pattern))
    values = samples()
    if view_name.endswith("sitemap-section"):
        values["section"] = list(SITEMAPS)
    if view_name.split(":")[-1].startswith("person-one"):  # one of two people of a name (同名记者)
        reporter = Person.objects.get(name=values["name"][0], note__in=["", "本报"])
        Person.objects.filter(pk=reporter.pk).update(note="本报")
        Person.objects.get_or_create(name=reporter.name, note="另一位")
        values["pk"] = [reporter.pk]
    missing = [name for name in names if name not in values]
    assert not missing, f"{view_name}: add sample values for {missing} to samples()"
    found = [{}]
    for name in names:
        found = [{**kwargs, name: value} for kwargs in found for value in values[name]]
    return [reverse(view_name, kwargs=kwargs) for kwargs in found]


def parameters_read(url: str) -> set[str]:
    """The query parameters the view of ``url`` reads, called without the page cache."""
    request = RequestFactory().get(url)
    match = resolve(request.path_info)
    request.resolver_match = match
    request.GET = RecordingGET("")
    view = match.func.__wrapped__  # what public_cache wrapped
    with addresses.for_request():
        response = view(request, *match.args, **match.kwargs)
        if hasattr(response, "render"):
            response.render()
    assert response.status_code == 200, url
    return request.GET.asked


@pytest.fixture
def walked(edition):
    """``{address: parameters its view reads}`` for every cached view."""
    found = {}
    for view_name, pattern in cached_patterns():
        for url in addresses_of(view_name, pattern):
            found[url] = parameters_read(url)
    return found


def test_the_walk_covers_the_paged_views(walked):
    read = set().union(*walked.values())
    assert {"p", "page"} <= read  # the sitemap sections and the lists of people and sections
    assert "/sitemap-articles.xml" in walked
    assert any(url.startswith("/people/") for url in walked)


def test_two_values_of_a_parameter_a_cached_view_reads_never_share_a_page(client, walked):
    for url, read in walked.items():
        for name in sorted(read):
            assert name != "*", f"{url} reads its whole query string: it cannot be cached"
            asked = [url, f"{url}?{name}=1", f"{url}?{name}=2"]
            first = {}
            for address in asked:
                response = client.get(address)
                # Never asked for before: a hit would be another query string's page.
                assert response.get("X-Cache") != "hit", address
                first[address] = response
            for address in asked:  # each asked again is its own page, not the last one stored
                again = client.get(address)
                assert again.status_code == first[address].status_code, address
                if first[address].status_code == 200:
                    assert again.content == first[address].content, address
            etags = [first[a]["ETag"] for a in asked if first[a].has_header("ETag")]
            assert len(set(etags)) == len(etags), url


def test_every_cached_view_is_kept_per_value_of_what_it_reads(client, walked):
    # The declarations are whole: a page that read a parameter it did not declare would be
    # served, never kept. Asked twice, each page (and each page number of a list) is a hit.
    for url, read in walked.items():
        for address in [url, *(f"{url}?{name}=2" for name in sorted(read))]:
            if client.get(address).status_code == 200:
                assert client.get(address)["X-Cache"] == "hit", address


def test_a_parameter_no_cached_view_reads_shares_the_page(client, walked):
    for url in walked:
        if client.get(url).status_code == 200:
            assert client.get(f"{url}?utm_source=wechat&from=timeline")["X-Cache"] == "hit", url


def test_a_sitemap_page_number_as_no_link_writes_it_is_served_but_not_kept(client, edition):
    second = client.get("/sitemap-articles.xml?p=2").content
    for odd in ("?p=02", "?p=%202", "?p=1&p=2"):
        response = client.get("/sitemap-articles.xml" + odd)
        assert response.status_code == 200
        assert response.content == second  # Django's sitemap reads each as page 2
        assert client.get("/sitemap-articles.xml" + odd)["X-Cache"] == "miss"
        assert not response.has_header("ETag")


def test_a_view_reading_a_parameter_it_did_not_declare_is_served_but_never_kept(
    rf, caplog, settings
):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 3600

    @httpcache.public_cache
    def echo(request):
        return HttpResponse(request.GET.get("word", "无"))

    with caplog.at_level(logging.WARNING, logger="articles.httpcache"):
        first = echo(rf.get("/echo/", {"word": "一"}))
        second = echo(rf.get("/echo/", {"word": "二"}))
    assert (first.content.decode(), second.content.decode()) == ("一", "二")
    assert second["X-Cache"] == "miss" and not second.has_header("ETag")
    assert "word" in caplog.text


def test_a_view_reading_the_whole_query_string_is_never_kept(rf, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 3600

    @httpcache.public_cache
    def listing(request):
        return HttpResponse(",".join(sorted(request.GET)))

    assert listing(rf.get("/l/", {"a": "1"})).content == b"a"
    assert listing(rf.get("/l/", {"b": "1"})).content == b"b"
    assert listing(rf.get("/l/", {"b": "1"}))["X-Cache"] == "miss"


def test_a_declared_parameter_is_kept_per_value(rf, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 3600

    @httpcache.public_cache(query={"page": httpcache.PAGE_NUMBER})
    def paged(request):
        return HttpResponse(request.GET.get("page", "1"))

    assert paged(rf.get("/x/", {"page": "2"})).content == b"2"
    assert paged(rf.get("/x/", {"page": "3"})).content == b"3"
    again = paged(rf.get("/x/", {"page": "2", "utm_source": "wechat"}))
    assert (again.content, again["X-Cache"]) == (b"2", "hit")
