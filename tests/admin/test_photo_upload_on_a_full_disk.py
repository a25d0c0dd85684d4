"""The desk's photo upload and a photo's copies for readers (``photo_renditions``) on a full
media disk: nothing half-written is left, the desk says in Chinese that nothing was saved and
why, and the copies are made whole once there is room (articles.mediastore)."""

from __future__ import annotations

import io
import uuid
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from articles.models import Photo, RenditionState
from tests.admin.test_photo_upload_renditions import upload
from tests.fulldisk import FullDiskStorage, full_disk_fixture  # noqa: F401 (full_disk)


def _files(media) -> list[str]:
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="JPEG", quality=95)
    return out.getvalue()


@pytest.mark.django_db
def test_a_desk_upload_on_a_full_disk_leaves_no_stub_and_says_so(editor_client, seed, full_disk):
    photo = Photo.objects.get()
    FullDiskStorage.room = 4096
    response = upload(editor_client, photo, f"DSC_{uuid.uuid4().hex[:8]}.jpg", _jpeg(900, 600))
    html = response.content.decode()
    assert response.status_code == 503
    assert "什么也没有保存" in html and "媒体存储的空间已满" in html and "Errno" not in html
    assert _files(full_disk) == []
    photo.refresh_from_db()
    assert not photo.image


@pytest.mark.django_db
def test_photo_renditions_on_a_full_disk_leave_no_stub_and_make_them_when_there_is_room(
    editor_client, seed, full_disk
):
    photo = Photo.objects.get()
    upload(editor_client, photo, f"DSC_{uuid.uuid4().hex[:8]}.jpg", _jpeg(3000, 2000))
    photo.refresh_from_db()
    for copy in (photo.rendition, photo.thumbnail):  # a photo uploaded before there were copies
        copy.storage.delete(copy.name)
    Photo.objects.filter(pk=photo.pk).update(rendition="", thumbnail="", width=None, height=None)
    FullDiskStorage.room = 1024  # the original is there; its copies do not fit
    err = StringIO()
    with pytest.raises(CommandError, match="1 张图片没有生成阅读用图和缩略图"):
        call_command("photo_renditions", stdout=StringIO(), stderr=err)
    assert "媒体存储的空间已满" in err.getvalue() and "Errno" not in err.getvalue()
    assert _files(full_disk) == [photo.image.name]  # no copy, whole or not
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.FAILED
    assert "媒体存储的空间已满" in photo.rendition_problem
    FullDiskStorage.room = None
    call_command("photo_renditions", stdout=StringIO(), stderr=StringIO())
    photo.refresh_from_db()
    with photo.rendition.open("rb") as handle, Image.open(handle) as image:
        image.load()
