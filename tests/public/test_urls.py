"""The URL map: stable, readable, and no paper slug can shadow a fixed route."""

from __future__ import annotations

from datetime import date

from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

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
