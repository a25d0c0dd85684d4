"""The public e-paper with page PDFs: the page image with a link over each story, the PDF,
thumbnails in 版面导航, where a story ran, and the JSON twins; pages without a PDF unchanged."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article, Zone

pytestmark = pytest.mark.django_db


def test_the_page_shows_its_image_with_a_link_over_each_story(client, pdf_edition):
    html = client.get(pdf_edition + "1/").content.decode()
    assert '<figure class="page-picture"' in html and ".webp" in html
    assert "下载本版 PDF" in html and ".pdf" in html
    for zone in Zone.objects.filter(page__label="1", part__isnull=False).select_related(
        "part__article"
    ):
        article = zone.part.article
        assert f'<a href="{article.get_absolute_url()}" class="zone zone-story"' in html
        assert f'aria-label="{article.title}"' in html


def test_a_zone_of_an_unpublished_story_is_not_shown(client, pdf_edition):
    hidden = Article.objects.get(headline="城南新建两座口袋公园")
    hidden.status = "draft"
    hidden.save()
    html = client.get(pdf_edition + "1/").content.decode()
    assert "城南新建两座口袋公园" not in html


def test_a_page_without_a_pdf_looks_as_before(client, pdf_edition):
    html = client.get(pdf_edition + "3/").content.decode()
    assert '<figure class="page-picture"' not in html and "下载本版 PDF" not in html


def test_the_issue_shows_thumbnails_of_pages_with_a_pdf(client, pdf_edition):
    html = client.get(pdf_edition).content.decode()
    assert html.count('class="page-thumb"') == 2
    assert "1版版面缩略图" in html and "2版版面缩略图" in html and "3版版面缩略图" not in html


def test_a_story_shows_where_it_ran_on_each_page(client, pdf_edition):
    story = Article.objects.get(headline="夏季用电高峰提前到来")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "版面位置" in html
    assert html.count('class="ran-on-page"') == 2  # page 1 and its continuation on page 2


def test_the_json_twins_carry_the_images_and_zones(client, pdf_edition):
    page = client.get(pdf_edition + "1.json").json()
    assert page["picture"]["image"].endswith(".webp") and page["picture"]["pdf"].endswith(".pdf")
    assert len(page["zones"]) == 4
    for zone in page["zones"]:
        assert zone["url"].startswith("http") and zone["title"]
        assert all(0 <= v <= 1 for rect in zone["rects"] for v in rect)
    assert client.get(pdf_edition + "3.json").json()["picture"] is None
    issue = client.get(pdf_edition.rstrip("/") + ".json").json()
    assert [bool(p["thumbnail"]) for p in issue["pages"]] == [True, True, False]
    story = Article.objects.get(headline="夏季用电高峰提前到来")
    ran_on = client.get(story.get_absolute_url().rstrip("/") + ".json").json()["ran_on"]
    assert [r["page"] for r in ran_on] == ["1", "2"]
