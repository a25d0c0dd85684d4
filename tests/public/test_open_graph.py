"""Open Graph and Twitter card tags on every public page: a shared link shows the page's title,
first words, picture and canonical address, all absolute."""

import re
from datetime import date

import pytest
from django.core.cache import cache

from articles.models import PageImage, Photo
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
HOST = "http://testserver"


def tags(html: str) -> dict[str, str]:
    found = dict(re.findall(r'<meta property="(og:[a-z_:]+)" content="([^"]*)">', html))
    card = re.search(r'<meta name="twitter:card" content="([^"]*)">', html)
    found["twitter:card"] = card.group(1) if card else ""
    return found


@pytest.fixture
def story(db):
    made = make_story(
        "大桥月底通车", "海港大桥主体工程完工，月底正式通车。", "市民期待已久。", section="要闻"
    )
    cache.clear()
    return made


def picture_for(page) -> PageImage:
    return PageImage.objects.create(
        page=page,
        pdf="pages/a1.pdf",
        pdf_checksum="0" * 64,
        image="pages/a1.png",
        thumbnail="pages/a1-thumb.png",
        width=1000,
        height=1400,
    )


def test_a_story_has_its_card_with_absolute_addresses(client, story):
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert found["og:title"] == "大桥月底通车"
    assert found["og:description"].startswith("海港大桥主体工程完工")
    assert found["og:type"] == "article"
    assert found["og:url"] == HOST + story.get_absolute_url()
    assert found["og:site_name"] == "测试日报"
    assert found["og:locale"] == "zh_CN"
    assert found["twitter:card"] == "summary"
    assert "og:image" not in found


def test_a_storys_picture_is_its_photo_else_its_pages_thumbnail(client, story):
    picture_for(story.page)
    cache.clear()
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert found["og:image"] == f"{HOST}/media/pages/a1-thumb.png"
    assert found["twitter:card"] == "summary"  # (240 wide: narrower than a large card takes)
    photo = Photo.objects.create(
        page=story.page, article=story, position=1, image="photos/bridge.jpg"
    )
    cache.clear()
    found = tags(client.get(story.get_absolute_url()).content.decode())
    # (an upload whose copy for readers is not made yet: its original is never shared)
    assert found["og:image"] == f"{HOST}/media/pages/a1-thumb.png"
    Photo.objects.filter(pk=photo.pk).update(
        rendition="photos/bridge.jpg-1200.webp", thumbnail="photos/bridge.jpg-400.webp"
    )
    cache.clear()
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert found["og:image"] == f"{HOST}/photos/{photo.pk}.jpg"  # (its JPEG copy)


def test_a_page_and_an_issue_have_their_cards(client, story):
    picture_for(story.page)
    cache.clear()
    page = tags(client.get(story.page.get_absolute_url()).content.decode())
    assert page["og:title"] == "A1版 要闻 · 测试日报 2021年3月1日"
    assert page["og:url"] == HOST + story.page.get_absolute_url()
    assert "og:image" not in page  # (no photo: not the page's WebP thumbnail)
    assert page["og:type"] == "website"
    issue = tags(client.get(story.issue.get_absolute_url()).content.decode())
    assert issue["og:title"] == "测试日报 2021年3月1日"
    assert issue["og:description"] == "测试日报 2021年3月1日，共 1 版"
    assert issue["og:url"] == HOST + story.issue.get_absolute_url()
    assert "og:image" not in issue


def test_other_pages_name_their_paper_or_the_site(client, story):
    section = tags(client.get("/test-daily/sections/要闻/").content.decode())
    assert section["og:title"] == "要闻 · 测试日报" and section["og:site_name"] == "测试日报"
    assert section["og:url"].startswith(HOST)
    search = tags(client.get("/search/?q=大桥").content.decode())
    assert search["og:site_name"] == "数字报" and search["twitter:card"] == "summary"


def test_a_traditional_storys_card_says_its_locale(client, db):
    made = make_story("臺灣同胞來訪", "來自臺灣的同胞參觀了當地的歷史建築。", day=date(2021, 3, 2))
    cache.clear()
    assert tags(client.get(made.get_absolute_url()).content.decode())["og:locale"] == "zh_TW"


def test_a_storys_uploaded_photo_is_shared_by_its_copy_for_readers(client, story):
    photo = Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        image="photos/2026/12/mid.jpg",
        rendition="photos/2026/12/mid-1200.webp",
        thumbnail="photos/2026/12/mid-400.webp",
        width=1200,
        height=982,
    )
    cache.clear()
    found = tags(client.get(story.get_absolute_url()).content.decode())
    # its copy for readers (1200 wide) as JPEG, not its original (a camera's 11000 pixels)
    assert found["og:image"] == f"{HOST}/photos/{photo.pk}.jpg"
    assert found["og:image:width"] == "1200"
