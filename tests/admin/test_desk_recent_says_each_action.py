"""编辑部最近的操作 says what was done to each thing it lists, as the history does: a photo
deleted at the desk was listed as its bare caption, with the editor and the time, and no word
that it was deleted (a reviewer took it for an edit). Every line from the admin log now starts
with its action and what kind of thing it was done to (删除图片 / 修改人员 / 新建稿件…)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.admin.changelog import desk_recent
from articles.models import Photo
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def recent_module(client) -> str:
    html = client.get(reverse("admin:index")).content.decode()
    return html.split('id="recent-actions-module"')[1].split("</ul>")[0]


def test_a_photo_deleted_at_the_desk_is_listed_as_deleted(editor_client, seed):
    photo = Photo.objects.first()
    caption = photo.caption
    url = reverse("admin:articles_photo_delete", args=[photo.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()
    line = desk_recent()[0]
    assert line.text.startswith("删除图片"), line.text
    assert caption[:20] in line.text
    assert "删除图片" in recent_module(editor_client)


def test_an_edit_and_a_creation_say_theirs(editor_client, seed):
    add = reverse("admin:articles_person_add")
    data = form_data(editor_client.get(add)) | {"name": "柯岚", "_save": "保存"}
    assert editor_client.post(add, data).status_code == 302
    assert desk_recent()[0].text.startswith("新建人员"), desk_recent()[0].text
    photo = Photo.objects.first()
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(change)) | {"caption": "新的图片说明", "_save": "保存"}
    assert editor_client.post(change, data).status_code == 302
    text = desk_recent()[0].text
    assert text.startswith("修改图片"), text
    assert "新的图片说明" in text
