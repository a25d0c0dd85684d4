"""A story's photo as aggregators, search engines and share cards read it: ``og:image`` a JPEG
(``/photos/<id>.jpg``: WeChat's card and some scrapers show no WebP) with its type, size and
alt, the same picture as JSON-LD NewsArticle ``image`` (an ``ImageObject`` with its width,
height and caption), and in the feeds an enclosure per photo (type, length). ``og:image`` was
the WebP copy, without size or alt; the JSON-LD had no ``image``; the feeds no photo."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from articles import feedphotos
from articles.models import Photo
from articles.sharedjpeg import shared_jpeg_record
from tests.public.test_open_graph import HOST, tags
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def webp(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="WEBP")
    return out.getvalue()


COPY = webp(120, 98)  # (the reader's copy: at most 1200 wide; small here)


@pytest.fixture
def photographed(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = make_story("大桥月底通车", "海港大桥主体工程完工，月底正式通车。", section="要闻")
    rendition = default_storage.save("photos/2026/12/mid.jpg-1200.webp", ContentFile(COPY))
    photo = Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        caption="海港大桥主桥合龙。",
        image="photos/2026/12/mid.jpg",
        rendition=rendition,
        thumbnail="photos/2026/12/mid.jpg-400.webp",
        width=120,
        height=98,
    )
    shared_jpeg_record(photo)  # (as its copies, or manage.py photo_renditions, record it)
    cache.clear()
    return story, rendition


def test_the_card_gives_the_photo_as_jpeg_with_its_size_and_alt(client, photographed):
    story, _rendition = photographed
    photo = Photo.objects.get()
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert found["og:image"] == f"{HOST}/photos/{photo.pk}.jpg"
    assert found["og:image:type"] == "image/jpeg"
    assert (found["og:image:width"], found["og:image:height"]) == ("120", "98")
    assert found["og:image:alt"] == "海港大桥主桥合龙。"
    response = client.get(f"/photos/{photo.pk}.jpg")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    shared = Image.open(io.BytesIO(response.content))
    assert (shared.format, shared.size) == ("JPEG", (120, 98))


def test_a_photo_readers_may_not_see_has_no_jpeg(client, photographed):
    story, _rendition = photographed
    photo = Photo.objects.get()
    story.status = "draft"
    story.save()
    cache.clear()
    assert client.get(f"/photos/{photo.pk}.jpg").status_code == 404
    assert client.get(f"/photos/{photo.pk + 1}.jpg").status_code == 404


def test_the_json_ld_gives_the_same_picture(client, photographed):
    story, _rendition = photographed
    html = client.get(story.get_absolute_url()).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    image = json.loads(script.group(1))["image"]
    assert image == {
        "@type": "ImageObject",
        "url": f"{HOST}/photos/{Photo.objects.get().pk}.jpg",
        "width": 120,
        "height": 98,
        "caption": "海港大桥主桥合龙。",
    }


@pytest.mark.parametrize(
    "url", ["/test-daily/feed.xml", "/feed.xml", "/test-daily/sections/要闻/feed.xml"]
)
def test_a_feed_entry_encloses_its_photo(client, photographed, url):
    _story, rendition = photographed
    make_story("另一篇没有图片", "正文。")
    cache.clear()
    root = ElementTree.fromstring(client.get(url).content)
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    enclosures = entries["大桥月底通车"].findall(f"{ATOM}link[@rel='enclosure']")
    photo = Photo.objects.get()
    jpeg = client.get(f"/photos/{photo.pk}.jpg").content
    assert [(e.get("href"), e.get("type"), e.get("length")) for e in enclosures] == [
        (f"{HOST}/photos/{photo.pk}.jpg", "image/jpeg", str(len(jpeg)))
    ]
    assert rendition not in client.get(url).content.decode()  # (not the WebP copy)
    assert not entries["另一篇没有图片"].findall(f"{ATOM}link[@rel='enclosure']")


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 200)).save(out, format="PNG")
    return out.getvalue()


def upload_waiting_for_copies(data: bytes) -> None:
    """The photo's file replaced by an upload (``photos/2026/12/big.png``) whose reader's copies
    the worker has not made yet, and the page cache emptied."""
    original = default_storage.save("photos/2026/12/big.png", ContentFile(data))
    Photo.objects.update(
        image=original,
        rendition="",
        thumbnail="",
        width=None,
        height=None,
        rendition_state="queued",
    )
    cache.clear()


def test_an_upload_without_its_readers_copy_yet_is_never_decoded_for_a_reader(client, photographed):
    """Its original may be a camera's 100 million pixels: /photos/<id>.jpg decoded it whole for
    any anonymous request (8000×8000: 560 MB more) while its copies waited for the worker."""
    story, _rendition = photographed
    upload_waiting_for_copies(png(1600, 1600))
    photo = Photo.objects.get()
    assert client.get(f"/photos/{photo.pk}.jpg").status_code == 404
    found = tags(client.get(story.get_absolute_url()).content.decode())
    assert f"/photos/{photo.pk}.jpg" not in found.get("og:image", "")  # (its page's thumbnail)


def test_a_picture_cut_from_the_pdf_is_shared_within_the_pixel_bound(
    client, photographed, settings
):
    _story, _rendition = photographed
    cut = default_storage.save("photos/pdf/ab/abcd-1.png", ContentFile(png(300, 200)))
    Photo.objects.update(image=cut, rendition="", thumbnail="", width=None, height=None)
    photo = Photo.objects.get()
    assert client.get(f"/photos/{photo.pk}.jpg").status_code == 200
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 300 * 200 - 1
    cache.clear()
    assert client.get(f"/photos/{photo.pk}.jpg").status_code == 404


@pytest.mark.django_db(transaction=True)  # (each save commits, and bumps its tags, at once)
def test_another_photos_save_keeps_a_cached_jpeg(client, photographed):
    """It was dropped by any photo saved anywhere (the global ``photos`` tag)."""
    _story, _rendition = photographed
    photo = Photo.objects.get()
    assert client.get(f"/photos/{photo.pk}.jpg")["X-Cache"] == "miss"
    other = make_story("另一篇有图", "正文。", day=date(2021, 3, 2))
    Photo.objects.create(page=other.page, article=other, position=1, caption="别的图")
    assert client.get(f"/photos/{photo.pk}.jpg")["X-Cache"] == "hit"
    photo.caption = "改过的说明"
    photo.save()
    assert client.get(f"/photos/{photo.pk}.jpg")["X-Cache"] == "miss"


def test_a_feed_never_encloses_an_uploads_original(client, photographed):
    """It enclosed the original (full size, its EXIF kept) while the copy was not made."""
    upload_waiting_for_copies(png(300, 300))
    root = ElementTree.fromstring(client.get("/test-daily/feed.xml").content)
    assert not list(root.iter(f"{ATOM}link[@rel='enclosure']"))
    assert b"big.png" not in client.get("/test-daily/feed.xml").content


def test_a_feed_render_sizes_a_bounded_number_of_photos(client, photographed, monkeypatch):
    """Each photo's file was sized (an S3 HEAD each) on every render of a 200-entry feed; now
    its JPEG's length is kept on the row (none sized), and a render encloses a bounded number."""
    _story, rendition = photographed
    other = make_story("另一篇有图", "正文。", day=date(2021, 3, 2))
    newer = Photo.objects.create(
        page=other.page,
        article=other,
        position=1,
        image="photos/2026/12/b.jpg",
        rendition=rendition,
        thumbnail="photos/2026/12/b.jpg-400.webp",
        width=120,
        height=98,
    )
    shared_jpeg_record(newer)
    sized = []
    real = default_storage.size
    monkeypatch.setattr(default_storage, "size", lambda name: sized.append(name) or real(name))
    monkeypatch.setattr(feedphotos, "SIZED_AT_MOST", 1, raising=False)
    cache.clear()
    root = ElementTree.fromstring(client.get("/test-daily/feed.xml").content)
    assert sized == []
    entries = {e.findtext(f"{ATOM}title"): e for e in root.iter(f"{ATOM}entry")}
    enclosed = [t for t, e in entries.items() if e.findall(f"{ATOM}link[@rel='enclosure']")]
    assert enclosed == ["另一篇有图"]  # (the newest story's)
