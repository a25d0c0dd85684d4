"""A caption or credit an editor fixes in the photo's own form or a photo spreadsheet changes
what its signed-off story prints: the story goes back to 待审 as the story form sends it
(``articles.signoff.edit_reason``); a chief editor's own fix keeps the sign-off."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.models import Article, Photo, Publication, Status
from articles.signoff import EDITED_AFTER_SIGNOFF_REASON, stories_sign_off
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
    with_cell,
)
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """河畔步道全线贯通

本报讯 沿河步道最后一段昨日完工，市民可由北岸公园一路步行至南岸码头，全长六公里。

■晨练市民在新开放的步道上散步。（陈志明摄）
"""


@pytest.fixture
def photo(chief_client) -> Photo:
    """The photo of a story a chief editor signed off, on a paper that requires sign-off."""
    import_text(PAGE, "A1")
    Publication.objects.update(review_required=True)
    chief = get_user_model().objects.get(username="desk-chief")
    stories_sign_off(articles=Article.objects.all(), user=chief)
    photo = Photo.objects.get()
    assert photo.article.status == Status.SIGNED_OFF
    return photo


def caption_fix(client, photo: Photo) -> None:
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(client.get(url))
    data["caption"] = data["caption"].replace("晨练市民", "晨练的市民")
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_an_editors_caption_fix_in_the_photo_form_sends_the_story_back(editor_client, photo):
    caption_fix(editor_client, photo)
    story = Article.objects.get()
    assert story.status == Status.REVIEW
    assert story.signed_off_by is None and story.signed_off_at is None
    assert EDITED_AFTER_SIGNOFF_REASON in story.history.first().history_change_reason


def test_a_chief_editors_caption_fix_keeps_the_sign_off(chief_client, photo):
    caption_fix(chief_client, photo)
    story = Article.objects.get()
    assert story.status == Status.SIGNED_OFF and story.signed_off_by is not None


def test_an_editors_caption_fix_in_a_photo_spreadsheet_sends_the_story_back(editor_client, photo):
    ds = dataset(export(editor_client, "photo", CSV), CSV)
    caption = ds[0][ds.headers.index("图片说明")].replace("晨练市民", "晨练的市民")
    preview = import_preview(
        editor_client, "photo", as_file(with_cell(ds, 0, "图片说明", caption), CSV), CSV
    )
    assert not preview.context["result"].has_validation_errors()
    assert import_confirm(editor_client, "photo", preview).status_code == 302
    story = Article.objects.get()
    assert Photo.objects.get().caption == caption
    assert story.status == Status.REVIEW and story.signed_off_by is None


def test_a_photo_deleted_from_the_photo_list_sends_its_story_back(editor_client, photo):
    changelist = reverse("admin:articles_photo_changelist")
    selected = {"action": "delete_selected", "_selected_action": [str(photo.pk)]}
    assert editor_client.post(changelist, selected).status_code == 200  # the confirmation
    done = editor_client.post(changelist, {**selected, "post": "yes"})
    assert done.status_code == 302 and not Photo.objects.exists()
    story = Article.objects.get()
    assert story.status == Status.REVIEW
    assert story.history.first().history_change_reason.startswith("删除了所附图片")


def test_a_chief_editor_deleting_the_photo_keeps_the_sign_off_and_updates_the_story(
    chief_client, photo
):
    before = Article.objects.get().updated_at
    url = reverse("admin:articles_photo_delete", args=[photo.pk])
    assert chief_client.post(url, {"post": "yes"}).status_code == 302
    story = Article.objects.get()
    assert story.status == Status.SIGNED_OFF and story.updated_at > before
    assert story.history.first().history_change_reason == "删除了所附图片"
