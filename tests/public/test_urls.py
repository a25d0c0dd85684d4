"""The URL map: stable, readable, and no paper slug can shadow a fixed route."""

from __future__ import annotations

from datetime import date

from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse

from articles.urls import RESERVED_SLUGS


def first_segments(patterns, prefix: str = "") -> set[str]:
    """The literal first path segment of every route (``people``, ``sitemap.xml`` …)."""
    found = set()
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        first = route.split("/", 1)[0]
        if first and "<" not in first and "^" not in first:
            found.add(first)
        elif isinstance(pattern, URLResolver) and not first:
            found |= first_segments(pattern.url_patterns, route)
    return found


def test_every_fixed_first_segment_is_reserved_for_papers():
    fixed = first_segments(get_resolver().url_patterns)
    assert {"people", "sitemap.xml", "news-sitemap.xml", "robots.txt", "admin"} <= fixed
    assert fixed <= RESERVED_SLUGS | {"media"}, fixed - RESERVED_SLUGS
    assert "search" in RESERVED_SLUGS  # mounted by the search app above the articles include


def test_the_articles_include_comes_last():
    patterns = get_resolver().url_patterns
    last = patterns[-1] if not str(patterns[-1].pattern).startswith("media") else patterns[-2]
    assert isinstance(last, URLResolver) and last.app_name == "articles"
    assert isinstance(patterns[0], URLPattern | URLResolver)


def test_readable_urls():
    kwargs = {"paper": "nantong-daily", "date": date(2020, 7, 9)}
    assert reverse("articles:issue", kwargs=kwargs) == "/nantong-daily/2020-07-09/"
    assert (
        reverse("articles:page", kwargs={**kwargs, "label": "A1"})
        == "/nantong-daily/2020-07-09/A1/"
    )
    assert (
        reverse("articles:article", kwargs={**kwargs, "pk": 7})
        == "/nantong-daily/2020-07-09/article/7/"
    )
    assert reverse(
        "articles:month", kwargs={"paper": "nantong-daily", "year": 2020, "month": 7}
    ) == ("/nantong-daily/2020/07/")
    assert reverse("articles:issue-json", kwargs=kwargs) == "/nantong-daily/2020-07-09.json"
    assert resolve("/people/").url_name == "people"
    assert resolve("/nantong-daily/sections/").url_name == "sections"
    assert resolve("/nantong-daily/2020-07-09/A1/3/").url_name == "part"


def test_model_urls_resolve_to_the_public_views():
    assert resolve("/nantong-daily/").url_name == "publication"
    assert resolve("/people/金帅/").kwargs == {"name": "金帅"}  # the handler unquotes first
    assert resolve("/nantong-daily/2020-07-09/article/7/").kwargs["date"] == date(2020, 7, 9)


#: A path of every route's shape, and paths two routes' shapes come close on, with the route
#: that must answer each (None: no public route, a 404 or another app's view).
WHO_ANSWERS = {
    "/": "home",
    "/robots.txt": "robots",
    "/sitemap.xml": "sitemap",
    "/sitemap-头版.xml": "sitemap-section",
    "/news-sitemap.xml": "news-sitemap",
    "/feed.xml": "site-feed",
    "/people/": "people",
    "/people/金帅/": "person",
    "/people/2020-07-09/": "person",  # a name that looks like a date is still a name
    "/people/feeds/": "person",
    "/people/金帅/feed.xml": "person-feed",
    "/people/2020-07-09/feed.xml": "person-feed",  # not an issue's page, whatever its name
    "/people/2020-07-09/A1/": "page",  # no person route has three segments: a 404 there
    "/nantong-daily/": "publication",
    "/nantong-daily/feed.xml": "feed",
    "/nantong-daily/feeds/": "feeds",
    "/nantong-daily/sections/": "sections",
    "/nantong-daily/sections/头版/": "section",
    "/nantong-daily/sections/头版/feed.xml": "section-feed",
    "/nantong-daily/2020/07/": "month",
    "/nantong-daily/2020-07-09/": "issue",
    "/nantong-daily/2020-07-09.json": "issue-json",
    "/nantong-daily/2020-07-09/A1/": "page",
    "/nantong-daily/2020-07-09/A1.json": "page-json",
    "/nantong-daily/2020-07-09/A1/3/": "part",
    "/nantong-daily/2020-07-09/article/7/": "article",
    "/nantong-daily/2020-07-09/article/7.json": "article-json",
    "/nantong-daily/2020-02-30/A1/": None,  # no such day: no dated route takes it
    "/nantong-daily/2020-07-09/sections/": None,
}


def test_each_path_is_answered_by_the_route_of_its_shape():
    for path, name in WHO_ANSWERS.items():
        try:
            found = resolve(path)
        except Resolver404:
            found = None
        assert (found.url_name if found else None) == name, path
        if found:
            assert found.namespace == "articles", path


def test_admin_and_search_paths_are_never_taken_by_a_paper_route():
    # Shaped like an edition's page or issue, under the apps mounted above the articles.
    for path in ("/admin/2020-07-09/A1/", "/admin/2020-07-09/", "/admin/articles/article/7/"):
        assert resolve(path).namespace == "admin", path
    for path in ("/search/", "/search/tag/头版/"):
        assert resolve(path).namespace == "search", path
