"""A 版面's and an issue's share cards give their lead photo as JPEG (``/photos/<id>.jpg``), with
its size and alt, as a story's card does, and no picture when there is none: they gave the
page's ``-thumb.webp``, which WeChat's card and some scrapers do not show."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from articles.models import Article, Page, Photo
from tests.public.test_open_graph import HOST, picture_for, tags
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def photo_on(story, position: int, caption: str, name: str, **fields) -> Photo:
    return Photo.objects.create(
        page=story.page,
        article=story,
        position=position,
        caption=caption,
        image=f"photos/2026/12/{name}.jpg",
        rendition=f"photos/2026/12/{name}.jpg-1200.webp",
        thumbnail=f"photos/2026/12/{name}.jpg-400.webp",
        width=1200,
        height=800,
        **fields,
    )


@pytest.fixture
def story(db):
    made = make_story("大桥月底通车", "海港大桥主体工程完工，月底正式通车。", section="要闻")
    picture_for(made.page)  # (its thumbnail, which the cards gave)
    cache.clear()
    return made


def card(client, url: str) -> dict[str, str]:
    cache.clear()
    return tags(client.get(url).content.decode())


def test_a_pages_card_gives_its_lead_photo_as_jpeg_with_size_and_alt(client, story):
    waiting = Photo.objects.create(  # (an upload whose copy is not made: passed over)
        page=story.page, article=story, position=1, image="photos/2026/12/raw.jpg"
    )
    lead = photo_on(story, 2, "海港大桥主桥合龙。", "lead")
    photo_on(story, 3, "第二张图。", "second")
    found = card(client, story.page.get_absolute_url())
    assert found["og:image"] == f"{HOST}/photos/{lead.pk}.jpg" != f"{HOST}/photos/{waiting.pk}.jpg"
    assert found["og:image:type"] == "image/jpeg"
    assert (found["og:image:width"], found["og:image:height"]) == ("1200", "800")
    assert found["og:image:alt"] == "海港大桥主桥合龙。"
    assert found["twitter:card"] == "summary_large_image"


def test_an_issues_card_gives_its_first_pages_lead_photo(client, story):
    later = make_story("城市新闻", "正文。", label="A2", section="城市")
    Page.objects.filter(pk=story.page_id).update(sequence=1)
    Page.objects.filter(pk=later.page_id).update(sequence=2)
    second = photo_on(later, 1, "", "city")  # (no caption: the alt is the card's title)
    found = card(client, story.issue.get_absolute_url())
    assert found["og:image"] == f"{HOST}/photos/{second.pk}.jpg"
    assert found["og:image:alt"] == "测试日报 2021年3月1日"
    first = photo_on(story, 1, "头版的图。", "front")
    found = card(client, story.issue.get_absolute_url())
    assert found["og:image"] == f"{HOST}/photos/{first.pk}.jpg"
    assert (found["og:image:width"], found["og:image:alt"]) == ("1200", "头版的图。")


def test_an_issues_card_passes_over_a_withdrawn_storys_photo(client, story):
    photo_on(story, 1, "撤下稿件的图。", "gone")
    Article.objects.filter(pk=story.pk).update(status="draft")
    found = card(client, story.issue.get_absolute_url())
    assert "og:image" not in found


def test_a_page_and_an_issue_without_a_photo_give_no_picture(client, story):
    for url in (story.page.get_absolute_url(), story.issue.get_absolute_url()):
        found = card(client, url)
        assert "og:image" not in found and "thumb" not in str(found)
        assert found["twitter:card"] == "summary"
