"""A retracted photo's own files are no longer served (a corrections editor deleted a photo cut
from its page PDF: ``/media/photos/pdf/…-0-0.webp`` still answered 200, as it did after an
upload replaced the picture). Once no photo uses it, the picture cut from the PDF leaves the
media storage for the withheld folder (its history's 恢复 brings it back; two photos may share
the file, named by the PDF); its share JPEG is gone. The page as printed (its image, big
picture and PDF) still shows it, and the desk's 删除 says so, and what the editor can do."""

# ruff: noqa: F811 (the fixtures imported from other test packages)
from __future__ import annotations

import pytest
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.importing.deskdeleted import DESK_DELETE_REASON
from articles.models import Page, Photo
from articles.photowithheld import withheld_storage
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.admin.deskphotos import desk_delete
from tests.admin.test_photo_upload_renditions import jpeg, upload
from tests.importing.test_desk_deleted_photo_stays_deleted import CAPTION
from tests.pdfpages.conftest import built_pages, pdf_edition  # noqa: F401

pytestmark = pytest.mark.django_db

NOTE = "版面图和版面PDF仍印有这张图片"


def test_a_deleted_photos_picture_cut_from_the_pdf_is_no_longer_public(
    pdf_edition, editor_client, django_capture_on_commit_callbacks
):
    reader = Client()
    photo = Photo.objects.get(caption=CAPTION)
    picture = photo.image.name
    assert reader.get(f"/photos/{photo.pk}.jpg").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        desk_delete(editor_client, photo)
    assert not default_storage.exists(picture)  # its /media/photos/pdf/… address: gone
    assert withheld_storage().exists(picture)  # kept for its history, out of readers' reach
    assert reader.get(f"/photos/{photo.pk}.jpg").status_code == 404

    # 恢复 from its history: the picture back where it was
    record = Photo.history.filter(id=photo.pk).first()
    version = reverse("admin:articles_photo_simple_history", args=[photo.pk, record.history_id])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(version, form_data(editor_client.get(version))).status_code == 302
    assert Photo.objects.get(pk=photo.pk).image.name == picture
    assert default_storage.exists(picture) and not withheld_storage().exists(picture)


def test_a_picture_cut_from_the_pdf_that_an_upload_replaced_is_no_longer_public(
    pdf_edition, editor_client, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get(caption=CAPTION)
    picture = photo.image.name
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(editor_client, photo, "better.jpg", jpeg(800, 600)).status_code == 302
    photo.refresh_from_db()
    assert photo.uploaded
    assert not default_storage.exists(picture) and withheld_storage().exists(picture)


def test_a_picture_another_photo_still_uses_stays(
    pdf_edition, editor_client, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get(caption=CAPTION)
    other = Photo.objects.create(page=Page.objects.get(label="3"), position=1, image=photo.image)
    with django_capture_on_commit_callbacks(execute=True):
        desk_delete(editor_client, photo)
    assert default_storage.exists(other.image.name)  # still public: the other photo's


def test_the_deletion_says_the_page_as_printed_still_shows_the_photo(pdf_edition, editor_client):
    photo = Photo.objects.get(caption=CAPTION)
    page = editor_client.get(reverse("admin:articles_photo_delete", args=[photo.pk]))
    html = page.content.decode()
    assert NOTE in html and "城市日报 2024-05-20 1版的版面图" in html
    assert "只上传这一版的新 PDF" in html and "撤回所选稿件" in html

    # a photo of a page without a PDF: nothing printed to say
    textonly = Photo.objects.create(page=Page.objects.get(label="3"), position=1, caption="说明。")
    page = editor_client.get(reverse("admin:articles_photo_delete", args=[textonly.pk]))
    assert NOTE not in page.content.decode()


def test_deleting_photos_ticked_in_the_list_says_so_and_is_remembered(pdf_edition, editor_client):
    photo = Photo.objects.get(caption=CAPTION)
    listing = reverse("admin:articles_photo_changelist")
    sent = form_data(editor_client.get(listing), "changelist-form")
    sent.update(action="delete_selected", _selected_action=[str(photo.pk)])
    confirm = editor_client.post(listing, sent)
    assert confirm.status_code == 200 and NOTE in confirm.content.decode()
    assert editor_client.post(listing, form_data(confirm)).status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()
    record = Photo.history.filter(id=photo.pk).first()
    assert record.history_type == "-" and record.history_change_reason == DESK_DELETE_REASON


def test_the_deletion_says_a_cut_another_photo_uses_stays_public(pdf_edition, editor_client):
    """Deleting a photo whose picture cut from the PDF is another issue's photo's too (the same
    PDF): the note said its file would no longer be served, yet it stayed (the other photo's).
    It names where the other photo is and that the file stays."""
    photo = Photo.objects.get(caption=CAPTION)
    other_page = Page.objects.get(label="3")
    Photo.objects.create(page=other_page, position=1, image=photo.image)
    html = editor_client.get(reverse("admin:articles_photo_delete", args=[photo.pk]))
    html = html.content.decode()
    assert NOTE in html
    assert f"同时是{other_page.issue} {other_page.label}版的图片" in html
    assert "这个文件仍能从原地址打开" in html
