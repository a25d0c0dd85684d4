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


def _copies_do_not_fit(monkeypatch):
    """The original is stored; its copies for readers then find the disk full."""
    import errno

    from articles.mediastore import MediaWriteError, store_whole

    def full(name, content, **kwargs):
        if not name.endswith(".webp"):
            return store_whole(name, content, **kwargs)
        raise MediaWriteError(name, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr("articles.photofiles.store_whole", full)


@pytest.mark.django_db
def test_a_desk_upload_whose_copies_do_not_fit_says_so_at_once(editor_client, seed, monkeypatch):
    photo = Photo.objects.get()
    _copies_do_not_fit(monkeypatch)
    response = upload(editor_client, photo, f"DSC_{uuid.uuid4().hex[:8]}.jpg", _jpeg(900, 600))
    assert response.status_code == 302
    said = [(m.level_tag, m.message) for m in editor_client.get(response.url).context["messages"]]
    warnings = [text for level, text in said if level == "warning"]
    assert len(warnings) == 1, said
    assert "已保存，但阅读用图和缩略图没有生成" in warnings[0]
    assert "媒体存储的空间已满" in warnings[0] and "读者页面暂不显示这张图片" in warnings[0]
    assert "重新生成图片副本" in warnings[0] and "命令" not in warnings[0]
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.FAILED


@pytest.mark.django_db
def test_the_failed_photos_note_says_the_desk_action_not_a_command(seed, monkeypatch):
    from articles.photofiles import photo_copies_make

    photo = Photo.objects.get()
    photo.image.save(f"DSC_{uuid.uuid4().hex[:8]}.jpg", io.BytesIO(_jpeg(300, 200)), save=True)
    _copies_do_not_fit(monkeypatch)
    photo_copies_make(photo)
    photo.refresh_from_db()
    assert "腾出空间（或扩大磁盘）后点“重新生成图片副本”" in photo.rendition_problem
    assert "同一命令" not in photo.rendition_problem and "再操作一次" not in photo.rendition_problem


@pytest.mark.django_db
def test_a_full_disk_at_the_desk_says_upload_again_not_run_the_command(
    editor_client, seed, full_disk
):
    FullDiskStorage.room = 4096
    response = upload(editor_client, Photo.objects.get(), "DSC_full.jpg", _jpeg(900, 600))
    html = response.content.decode()
    assert response.status_code == 503
    assert "腾出空间（或扩大磁盘）后返回上一页重新选择文件，再上传一次" in html
    assert "命令" not in html and "再操作一次" not in html


def test_rematching_zones_on_a_full_disk_says_the_desk_action(monkeypatch):
    import errno

    from articles.admin.pagezones import rematch_selected
    from articles.mediastore import MediaWriteError

    def full(page):
        raise MediaWriteError("photos/pdf/x.webp", OSError(errno.ENOSPC, "No space left on device"))

    said = []

    class Desk:
        def message_user(self, request, message, level):
            said.append(message)

    monkeypatch.setattr("articles.admin.pagezones.page_rematch", full)
    rematch_selected(Desk(), None, ["A1"])
    assert "腾出空间（或扩大磁盘）后再执行一次“重新匹配所选版面的热区”" in said[0]
    assert "命令" not in said[0]


@pytest.mark.django_db
def test_a_new_picture_whose_copies_do_not_fit_keeps_the_old_one_for_readers(
    editor_client, seed, monkeypatch
):
    photo = Photo.objects.get()
    upload(editor_client, photo, f"old_{uuid.uuid4().hex[:8]}.jpg", _jpeg(900, 600))
    photo.refresh_from_db()
    before = (photo.image.name, photo.rendition.name, photo.thumbnail.name)
    _copies_do_not_fit(monkeypatch)
    new = f"new_{uuid.uuid4().hex[:8]}"
    response = upload(editor_client, photo, f"{new}.jpg", _jpeg(900, 600))
    html = response.content.decode()
    assert response.status_code == 503
    assert "什么也没有保存" in html and "媒体存储的空间已满" in html and "再上传一次" in html
    photo.refresh_from_db()
    assert (photo.image.name, photo.rendition.name, photo.thumbnail.name) == before
    assert photo.rendition_state == RenditionState.DONE and photo.picture_shown
    assert all(photo.image.storage.exists(name) for name in before)
    _, stored = photo.image.storage.listdir(photo.image.name.rsplit("/", 1)[0])
    assert not [name for name in stored if name.startswith(new)]  # the new upload not kept
