"""An issue of picture pages only (photos standing alone, no story), once published through the
publishing service, is public as an issue of stories is: its issue page (each page's card says
how many photos it has), its pages with their photos and credits, the search's 「图片」 section,
the issues' and pages' sitemaps; its paper's feeds list stories only and stay valid. Before it is
published (and after it is taken back) none of it shows anywhere."""

from datetime import date
from urllib.parse import quote

import pytest

from articles.models import Issue, Page
from articles.publishing import issue_publish, issue_unpublish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2021, 5, 3)
ISSUE_URL = f"/nantong-daily/{DAY.isoformat()}/"
PAGE_URL = ISSUE_URL + "B1/"
PICTURES = """春日湿地里，白鹭在浅滩上觅食。

本报记者 林晓舟摄

傍晚的渔港，归来的渔船依次靠岸。

记者 苏明远摄
"""
PHOTOGRAPHER_URL = f"/people/{quote('林晓舟')}/"


@pytest.fixture
def pictures(db, django_capture_on_commit_callbacks) -> Issue:
    """A draft issue of one page of two photos standing alone, imported (and indexed)."""
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PICTURES, "B1", when=DAY)
    return Issue.objects.get(date=DAY)


@pytest.fixture
def published(pictures, django_capture_on_commit_callbacks) -> Issue:
    with django_capture_on_commit_callbacks(execute=True):  # (the cache is bumped at commit)
        issue_publish(issue=pictures)
    return pictures


def search_photos(client, query: str) -> str:
    html = client.get("/search/", {"q": query}).content.decode()
    start = html.find('<section class="photo-hits"')
    return "" if start < 0 else html[start : html.index("</section>", start)]


def test_an_issue_of_pictures_shows_nothing_before_it_is_published(client, pictures):
    for url in (ISSUE_URL, PAGE_URL, "/nantong-daily/", PHOTOGRAPHER_URL):
        assert client.get(url).status_code == 404, url
    assert search_photos(client, "白鹭") == ""
    assert ISSUE_URL not in client.get("/sitemap-issues.xml").content.decode()


def test_the_issue_page_lists_its_picture_page_with_its_photos_counted(client, published):
    html = client.get(ISSUE_URL).content.decode()
    assert f'本版无文字稿件，有 <a href="{PAGE_URL}">2 幅图片</a>。' in html
    assert client.get("/nantong-daily/").status_code == 200  # the paper's latest issue


def test_the_picture_page_shows_its_photos_with_their_credits(client, published):
    html = client.get(PAGE_URL).content.decode()
    assert "春日湿地里，白鹭在浅滩上觅食。" in html and "傍晚的渔港" in html
    assert f'<a href="{PHOTOGRAPHER_URL}">林晓舟</a>' in html
    assert "春日湿地" in client.get(PHOTOGRAPHER_URL).content.decode()


def test_search_lists_the_issue_s_photos_by_caption_and_by_photographer(client, published):
    assert "<mark>白鹭</mark>" in search_photos(client, "白鹭")
    assert "<mark>苏明远</mark>" in search_photos(client, "苏明远")


def test_the_sitemaps_list_the_issue_and_its_page(client, published):
    assert f"http://testserver{ISSUE_URL}" in client.get("/sitemap-issues.xml").content.decode()
    assert f"http://testserver{PAGE_URL}" in client.get("/sitemap-pages.xml").content.decode()


def test_the_feeds_stay_valid_and_list_no_story(client, published):
    for url in ("/nantong-daily/feed.xml", "/feed.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<entry>" not in response.content.decode()


def test_taken_back_the_issue_of_pictures_shows_nothing_again(
    client, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue_unpublish(issue=published)
    for url in (ISSUE_URL, PAGE_URL, PHOTOGRAPHER_URL):
        assert client.get(url).status_code == 404, url
    assert search_photos(client, "白鹭") == ""


def test_a_page_with_neither_stories_nor_photos_still_says_it_has_no_story(client, published):
    Page.objects.create(issue=published, label="B2")
    html = client.get(ISSUE_URL).content.decode()
    assert html.count("本版无文字稿件。") == 1  # (B2: nothing on it)
