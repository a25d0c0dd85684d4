"""A story's photo as aggregators, search engines and share cards read it: ``og:image`` with its
type, size and alt, the same picture as JSON-LD NewsArticle ``image`` (an ``ImageObject`` with
its width, height and caption), and in the feeds an enclosure per photo (type, length). The
JSON-LD had no ``image`` though ``og:image`` was set, ``og:image`` came without size or alt,
and the feeds' entries without the photo."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from articles.models import Photo
from tests.public.test_open_graph import HOST, tags
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
COPY = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 40  # (the bytes are not read, only counted)


@pytest.fixture
def photographed(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = make_story("大桥月底通车", "海港大桥主体工程完工，月底正式通车。", section="要闻")
    rendition = default_storage.save("photos/2026/12/mid.jpg-1200.webp", ContentFile(COPY))
    Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        caption="海港大桥主桥合龙。",
        image="photos/2026/12/mid.jpg",
        rendition=rendition,
        thumbnail="photos/2026/12/mid.jpg-400.webp",
        width=1200,
        height=982,
    )
    cache.clear()
    return story, rendition


def test_the_card_gives_the_photos_type_size_and_alt(client, photographed):
    story, rendition = photographed
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert found["og:image"] == f"{HOST}/media/{rendition}"
    assert found["og:image:type"] == "image/webp"
    assert (found["og:image:width"], found["og:image:height"]) == ("1200", "982")
    assert found["og:image:alt"] == "海港大桥主桥合龙。"


def test_the_json_ld_gives_the_same_picture(client, photographed):
    story, rendition = photographed
    html = client.get(story.get_absolute_url()).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    image = json.loads(script.group(1))["image"]
    assert image == {
        "@type": "ImageObject",
        "url": f"{HOST}/media/{rendition}",
        "width": 1200,
        "height": 982,
        "caption": "海港大桥主桥合龙。",
    }


@pytest.mark.parametrize(
    "url", ["/test-daily/feed.xml", "/feed.xml", "/test-daily/sections/要闻/feed.xml"]
)
def test_a_feed_entry_encloses_its_photo(client, photographed, url):
    story, rendition = photographed
    make_story("另一篇没有图片", "正文。")
    cache.clear()
    root = ElementTree.fromstring(client.get(url).content)
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    enclosures = entries["大桥月底通车"].findall(f"{ATOM}link[@rel='enclosure']")
    assert [(e.get("href"), e.get("type"), e.get("length")) for e in enclosures] == [
        (f"{HOST}/media/{rendition}", "image/webp", str(len(COPY)))
    ]
    assert not entries["另一篇没有图片"].findall(f"{ATOM}link[@rel='enclosure']")
