"""The public site takes no forms: every public address (every URL pattern outside the desk,
opened at a real address of the published seed edition) answers a POST, PUT, PATCH or DELETE
with the site's 405 page ("只供阅读", ``Allow: GET, HEAD …``), with or without a CSRF token, as
the README says. Before, the function views' addresses (``/search/``, the feeds, the sitemaps,
``/robots.txt``, ``/healthz``, a page's files) answered 403 "表单已过期" (review s64)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.caching.test_query_parameters import addresses_of, edition  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
METHODS = ["post", "put", "patch", "delete"]


def public_patterns(patterns=None, namespace=""):
    """``(view name, pattern)`` of every named URL pattern outside the desk (``admin``)."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from public_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry


def test_the_sweep_covers_the_function_views():
    names = {name for name, _ in public_patterns()}
    assert {"healthz", "search:search", "articles:site-feed", "articles:robots"} <= names
    assert not any(name.startswith("admin:") for name in names)


@pytest.mark.parametrize("csrf_checks", [True, False], ids=["no-token", "token"])
def test_every_public_address_answers_a_change_with_the_405_page(edition, csrf_checks):  # noqa: F811
    client = Client(enforce_csrf_checks=csrf_checks)
    wrong = []
    for name, pattern in public_patterns():
        urls = [reverse(name, args=["x"])] if name == "search:tag" else addresses_of(name, pattern)
        for url in urls:
            for method in METHODS:
                response = getattr(client, method)(url + "?q=x")
                html = response.content.decode()
                if not (
                    response.status_code == 405
                    and "只供阅读" in html
                    and "GET" in response["Allow"]
                    and "表单已过期" not in html
                ):
                    wrong.append(f"{method.upper()} {url}: {response.status_code}")
    assert not wrong, wrong


@pytest.mark.parametrize("url", ["/search/?q=x", "/feed.xml", "/robots.txt", "/healthz"])
def test_a_form_sent_to_a_function_views_address_is_its_405(url):
    response = Client(enforce_csrf_checks=True).post(url)
    assert response.status_code == 405 and "只供阅读" in response.content.decode()
    assert response["Allow"] == "GET, HEAD"


def test_the_desk_still_says_an_expired_form_has_expired():
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x"})
    assert response.status_code == 403 and "表单已过期" in response.content.decode()
