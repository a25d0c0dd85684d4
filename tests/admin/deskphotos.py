"""The desk's deleting of a photo and its bringing back from its history (恢复), as the tests
that delete one drive them (tests/importing/test_desk_deleted_photo_stays_deleted.py,
tests/importing/test_pdf_photo_shared_jpeg_length.py, tests/admin/test_retracted_photo_files.py,
tests/admin/test_upload_desk_deleted_photo.py): each posts what the rendered page would send."""

from __future__ import annotations

from django.urls import reverse

from articles.models import Photo
from tests.admin.conftest import form_data


def desk_delete(client, photo: Photo) -> None:
    """The desk's 删除 of ``photo``, posting what its confirmation page would send."""
    address = reverse("admin:articles_photo_delete", args=[photo.pk])
    page = client.get(address)
    assert page.status_code == 200
    assert client.post(address, form_data(page)).status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()


def history_restore(client, photo: Photo, on_commit) -> Photo:
    """The desk's 恢复 of the deleted ``photo`` from its history's latest version, posting what
    that version's page would send, its on-commit work run (``on_commit``: pytest-django's
    ``django_capture_on_commit_callbacks``); the photo as restored."""
    record = Photo.history.filter(id=photo.pk).first()
    version = reverse("admin:articles_photo_simple_history", args=[photo.pk, record.history_id])
    with on_commit(execute=True):
        response = client.post(version, form_data(client.get(version)))
    assert response.status_code == 302
    return Photo.objects.get(pk=photo.pk)
