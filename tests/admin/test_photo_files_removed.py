"""A photo's files when it goes, as a picture desk wants them: its copies for readers go once the
deletion is committed (the desk's delete, 撤销本版导入), never when it rolls back; its original
stays while its history can restore it (the desk's 恢复 of a deleted photo brings it back
whole, copies made again), and goes with ``manage.py photo_renditions --remove-unused`` once
that history is purged. A new upload removes the old copies and withholds the old original (a
reviewer's replaced big.png answered 200; a revert to the earlier version brings it back)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from articles.models import Page, Photo
from articles.photowithheld import withheld_storage
from tests.admin.conftest import form_data
from tests.admin.test_photo_upload_renditions import jpeg, upload

pytestmark = pytest.mark.django_db


def uploaded(client, name: str = "mid.jpg") -> Photo:
    photo = Photo.objects.get()
    assert upload(client, photo, name, jpeg(1600, 1200)).status_code == 302
    photo.refresh_from_db()
    assert photo.rendition and photo.thumbnail
    return photo


def files(photo) -> dict[str, bool]:
    names = (photo.image.name, photo.rendition.name, photo.thumbnail.name)
    return {name: default_storage.exists(name) for name in names}


def test_a_deleted_photo_loses_its_copies_and_keeps_its_original_for_its_history(
    editor_client, seed, django_capture_on_commit_callbacks
):
    photo = uploaded(editor_client)
    original, *copies = files(photo)
    address = reverse("admin:articles_photo_delete", args=[photo.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(address, form_data(editor_client.get(address)))
    assert response.status_code == 302 and not Photo.objects.exists()
    assert not any(default_storage.exists(name) for name in copies)
    assert not default_storage.exists(original)  # no longer public (a reviewer's was, 200)
    assert withheld_storage().exists(original)  # kept for its history, out of readers' reach

    # 恢复: the deleted photo's history, its last version, restored whole
    (record, *_) = Photo.history.filter(id=photo.pk)
    assert record.history_type == "-"
    version = reverse("admin:articles_photo_simple_history", args=[photo.pk, record.history_id])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(version, form_data(editor_client.get(version))).status_code == 302
    restored = Photo.objects.get(pk=photo.pk)
    assert restored.image.name == original and restored.rendition.name == copies[0]
    assert all(files(restored).values())
    assert not withheld_storage().exists(original)  # back where it was, once


def test_undoing_a_page_removes_its_photos_copies(
    editor_client, seed, django_capture_on_commit_callbacks
):
    photo = uploaded(editor_client)
    original, *copies = files(photo)
    address = reverse("admin:articles_page_undo_import", args=[photo.page_id])
    sent = {**form_data(editor_client.get(address), "removal-form"), "confirm": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(address, sent).status_code == 302
    assert not Page.objects.filter(pk=photo.page_id).exists()
    assert not any(default_storage.exists(name) for name in copies)
    assert withheld_storage().exists(original)  # its history (a deletion record) names it
    assert not default_storage.exists(original)


def test_a_deletion_rolled_back_removes_no_file(
    editor_client, seed, django_capture_on_commit_callbacks
):
    photo = uploaded(editor_client)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        Photo.objects.get().delete()
        raise RuntimeError
    assert Photo.objects.exists() and all(files(photo).values())


def test_a_new_upload_removes_the_old_copies_and_withholds_the_old_original(
    editor_client, seed, django_capture_on_commit_callbacks
):
    first = uploaded(editor_client, "first.jpg")
    old_original, *old_copies = files(first)
    with django_capture_on_commit_callbacks(execute=True):
        second = uploaded(editor_client, "second.jpg")
    assert all(files(second).values())
    assert not any(default_storage.exists(name) for name in old_copies)
    assert not default_storage.exists(old_original)  # no longer public (a reviewer's was, 200)
    assert withheld_storage().exists(old_original)  # its history names it: a revert brings it back


def test_an_original_goes_once_its_history_is_purged(
    editor_client, seed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        photo = uploaded(editor_client, "gone.jpg")
        Photo.objects.get().delete()
    cut = default_storage.save("photos/pdf/2026/cut.webp", ContentFile(b"RIFF"))
    call_command("photo_renditions", "--remove-unused", stdout=StringIO())
    assert withheld_storage().exists(photo.image.name)  # its history can still restore it

    Photo.history.all().delete()  # what clean_old_history does to records past their age
    out = StringIO()
    call_command("photo_renditions", "--remove-unused", stdout=out)
    assert not default_storage.exists(photo.image.name)
    assert not withheld_storage().exists(photo.image.name)
    assert default_storage.exists(cut)  # pictures cut from page PDFs are the import's
    assert "个不再使用的图片文件" in out.getvalue()


def test_an_original_left_public_by_an_older_release_is_withheld_by_the_command(
    editor_client, seed, django_capture_on_commit_callbacks
):
    """A photo deleted before this release kept its original public: ``photo_renditions
    --remove-unused`` moves it out of readers' reach (its history still names it)."""
    with django_capture_on_commit_callbacks(execute=True):
        photo = uploaded(editor_client, "older.jpg")
        Photo.objects.get().delete()
    name = photo.image.name
    with withheld_storage().open(name, "rb") as kept:  # as the older release left it
        default_storage.save(name, kept)
    withheld_storage().delete(name)
    out = StringIO()
    call_command("photo_renditions", "--remove-unused", stdout=out)
    assert not default_storage.exists(name) and withheld_storage().exists(name)
    assert "已将 1 个只有修改记录引用的原图" in out.getvalue()


def test_a_new_upload_never_takes_a_withheld_name(
    editor_client, seed, django_capture_on_commit_callbacks
):
    """A camera repeats its names: a second DSC_0001.JPG of the month, uploaded after the first's
    photo was deleted, is stored apart, so the deleted photo's history restores its own picture."""
    with django_capture_on_commit_callbacks(execute=True):
        first = uploaded(editor_client, "DSC_0001.jpg")
        Photo.objects.get().delete()
    assert withheld_storage().exists(first.image.name)
    photo = Photo.objects.create(page=first.page, position=first.position)
    upload(editor_client, photo, "DSC_0001.jpg", jpeg(800, 600))
    photo.refresh_from_db()
    assert photo.image.name != first.image.name and photo.image.name.endswith(".jpg")


def test_a_replaced_original_withheld_by_the_command_comes_back_with_its_revert(
    editor_client, seed, django_capture_on_commit_callbacks
):
    first = uploaded(editor_client, "before.jpg")
    old_original = first.image.name
    with django_capture_on_commit_callbacks(execute=True):
        uploaded(editor_client, "after.jpg")
    call_command("photo_renditions", "--remove-unused", stdout=StringIO())
    assert not default_storage.exists(old_original) and withheld_storage().exists(old_original)

    record = Photo.history.filter(id=first.pk, image=old_original).first()
    version = reverse("admin:articles_photo_simple_history", args=[first.pk, record.history_id])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(version, form_data(editor_client.get(version))).status_code == 302
    reverted = Photo.objects.get()
    assert reverted.image.name == old_original and all(files(reverted).values())
    assert not withheld_storage().exists(old_original)


def test_a_photo_history_reads_as_the_desk_does(
    editor_client, seed, django_capture_on_commit_callbacks
):
    """A reviewer's 改动 column read ``人工修改时间：None → 2026-12-06 07:06:05.532217+00:00`` and
    ``图片：photos/…``: the bookkeeping time is left out, nothing is 空, the image its file name."""
    with django_capture_on_commit_callbacks(execute=True):
        photo = uploaded(editor_client, "big.jpg")
    response = editor_client.get(reverse("admin:articles_photo_history", args=[photo.pk]))
    changes = response.content.decode().split('id="change-history"')[1]
    assert "人工修改时间" not in changes and "None" not in changes
    assert "+00:00" not in changes and "photos/" not in changes
    assert "（空） &rarr; big.jpg" in changes


def test_a_revert_brings_the_replaced_original_back_and_withholds_the_one_it_replaces(
    editor_client, seed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = uploaded(editor_client, "good.jpg")
        second = uploaded(editor_client, "big.jpg")
    assert withheld_storage().exists(first.image.name)
    assert not default_storage.exists(first.image.name)  # a reviewer's answered 200

    record = Photo.history.filter(id=first.pk, image=first.image.name).first()
    version = reverse("admin:articles_photo_simple_history", args=[first.pk, record.history_id])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(version, form_data(editor_client.get(version))).status_code == 302
    reverted = Photo.objects.get()
    assert reverted.image.name == first.image.name and all(files(reverted).values())
    assert not default_storage.exists(second.image.name)
    assert withheld_storage().exists(second.image.name)
