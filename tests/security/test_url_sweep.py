"""Hostile-URL sweep: every URL pattern of the site (public and admin, found by walking the URL
resolver, so a new route is swept without editing this file), each path segment and each query
parameter in turn filled with an odd value, as an anonymous reader and as a superuser, with
DEBUG off: every answer is below 500.

Odd values: Unicode digits (``²``, ``①``, full-width ``１``), a number no column holds, a far date
and a far year, an impossible date, ``..``, NUL, empty, negative, a word. Query parameters: the
public lists' ``?page=``, the search form's fields, and each admin changelist's own filter
parameters (asked from the ChangeList, so a new filter is swept too) with ``p``, ``o`` and ``q``.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver

from articles.models import Article, ArticlePart
from tests.public.conftest import PAPER, make_edition

pytestmark = pytest.mark.django_db

ODD = [
    "²",
    "①",
    "１",
    "999999999999999999999",
    "9999",
    "9999-12-31",
    "2020-02-30",
    "..",
    "%00",
    "",
    "-1",
    "abc",
]
# Fewer values for query parameters, which are many (each changelist filter): the ones that
# have broken a parser before.
ODD_QUERY = ["²", "①", "999999999999999999999", "9999-12-31", "2020-02-30", "..", "", "-1", "abc"]

PUBLIC_QUERY = ["page", "p"]  # p: the sitemaps
SEARCH_QUERY = ["q", "page", "paper", "start", "end", "label", "section", "reporter"]
ADMIN_LIST_QUERY = ["p", "o", "q"]

_ROUTE_PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>")
_REGEX_GROUP = re.compile(r"\((?:\?P<(?P<name>\w+)>)?(?P<body>[^()]*)\)")


def walk(patterns, prefix=()):
    """``(pieces, pattern)`` for every URL pattern: ``pieces`` are the patterns' strings from the
    root down."""
    for pattern in patterns:
        pieces = (*prefix, pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, pieces)
        elif isinstance(pattern, URLPattern):
            yield pieces, pattern


def template(pieces) -> tuple[str, list[str]]:
    """The URL with ``{0}``, ``{1}`` … where its segments go, and each segment's name."""
    names: list[str] = []
    out = ""
    for piece in pieces:
        text = str(piece)
        if text.startswith("^") or "(" in text:  # a regex: positional or named groups
            text = text.lstrip("^").rstrip("$")

            def group(match):
                names.append(match["name"] or f"_{len(names)}:{match['body']}")
                return f"{{{len(names) - 1}}}"

            text = _REGEX_GROUP.sub(group, text).replace("\\", "")
        else:

            def param(match):
                names.append(match["name"])
                return f"{{{len(names) - 1}}}"

            text = _ROUTE_PARAM.sub(param, text.replace("{", "{{").replace("}", "}}"))
        out += text
    return "/" + out, names


class Good:
    """A value each path segment takes when another one is the odd one out."""

    def __init__(self, edition, superuser):
        article = Article.objects.filter(issue=edition.issue).order_by("pk").first()
        part = ArticlePart.objects.filter(page=edition.a1).order_by("position").first()
        self.article = article
        self.named = {
            "paper": PAPER,
            "date": edition.issue.date.isoformat(),
            "year": f"{edition.issue.date.year:04d}",
            "month": f"{edition.issue.date.month:02d}",
            "pk": str(article.pk),
            "label": "A1",
            "position": str(part.position),
            "section": edition.a2.section or "要闻",
            "name": article.bylines.first().person.name if article.bylines.exists() else "朱文君",
            "word": "南通",
            "id": str(superuser.pk),
            "content_type_id": str(ContentType.objects.get_for_model(Article).pk),
            "app_label": "articles",
            "url": "nothing-here/",
        }

    def for_segment(self, url: str, name: str) -> str:
        if name == "object_id" or name.startswith("_0:"):
            return self.object_id(url)
        if name.startswith("_1:"):  # simple_history's history id
            model = self.model(url)
            history = getattr(model, "history", None)  # Page has none (the route 404s)
            record = history.order_by("-history_id").first() if history is not None else None
            return str(record.history_id) if record else "1"
        if url.startswith("/sitemap-"):
            return "articles"
        return self.named.get(name, "1")

    @staticmethod
    def model(url: str):
        match = re.match(r"/admin/(\w+)/(\w+)/", url)
        if not match:
            return None
        for model in admin.site._registry:
            if (model._meta.app_label, model._meta.model_name) == match.groups():
                return model
        return None

    def object_id(self, url: str) -> str:
        if url.startswith("/admin/r/"):
            return str(self.article.pk)
        model = self.model(url)
        first = model._default_manager.order_by("pk").first() if model else None
        return str(first.pk) if first else "1"


def changelist_parameters(url: str, superuser) -> list[str]:
    """The query parameters an admin changelist reads: each filter's own, plus p, o, q."""
    model = Good.model(url)
    if model is None or not re.fullmatch(r"/admin/\w+/\w+/", url):
        return []
    request = RequestFactory().get(url)
    request.user = superuser
    changelist = admin.site._registry[model].get_changelist_instance(request)
    names = [p for spec in changelist.filter_specs for p in spec.expected_parameters()]
    return [*dict.fromkeys([*names, *ADMIN_LIST_QUERY])]


def requests_for(superuser, good: Good):
    """Every URL to try: each pattern with good values, with each segment odd in turn, and each
    of its query parameters odd in turn."""
    for pieces, _pattern in walk(get_resolver().url_patterns):
        shape, names = template(pieces)
        goods = [good.for_segment(shape, name) for name in names]
        base = shape.format(*(quote(v, safe="") for v in goods))
        yield base
        for index in range(len(names)):
            for odd in ODD:
                values = [quote(v, safe="") for v in goods]
                values[index] = quote(odd, safe="%")
                yield shape.format(*values)
        if base.startswith("/admin/"):
            query = changelist_parameters(base, superuser)
        elif base.startswith("/search/"):
            query = SEARCH_QUERY
        else:
            query = PUBLIC_QUERY
        for name in query:
            for odd in ODD_QUERY:
                yield base + "?" + urlencode({name: odd})


def sweep(client: Client, urls) -> list[str]:
    """Each URL fetched; the ones answered with a 500 (or an exception), with what was raised."""
    failures = []
    for url in urls:
        try:
            with transaction.atomic():  # a database error must not poison the next request
                response = client.get(url)
        except Exception as exc:
            failures.append(f"{url}: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        if response.status_code >= 500:
            failures.append(f"{url}: {response.status_code}")
    return failures


@pytest.fixture
def site(settings):
    settings.DEBUG = False
    cache.clear()
    edition = make_edition()
    superuser = User.objects.create_superuser("chief", "chief@example.org", "pw")
    return edition, superuser


def _urls(site):
    edition, superuser = site
    return list(dict.fromkeys(requests_for(superuser, Good(edition, superuser))))


def test_no_url_answers_an_anonymous_reader_with_a_500(site):
    # An anonymous request never reaches an admin view (the odd path segments show it is sent
    # to the login page first), so the admin's query-string variants are for the superuser.
    urls = [url for url in _urls(site) if not (url.startswith("/admin/") and "?" in url)]
    assert len(urls) > 1000
    failures = sweep(Client(), urls)
    assert not failures, f"{len(failures)} of {len(urls)} URLs failed:\n" + "\n".join(failures)


def test_no_url_answers_a_superuser_with_a_500(site):
    urls = _urls(site)
    client = Client()
    client.force_login(site[1])
    failures = sweep(client, urls)
    assert not failures, f"{len(failures)} of {len(urls)} URLs failed:\n" + "\n".join(failures)
