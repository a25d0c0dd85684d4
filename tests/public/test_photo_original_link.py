"""A photo's 原图 link on a story's page: a tap target of at least 44×44 CSS pixels (it was the
bare word, 25×19), saying the original's size (``原图 5.4 MB``: a camera's file, much larger than
the copy shown), saved under the caption's first words rather than the uploader's file name
(``photo.jpg``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from articles.models import Photo
from articles.templatetags.photooriginals import readable_size
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
CSS = Path(__file__).resolve().parents[2] / "templates" / "includes" / "site.css"


def story_with_photo(caption: str, size: int = 5_381_514):
    story = make_story("寒潮来袭", "气象台发布寒潮预警，气温将下降十度。", section="要闻")
    original = default_storage.save("photos/2026/12/photo.jpg", ContentFile(b"\xff" * size))
    Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        caption=caption,
        image=original,
        rendition=f"{original}-1200.webp",
        thumbnail=f"{original}-400.webp",
        width=1200,
        height=800,
    )
    cache.clear()
    return story


def original_link(client, story) -> str:
    html = client.get(story.get_absolute_url()).content.decode()
    (link,) = re.findall(r'<a class="muted original"[^>]*>[^<]*</a>', html)
    return link


def test_the_original_link_says_its_size_and_saves_under_the_captions_words(client):
    link = original_link(client, story_with_photo("市民顶风出行。寒潮影响全市。"))
    assert 'href="/media/photos/2026/12/photo.jpg"' in link
    assert ">原图 5.4 MB</a>" in link and "（5.4 MB）" in link
    assert 'download="市民顶风出行.jpg"' in link


def test_a_photo_without_a_caption_saves_under_its_place(client):
    link = original_link(client, story_with_photo("", size=820_000))
    assert 'download="图片1.jpg"' in link and ">原图 820 KB</a>" in link


def test_an_original_missing_from_the_store_says_no_size(client):
    story = story_with_photo("市民顶风出行")
    default_storage.delete("photos/2026/12/photo.jpg")
    cache.clear()
    assert ">原图</a>" in original_link(client, story)


def test_sizes_read_as_readers_expect():
    assert [readable_size(n) for n in (512, 820_000, 5_381_514, 12_400_000)] == [
        "512 B",
        "820 KB",
        "5.4 MB",
        "12 MB",
    ]


def test_the_original_link_is_a_tap_target_of_at_least_44_css_pixels():
    (rule,) = re.findall(r"figure\.photo a\.original \{([^}]*)\}", CSS.read_text(encoding="utf-8"))
    assert "display: inline-block" in rule
    assert "min-height: 44px" in rule and "min-width: 44px" in rule
