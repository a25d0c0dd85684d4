"""A fresh reviewer's photo defects, as a picture desk wants them fixed: each upload's copies are
named after its stored file whole (``DSC_0001.JPG`` and ``DSC_0001.png`` of one month showed
readers one picture, and a corrected re-upload made no copies at all); a tall picture's copies
stay within WebP's 16383 pixels (HTTP 500 before, the original left in media); a JPEG cut
short, a GIF or a TIFF is refused by the form in Chinese before anything is stored; a save that
fails leaves no upload behind. Each test POSTs what the photo form sends, the file in it."""

from __future__ import annotations

import io
import uuid
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from articles.models import Photo, RenditionState
from tests.admin.test_photo_upload_renditions import upload

pytestmark = pytest.mark.django_db

RED, BLUE = (220, 20, 20), (20, 20, 220)


def picture(size, colour, kind="JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=kind)
    return out.getvalue()


def colour_of(field) -> tuple[int, int, int]:
    with field.open("rb") as stored, Image.open(stored) as shown:
        return shown.convert("RGB").getpixel((shown.width // 2, shown.height // 2))


def near(found, wanted) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(found, wanted, strict=True))


def second_photo(photo) -> Photo:
    return Photo.objects.create(page=photo.page, position=photo.position + 50, caption="另一张")


def stored_like(stem: str) -> list[str]:
    """The files under ``photos/`` whose names start with ``stem`` (a test's own upload)."""
    found, folders = [], ["photos/"]
    while folders:
        folder = folders.pop()
        try:
            subs, files = default_storage.listdir(folder)
        except FileNotFoundError:
            continue
        found += [f"{folder}{name}" for name in files if name.startswith(stem)]
        folders += [f"{folder}{sub}/" for sub in subs]
    return found


def test_two_uploads_of_one_name_in_a_month_keep_their_own_pictures(editor_client, seed):
    first = Photo.objects.get()
    other = second_photo(first)
    stem = f"DSC_{uuid.uuid4().hex[:8]}"  # a name no earlier test stored
    assert upload(editor_client, first, f"{stem}.JPG", picture((900, 600), RED)).status_code == 302
    sent = picture((900, 600), BLUE, "PNG")
    assert upload(editor_client, other, f"{stem}.png", sent, "image/png").status_code == 302
    first.refresh_from_db()
    other.refresh_from_db()
    assert first.rendition.name != other.rendition.name
    assert first.thumbnail.name != other.thumbnail.name
    assert near(colour_of(first.rendition), RED) and near(colour_of(first.thumbnail), RED)
    assert near(colour_of(other.rendition), BLUE) and near(colour_of(other.thumbnail), BLUE)


def test_a_corrected_reupload_of_the_same_name_gets_new_copies(
    editor_client, seed, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get()
    stem = f"DSC_{uuid.uuid4().hex[:8]}"  # a name no earlier test stored
    assert upload(editor_client, photo, f"{stem}.JPG", picture((900, 600), RED)).status_code == 302
    photo.refresh_from_db()
    old = {photo.rendition.name, photo.thumbnail.name}
    with django_capture_on_commit_callbacks(execute=True):
        sent = picture((900, 600), BLUE, "PNG")
        assert upload(editor_client, photo, f"{stem}.png", sent, "image/png").status_code == 302
    photo.refresh_from_db()
    assert near(colour_of(photo.rendition), BLUE) and near(colour_of(photo.thumbnail), BLUE)
    assert not any(default_storage.exists(name) for name in old)  # the wrong picture is gone


def test_the_command_names_and_remakes_photos_whose_copies_were_shared(seed):
    """Rows of the release before: copies named after the upload without its extension."""
    first = Photo.objects.get()
    other = second_photo(first)
    first.image.save("DSC_0001.JPG", ContentFile(picture((900, 600), RED)))
    other.image.save("DSC_0001.png", ContentFile(picture((900, 600), BLUE, "PNG")))
    folder = first.image.name.rsplit("/", 1)[0]
    shared = {
        "rendition": f"{folder}/DSC_0001-1200.webp",
        "thumbnail": f"{folder}/DSC_0001-400.webp",
    }
    for name in shared.values():
        default_storage.save(name, ContentFile(picture((400, 300), BLUE, "WEBP")))
    Photo.objects.filter(pk__in=[first.pk, other.pk]).update(**shared, width=900, height=600)
    out = StringIO()
    call_command("photo_renditions", stdout=out)
    assert out.getvalue().count("与别的图片共用了阅读用图") == 2
    assert first.image.name in out.getvalue() and other.image.name in out.getvalue()
    first.refresh_from_db()
    other.refresh_from_db()
    assert near(colour_of(first.rendition), RED) and near(colour_of(other.rendition), BLUE)
    assert first.rendition.name == f"{first.image.name}-1200.webp"


@pytest.mark.parametrize(
    ("size", "kind", "reader"),
    [((800, 17000), "JPEG", (771, 16383)), ((300, 17000), "PNG", (289, 16383))],
)
def test_a_tall_pictures_copies_stay_within_webp(
    editor_client, seed, worker, settings, size, kind, reader
):
    """Over the inline bound: the worker makes them (the JPEG is 13.6 million pixels decoded)."""
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 1_000_000
    photo = Photo.objects.get()
    response = upload(editor_client, photo, f"strip.{kind.lower()}", picture(size, RED, kind))
    assert response.status_code == 302
    worker()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE, photo.rendition_problem
    assert (photo.width, photo.height) == reader
    with photo.thumbnail.open("rb") as stored, Image.open(stored) as thumb:
        assert thumb.height <= 16383 and thumb.width <= 400


def test_a_tall_jpeg_within_the_inline_bound_is_saved_with_its_copies(
    editor_client, seed, settings
):
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 20_000_000
    photo = Photo.objects.get()
    response = upload(editor_client, photo, "strip.jpg", picture((800, 17000), RED))
    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (
        771,
        16383,
    ) and photo.rendition_state == RenditionState.DONE


def test_a_jpeg_cut_short_is_refused_and_nothing_is_stored(editor_client, seed):
    photo = Photo.objects.get()
    noise = Image.effect_noise((900, 600), 60).convert("RGB")
    out = io.BytesIO()
    noise.save(out, format="JPEG")
    stem = f"cut-{uuid.uuid4().hex[:8]}"
    response = upload(editor_client, photo, f"{stem}.jpg", out.getvalue()[: out.tell() // 2])
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image"] == [
        "文件不完整或已损坏，请重新导出后上传（JPEG、PNG 或 WebP）。"
    ]
    photo.refresh_from_db()
    assert not photo.image and stored_like(stem) == []


@pytest.mark.parametrize(("kind", "name"), [("GIF", "GIF"), ("TIFF", "TIFF")])
def test_a_gif_or_tiff_is_refused_saying_to_save_it_as_jpeg_or_png(editor_client, seed, kind, name):
    photo = Photo.objects.get()
    stem = f"other-{uuid.uuid4().hex[:8]}"
    response = upload(editor_client, photo, f"{stem}.{kind.lower()}", picture((60, 40), RED, kind))
    (error,) = response.context["adminform"].form.errors["image"]
    assert error.startswith(f"编辑台只收 JPEG、PNG 或 WebP 图片，这个文件是 {name}。")
    assert "另存为 JPEG" in error
    assert "GIF、TIFF 等请先另存为 JPEG 或 PNG" in response.content.decode()  # the help text
    assert stored_like(stem) == []


def test_a_save_that_fails_leaves_no_upload_behind(editor_client, seed, monkeypatch):
    def broken(photo, **kwargs):
        raise RuntimeError("the copies' step broke")

    monkeypatch.setattr("articles.admin.photorenditions.photo_renditions_follow", broken)
    photo = Photo.objects.get()
    stem = f"fails-{uuid.uuid4().hex[:8]}"
    with pytest.raises(RuntimeError):
        upload(editor_client, photo, f"{stem}.jpg", picture((300, 200), RED))
    photo.refresh_from_db()
    assert not photo.image and stored_like(stem) == []
