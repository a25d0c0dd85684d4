"""A photo restored from its history comes back with its photographers (a reviewer deleted the
seed's photo credited 许丛军, restored its last version, and got it back with caption, credit line
and copies but no photographers: /people/许丛军/ was a 404, the credit unlinked). Each history
record keeps the photographers' names (articles/crediting.py), a deletion's those it had just
before, and a revert gives them back."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Person, Photo, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def _delete(client, photo) -> None:
    address = reverse("admin:articles_photo_delete", args=[photo.pk])
    assert client.post(address, form_data(client.get(address))).status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()


def _restore(client, pk, record):
    version = reverse("admin:articles_photo_simple_history", args=[pk, record.history_id])
    response = client.post(version, form_data(client.get(version)))
    assert response.status_code == 302
    return Photo.objects.get(pk=pk)


def _names(photo) -> list[str]:
    return [c.person.name for c in photo.credits.order_by("order")]


def _edit(client, photo, **changes):
    address = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(client.get(address))
    data.update(changes)
    assert client.post(address, data).status_code == 302


def test_a_deleted_photo_restored_from_its_last_version_is_credited_again(editor_client, seed):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    photo = Photo.objects.get()
    assert _names(photo) == ["许丛军"]
    _edit(editor_client, photo, caption=photo.caption + "（资料）")  # its first hand edit
    _delete(editor_client, photo)
    Person.objects.filter(name="许丛军", photo_credits__isnull=True).delete()  # nobody else's
    last = Photo.history.filter(id=photo.pk).exclude(history_type="-").first()
    restored = _restore(editor_client, photo.pk, last)
    assert _names(restored) == ["许丛军"]
    assert editor_client.get("/people/许丛军/").status_code == 200


def test_the_deletion_record_restored_credits_whom_the_photo_credited(editor_client, seed):
    photo = Photo.objects.get()
    _edit(editor_client, photo, credit_line="记者 陈维连/摄")  # photographers follow: 陈维连
    assert _names(Photo.objects.get()) == ["陈维连"]
    _delete(editor_client, photo)
    deletion = Photo.history.filter(id=photo.pk).first()
    assert deletion.history_type == "-" and deletion.photographers == ["陈维连"]
    assert _names(_restore(editor_client, photo.pk, deletion)) == ["陈维连"]


def test_a_version_keeps_the_photographers_an_editor_set_in_the_form(editor_client, seed):
    photo = Photo.objects.get()
    other = Person.objects.create(name="陈维连")
    address = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(address))
    data["credits-0-person"] = str(other.pk)
    assert editor_client.post(address, data).status_code == 302
    newest = Photo.history.filter(id=photo.pk).first()
    assert newest.photographers == ["陈维连"]
    first = Photo.history.filter(id=photo.pk).last()  # the import's version
    assert first.photographers == ["许丛军"]
    assert _names(_restore(editor_client, photo.pk, first)) == ["许丛军"]


def test_a_record_older_than_the_field_restores_whom_its_credit_line_names(editor_client, seed):
    photo = Photo.objects.get()
    _edit(editor_client, photo, caption="改过的说明")
    Photo.history.update(photographers=None)  # recorded before records kept them
    _delete(editor_client, photo)
    last = Photo.history.filter(id=photo.pk).exclude(history_type="-").first()
    assert _names(_restore(editor_client, photo.pk, last)) == ["许丛军"]
