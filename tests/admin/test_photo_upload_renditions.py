"""A photo uploaded at the desk is kept as the editor's original (原图), and readers get WebP
copies of it: a 1200-pixel reader's picture and a 400-pixel thumbnail, with ``srcset``,
``sizes``, ``width`` and ``height`` (a reviewer's 11000×9000 JPEG was sent to readers as it was).
The upload's limits (bytes, pixels) are said on the field, and a file over one is refused
saying which, by how much and what to shrink it to (a 20000×20000 PNG of 1.1 MB got Django's
“不是图片或者是已损坏的图片”). ``manage.py photo_renditions`` makes the copies of photos
uploaded before."""

from __future__ import annotations

import io
import re
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from articles.models import Article, Issue, Photo, Status
from articles.photouploads import photo_renditions_follow
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, format="JPEG", quality=70)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header says ``width`` × ``height`` (its data a few bytes): what a huge,
    flat picture looks like to a check of its header, without making one."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def change_url(photo):
    return reverse("admin:articles_photo_change", args=[photo.pk])


def upload(client, photo, name: str, data: bytes, kind: str = "image/jpeg"):
    sent = form_data(client.get(change_url(photo)))
    sent["image"] = SimpleUploadedFile(name, data, content_type=kind)
    return client.post(change_url(photo), sent)


def test_the_form_says_the_limits(editor_client, seed):
    html = editor_client.get(change_url(Photo.objects.get())).content.decode()
    assert "文件不超过 40MB，不超过 1 亿像素（如 10000×10000）" in html


def test_an_upload_gets_reader_copies_and_keeps_the_original(editor_client, client, seed):
    photo = Photo.objects.get()
    response = upload(editor_client, photo, "mid.jpg", jpeg(3000, 2000))
    assert response.status_code == 302, response.context["adminform"].form.errors
    photo.refresh_from_db()
    assert photo.image.name.endswith("mid.jpg")
    assert photo.rendition.name.endswith("mid.jpg-1200.webp") and (photo.width, photo.height) == (
        1200,
        800,
    )
    with Image.open(photo.thumbnail.open("rb")) as thumb:
        assert thumb.format == "WEBP" and thumb.size == (400, 267)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    html = client.get(photo.page.get_absolute_url()).content.decode()
    figure = html.split(f'id="photo-{photo.position}"')[1].split("</figure>")[0]
    assert f'<img src="{photo.rendition.url}"' in figure
    assert f'srcset="{photo.thumbnail.url} 400w, {photo.rendition.url} 1200w"' in figure
    assert 'sizes="' in figure and 'width="1200" height="800"' in figure
    assert f'<a class="muted original" href="{photo.image.url}"' in figure
    assert re.search(r">原图 \d+(\.\d)? KB</a>", figure)  # (its size: the JPEG uploaded)
    (shown,) = client.get(photo.page.get_absolute_url().rstrip("/") + ".json").json()["photos"]
    assert shown["rendition"].endswith(photo.rendition.url) and shown["width"] == 1200
    assert shown["image"].endswith(photo.image.url)  # the original, as before
    listing = editor_client.get(reverse("admin:articles_photo_changelist")).content.decode()
    assert f'src="{photo.thumbnail.url}"' in listing and f'src="{photo.image.url}"' not in listing


def test_a_picture_over_the_pixel_limit_is_refused_saying_its_size_and_the_fix(editor_client, seed):
    photo = Photo.objects.get()
    huge = png_header_only(20000, 20000)
    response = upload(editor_client, photo, "huge.png", huge, "image/png")
    assert response.status_code == 200
    (error,) = response.context["adminform"].form.errors["image"]
    assert error == (
        "这张图片太大：20000×20000 像素（4 亿像素），上限是 1 亿像素。"
        "请缩小到 10000×10000 像素以内再上传（读者看到的是 1200 像素宽的副本，原图不必更大）。"
    )
    photo.refresh_from_db()
    assert not photo.image


def test_a_file_over_the_byte_limit_is_refused_saying_its_size(editor_client, seed, settings):
    settings.NEWSROOM_PHOTO_MAX_BYTES = 2 * 1024 * 1024
    photo = Photo.objects.get()
    data = jpeg(100, 100) + b"\0" * (3 * 1024 * 1024)
    response = upload(editor_client, photo, "big.jpg", data)
    (error,) = response.context["adminform"].form.errors["image"]
    assert error.startswith("这个文件太大：3MB，上限是 2MB。请压缩后再上传")
    photo.refresh_from_db()
    assert not photo.image


def test_a_photo_uploaded_before_gets_its_copies_from_the_command(seed):
    from django.core.files.base import ContentFile

    photo = Photo.objects.get()
    photo.image.save("old.jpg", ContentFile(jpeg(800, 600)))
    assert not photo.rendition
    out = io.StringIO()
    call_command("photo_renditions", stdout=out)
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (800, 600) and photo.rendition.name.endswith(".webp")
    assert "已为 1 张图片生成阅读用图和缩略图" in out.getvalue()
    assert not photo_renditions_follow(photo)  # done: nothing more


def test_the_story_forms_photo_row_makes_the_copies_too(editor_client, seed):
    story = Article.objects.get(page__label="A1", position=1)
    Photo.objects.update(article=story)
    photo = Photo.objects.get()
    address = reverse("admin:articles_article_change", args=[story.pk])
    sent = form_data(editor_client.get(address))
    (row,) = [
        key.removesuffix("-id")
        for key, value in sent.items()
        if key.startswith("photos-") and key.endswith("-id") and value == str(photo.pk)
    ]
    sent[f"{row}-image"] = SimpleUploadedFile("row.jpg", jpeg(1600, 900), content_type="image/jpeg")
    response = editor_client.post(address, {**sent, "_save": "1"})
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.rendition.name.endswith("row.jpg-1200.webp") and photo.height == 675
