"""A photo's history after its page's import was undone (撤销本版导入): a reviewer's history page
and deletion record were a 500 (the page they name is gone). They show, saying the page is gone,
and a revert is refused saying why and what to do (a re-import makes new photos)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Photo
from articles.photowithheld import withheld_storage
from tests.admin.conftest import form_data
from tests.admin.test_photo_files_removed import uploaded

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_undone(editor_client, seed, django_capture_on_commit_callbacks) -> Photo:
    photo = uploaded(editor_client, "page-gone.jpg")
    address = reverse("admin:articles_page_undo_import", args=[photo.page_id])
    sent = {**form_data(editor_client.get(address), "removal-form"), "confirm": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(address, sent).status_code == 302
    assert not Photo.objects.exists()
    return photo


def test_the_history_shows_and_says_the_page_is_gone(editor_client, page_undone):
    response = editor_client.get(reverse("admin:articles_photo_history", args=[page_undone.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "所在的版面已不在系统里（撤销了本版导入" in html and "请先重新导入这一版" in html
    assert "查看 / 恢复到此版本" not in html  # (its versions can only be viewed)


def test_the_deletion_record_shows_and_its_revert_is_refused_saying_why(editor_client, page_undone):
    record = Photo.history.filter(id=page_undone.pk).first()
    assert record.history_type == "-"
    version = reverse(
        "admin:articles_photo_simple_history", args=[page_undone.pk, record.history_id]
    )
    response = editor_client.get(version)
    assert response.status_code == 200
    assert "这里的版本只能查看，不能恢复" in response.content.decode()

    sent = {**form_data(response), "_save": "1"}
    response = editor_client.post(version, sent)
    assert response.status_code == 400
    assert "没有恢复：这张图片所在的版面已不在系统里" in response.content.decode()
    assert not Photo.objects.exists()
    assert withheld_storage().exists(page_undone.image.name)  # still kept for its history


@pytest.mark.parametrize("tail", ["abc/history/", "99999999999999999999/history/", "1/history/x/"])
def test_a_history_address_naming_nothing_is_a_404_in_chinese(editor_client, seed, tail):
    response = editor_client.get(f"/admin/articles/photo/{tail}")
    assert response.status_code == 404 and "不存在" in response.content.decode()
