"""Cached pages follow a page's visibility (``Page.objects.public()``), which its stories' 状态
decides: publishing the first story of a page of drafts shows the page in its cached issue page,
neighbours, sections and sitemap; withdrawing its last public story hides it from them again,
and withdrawing any story on a page takes its picture off the cached page. One process's memory
(locmem) and the one-host cache as deployed (SQLite files), as the story form saves them."""

from __future__ import annotations

import pytest

from articles.models import Article, ArticlePart, PageImage
from tests.factories import import_text
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY, make_edition, synthetic_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("each_cache_backend")]

A1, A2, A3 = (f"/{PAPER}/{DAY}/{label}/" for label in ("A1", "A2", "A3"))
SECTIONS, SITEMAP = f"/{PAPER}/sections/", "/sitemap-pages.xml"
SECTION = "看南通·民生"
IMAGE = "pages/dd/late.webp"


def shown(client) -> dict[str, bool]:
    """Whether each cached listing names A3, each served from the cache when it can be."""
    found = {}
    for url, named in ((ISSUE_URL, A3), (A2, A3), (SECTIONS, SECTION), (SITEMAP, A3)):
        response = client.get(url)
        assert response.status_code == 200, url
        found[url] = named in response.content.decode()
    return found


def cached(client) -> None:
    for url in (ISSUE_URL, A2, SECTIONS, SITEMAP, A1):
        client.get(url)
        assert client.get(url)["X-Cache"] == "hit", url


def test_a_page_of_drafts_appears_when_published_and_goes_when_withdrawn(
    client, db, django_capture_on_commit_callbacks
):
    make_edition()
    import_text(synthetic_page("A3", SECTION, 1, 0), "A3")
    story = Article.objects.get(page__label="A3")
    assert not any(shown(client).values()) and client.get(A3).status_code == 404
    cached(client)
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    assert all(shown(client).values()), shown(client)
    assert story.headline in client.get(A3).content.decode()
    cached(client)
    assert client.get(A3)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.save()
    assert not any(shown(client).values()), shown(client)
    assert client.get(A3).status_code == 404


def test_a_story_withdrawn_takes_the_picture_off_its_cached_page(
    client, db, django_capture_on_commit_callbacks
):
    edition = make_edition()
    with django_capture_on_commit_callbacks(execute=True):  # (a picture added is a change)
        PageImage.objects.create(
            page=edition.a1, pdf="pages/dd/late.pdf", pdf_checksum="d" * 64, image=IMAGE,
            thumbnail="pages/dd/late-thumb.webp", width=800, height=1200,
        )  # fmt: skip
    story = edition.article(PARTY)
    assert ArticlePart.objects.filter(article=story, page=edition.a1).exists()
    cached(client)
    assert IMAGE in client.get(A1).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.save()
    assert IMAGE not in client.get(A1).content.decode()
    assert "late-thumb" not in client.get(ISSUE_URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    assert IMAGE in client.get(A1).content.decode()
    assert "late-thumb" in client.get(ISSUE_URL).content.decode()
