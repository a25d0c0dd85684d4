"""A story's share card says a large picture only for one a large card takes: its own lead photo
as JPEG (``/photos/<id>.jpg``) with its size and alt, ``twitter:card`` ``summary_large_image``
only for a picture at least 300 pixels wide (X's minimum), else ``summary``; its page's
thumbnail (240 wide) only when it has no photo to share, as a ``summary`` card. A story with
its own photo gave the page's 240×360 WebP thumbnail as a ``summary_large_image``."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from articles.models import Photo
from tests.public.test_open_graph import HOST, picture_for, tags
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(db):
    made = make_story("寒潮来袭", "气象台发布寒潮预警，气温将下降十度。", section="要闻")
    picture_for(made.page)  # (1000×1400: a thumbnail 240×336)
    cache.clear()
    return made


def photo_of(story, width: int, height: int) -> Photo:
    photo = Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        caption="市民顶风出行。",
        image="photos/2026/12/photo.jpg",
        rendition="photos/2026/12/photo.jpg-1200.webp",
        thumbnail="photos/2026/12/photo.jpg-400.webp",
        width=width,
        height=height,
    )
    cache.clear()
    return photo


def card(client, story) -> dict[str, str]:
    return tags(client.get(story.get_absolute_url()).content.decode())


def test_a_story_with_its_own_photo_shares_that_photos_jpeg_as_a_large_card(client, story):
    photo = photo_of(story, 1200, 800)
    found = card(client, story)
    assert found["og:image"] == f"{HOST}/photos/{photo.pk}.jpg"
    assert (found["og:image:width"], found["og:image:height"]) == ("1200", "800")
    assert found["og:image:alt"] == "市民顶风出行。"
    assert found["twitter:card"] == "summary_large_image"


def test_a_photo_narrower_than_a_large_card_takes_makes_a_summary_card(client, story):
    photo = photo_of(story, 299, 400)
    found = card(client, story)
    assert found["og:image"] == f"{HOST}/photos/{photo.pk}.jpg"
    assert found["twitter:card"] == "summary"
    Photo.objects.filter(pk=photo.pk).update(width=300)
    cache.clear()
    assert card(client, story)["twitter:card"] == "summary_large_image"


def test_the_pages_thumbnail_is_the_last_resort_as_a_summary_card_with_its_size(client, story):
    found = card(client, story)
    assert found["og:image"] == f"{HOST}/media/pages/a1-thumb.png"
    assert (found["og:image:width"], found["og:image:height"]) == ("240", "336")
    assert found["twitter:card"] == "summary"
