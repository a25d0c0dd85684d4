"""Only published issues and articles are visible: anything else is a 404, in pages, feeds,
sitemaps and JSON alike, and never listed anywhere."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.core.cache import cache

from articles.models import Article, ArticlePart, Issue
from tests.public.conftest import DAY, PAPER, PARTY, WORKS, publish_everything

PAPER_URLS = [
    f"/{PAPER}/",
    f"/{PAPER}/{DAY}/",
    f"/{PAPER}/{DAY}.json",
    f"/{PAPER}/{DAY}/A1/",
    f"/{PAPER}/{DAY}/A1.json",
    f"/{PAPER}/{DAY}/A2/",
    f"/{PAPER}/{DAY}/a2/",
    f"/{PAPER}/{DAY}/A1/1/",
    f"/{PAPER}/2020/07/",
    f"/{PAPER}/feed.xml",
    f"/{PAPER}/sections/",
    f"/{PAPER}/sections/{quote('要闻')}/",
    f"/{PAPER}/sections/{quote('要闻')}/feed.xml",
    f"/people/{quote('金帅')}/",
    f"/people/{quote('许丛军')}/",
]


def article_urls(edition) -> list[str]:
    urls = []
    for article in Article.objects.filter(issue=edition.issue):
        urls += [article.get_absolute_url(), article.get_absolute_url().rstrip("/") + ".json"]
    return urls


@pytest.mark.parametrize("url", PAPER_URLS)
def test_a_draft_issue_is_404_everywhere(client, draft_edition, url):
    assert client.get(url).status_code == 404


def test_draft_stories_of_a_draft_issue_are_404(client, draft_edition):
    for url in article_urls(draft_edition):
        assert client.get(url).status_code == 404, url


def test_published_stories_of_a_draft_issue_are_404(client, draft_edition):
    Article.objects.update(status="published")
    cache.clear()
    for url in article_urls(draft_edition) + PAPER_URLS:
        assert client.get(url).status_code == 404, url


def test_nothing_draft_is_listed(client, draft_edition):
    Article.objects.update(status="published")  # stories ready, the issue is not
    cache.clear()
    home = client.get("/").content.decode()
    assert "还没有已发布的报纸" in home and PARTY not in home
    assert "金帅" not in client.get("/people/").content.decode()
    for url in ("/sitemap-articles.xml", "/sitemap-pages.xml", "/sitemap-issues.xml"):
        assert b"<url>" not in client.get(url).content
    assert b"<url>" not in client.get("/sitemap-papers.xml").content
    assert b"<url>" not in client.get("/news-sitemap.xml").content


def test_a_draft_story_in_a_published_issue(client, edition):
    """One story held back: its URLs are 404 and no page, feed, sitemap or list shows it."""
    held = edition.article(WORKS)
    held.status = "draft"
    held.save()
    cache.clear()
    for url in (held.get_absolute_url(), held.get_absolute_url().rstrip("/") + ".json"):
        assert client.get(url).status_code == 404
    part = ArticlePart.objects.get(article=held, page=edition.a2)
    assert client.get(f"/{PAPER}/{DAY}/A2/{part.position}/").status_code == 404
    other_urls = [
        f"/{PAPER}/{DAY}/",
        f"/{PAPER}/{DAY}.json",
        f"/{PAPER}/{DAY}/A1/",
        f"/{PAPER}/{DAY}/A2/",
        f"/{PAPER}/{DAY}/A1.json",
        f"/{PAPER}/feed.xml",
        f"/{PAPER}/sections/{quote('要闻')}/",
        f"/{PAPER}/sections/{quote('要闻')}/feed.xml",
        f"/people/{quote('朱文君')}/",
        edition.url(PARTY),
        edition.url(PARTY).rstrip("/") + ".json",
        "/sitemap-articles.xml",
    ]
    for url in other_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert WORKS not in body, url
        assert "推进重点工程和重大项目不断取得新突破" not in body, url
        assert held.get_absolute_url() not in body, url


def test_a_draft_issue_beside_a_published_one_stays_hidden(client, edition):
    from tests.factories import import_text
    from tests.public.conftest import synthetic_page

    publish_everything()
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=edition.issue.date.replace(day=10))
    draft = Issue.objects.get(date__day=10)
    assert draft.status == "draft"
    assert client.get(f"/{PAPER}/2020-07-10/").status_code == 404
    assert client.get(f"/{PAPER}/2020-07-10/A1/").status_code == 404
    home = client.get(f"/{PAPER}/")
    assert home.status_code == 200
    assert "/2020-07-10/" not in home.content.decode()
    assert b"2020-07-10" not in client.get("/sitemap-issues.xml").content
