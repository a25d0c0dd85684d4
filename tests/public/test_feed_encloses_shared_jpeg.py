"""A feed entry encloses its photo's shared JPEG (``/photos/<id>.jpg``) by the JPEG's true length:
aggregators and podcast-style readers expect JPEG; the enclosure was the photo's WebP copy. The
length is kept on the photo when its JPEG is made (with its readers' copies, or by ``manage.py
photo_renditions`` for photos from before and pictures cut from page PDFs); a photo whose
JPEG's length is not known for its current picture is not enclosed (never a guessed length)."""

from __future__ import annotations

import io
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from articles.models import Photo
from articles.photofiles import photo_copies_make
from tests.public.test_open_graph import HOST
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def picture(width: int, height: int, kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, format=kind)
    return out.getvalue()


@pytest.fixture
def story(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return make_story("大桥月底通车", "海港大桥主体工程完工，月底正式通车。", section="要闻")


def enclosures(client) -> list[tuple[str, str, str]]:
    cache.clear()
    root = ElementTree.fromstring(client.get("/test-daily/feed.xml").content)
    return [
        (e.get("href"), e.get("type"), e.get("length"))
        for e in root.iter(f"{ATOM}link")
        if e.get("rel") == "enclosure"
    ]


def shared_jpeg(client, photo: Photo) -> bytes:
    response = client.get(f"/photos/{photo.pk}.jpg")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    return response.content


def test_an_uploads_copies_give_the_feed_its_jpeg_by_its_true_length(client, story):
    original = default_storage.save("photos/2026/12/DSC_0001.png", ContentFile(picture(1500, 900)))
    photo = Photo.objects.create(page=story.page, article=story, position=1, image=original)
    photo_copies_make(photo)
    assert enclosures(client) == [
        (f"{HOST}/photos/{photo.pk}.jpg", "image/jpeg", str(len(shared_jpeg(client, photo))))
    ]


def test_a_photo_whose_jpeg_length_is_not_known_is_enclosed_only_once_it_is(client, story):
    """A photo whose copies were made before the length was kept: left out (not the WebP, not a
    guess), until ``manage.py photo_renditions`` makes its JPEG and keeps its length."""
    copy = io.BytesIO()
    Image.open(io.BytesIO(picture(600, 400))).save(copy, format="WEBP")
    rendition = default_storage.save("photos/2026/12/a.jpg-1200.webp", ContentFile(copy.getvalue()))
    photo = Photo.objects.create(
        page=story.page,
        article=story,
        position=1,
        image="photos/2026/12/a.jpg",
        rendition=rendition,
        thumbnail="photos/2026/12/a.jpg-400.webp",
        width=600,
        height=400,
    )
    assert enclosures(client) == []
    call_command("photo_renditions", stdout=io.StringIO())
    photo.refresh_from_db()
    assert photo.shared_jpeg_from == rendition
    assert enclosures(client) == [
        (f"{HOST}/photos/{photo.pk}.jpg", "image/jpeg", str(len(shared_jpeg(client, photo))))
    ]


def test_a_picture_cut_from_a_changed_pdf_is_not_enclosed_by_the_old_pictures_length(client, story):
    first = default_storage.save("photos/pdf/ab/abcd-0-1.png", ContentFile(picture(300, 200)))
    photo = Photo.objects.create(page=story.page, article=story, position=1, image=first)
    call_command("photo_renditions", stdout=io.StringIO())
    assert enclosures(client) == [
        (f"{HOST}/photos/{photo.pk}.jpg", "image/jpeg", str(len(shared_jpeg(client, photo))))
    ]
    second = default_storage.save("photos/pdf/cd/cdef-0-1.png", ContentFile(picture(500, 300)))
    Photo.objects.filter(pk=photo.pk).update(image=second)  # (as a re-import with a new PDF)
    assert enclosures(client) == []
    call_command("photo_renditions", stdout=io.StringIO())
    photo.refresh_from_db()
    assert enclosures(client) == [
        (f"{HOST}/photos/{photo.pk}.jpg", "image/jpeg", str(len(shared_jpeg(client, photo))))
    ]


def test_a_pdf_picture_too_large_to_share_gets_no_length(client, story, settings):
    cut = default_storage.save("photos/pdf/ab/abcd-0-2.png", ContentFile(picture(300, 200)))
    photo = Photo.objects.create(page=story.page, article=story, position=1, image=cut)
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 300 * 200 - 1
    call_command("photo_renditions", stdout=io.StringIO())
    photo.refresh_from_db()
    assert photo.shared_jpeg_bytes is None
    assert enclosures(client) == []
