"""The public e-paper with page PDFs: the page image with a link over each story, the PDF,
thumbnails in 版面导航, where a story ran, and the JSON twins; pages without a PDF unchanged."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article, Zone
from tests.pdfpages.conftest import DAY, PAPER

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
    assert page["picture"]["image"].endswith(".webp") and ".pdf?page=" in page["picture"]["pdf"]
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


def test_the_page_pdf_is_saved_under_the_papers_name_date_and_page(client, pdf_edition):
    """下载本版 PDF saved the file under its content hash (``d71a0fa4….pdf``)."""
    html = client.get(pdf_edition + "2/").content.decode()
    assert f'download="城市日报-{DAY}-2.pdf">下载本版 PDF' in html
    href = html.split('<a class="pdf-download" href="')[1].split('"')[0]
    response = client.get(href)
    assert response.status_code == 200
    # RFC 6266: the UTF-8 name, and an ASCII one (the paper's slug) for clients reading only that
    assert response["Content-Disposition"] == (
        f'inline; filename="{PAPER}-{DAY}-2.pdf"; '
        f"filename*=UTF-8''%E5%9F%8E%E5%B8%82%E6%97%A5%E6%8A%A5-{DAY}-2.pdf"
    )


def test_a_page_pdf_name_holds_nothing_a_file_name_cannot():
    from datetime import date

    from articles.views.pagefiles import pdf_name

    assert (
        pdf_name("城市/日报", date(2024, 5, 20), ["A1", "A2", "A4"])
        == "城市_日报-2024-05-20-A1-A4.pdf"
    )
