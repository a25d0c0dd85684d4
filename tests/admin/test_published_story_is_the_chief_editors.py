"""On a paper that requires sign-off, a published story is changed only by a chief editor: the
story, part and photo forms are read-only to an editor (saying why), a POST of them is refused,
and so is a spreadsheet row; a chief editor's change is saved. A reviewer's editor changed a
published headline live with no one signing it off."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Photo, Publication, Status
from articles.signoff import PUBLISHED_LOCKED_MESSAGE
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    edit_headlines,
    export,
    import_preview,
)

pytestmark = pytest.mark.django_db

NEW = "改过的标题"


@pytest.fixture
def published(seed_with_a2):
    """The seed paper requiring sign-off, its issue and stories published."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    return Article.objects.order_by("pk").first()


def change_url(model: str, obj) -> str:
    return reverse(f"admin:articles_{model}_change", args=[obj.pk])


def test_the_story_form_is_read_only_to_an_editor_and_says_why(editor_client, published):
    html = editor_client.get(change_url("article", published)).content.decode()
    assert PUBLISHED_LOCKED_MESSAGE[:20] in html
    assert 'name="headline"' not in html  # shown, not editable


def test_an_editors_stale_post_of_a_published_story_is_refused_saying_why(
    editor_client, chief_client, published
):
    """A form opened before the story was published: not saved, and the form again with the
    reason (not a bare 403)."""
    url = change_url("article", published)
    data = form_data(chief_client.get(url))
    data["headline"] = NEW
    response = editor_client.post(url, data, follow=True)
    assert response.redirect_chain == [(url, 302)]
    html = response.content.decode()
    assert PUBLISHED_LOCKED_MESSAGE[:20] in html and "您这次的修改没有保存" in html
    published.refresh_from_db()
    assert published.headline != NEW and published.status == Status.PUBLISHED


def test_a_chief_editor_changes_a_published_story(chief_client, published):
    url = change_url("article", published)
    data = form_data(chief_client.get(url))
    data["headline"] = NEW
    assert chief_client.post(url, data).status_code == 302
    published.refresh_from_db()
    assert published.headline == NEW and published.status == Status.PUBLISHED


def test_on_a_paper_without_sign_off_an_editor_still_changes_a_published_story(
    editor_client, published
):
    Publication.objects.update(review_required=False)
    url = change_url("article", published)
    data = form_data(editor_client.get(url))
    data["headline"] = NEW
    assert editor_client.post(url, data).status_code == 302
    published.refresh_from_db()
    assert published.headline == NEW


def test_a_part_and_a_photo_of_a_published_story_are_refused_to_an_editor(
    editor_client, chief_client, published
):
    part = ArticlePart.objects.filter(article__status=Status.PUBLISHED).first()
    assert (
        PUBLISHED_LOCKED_MESSAGE[:20]
        in editor_client.get(change_url("articlepart", part)).content.decode()
    )
    data = form_data(chief_client.get(change_url("articlepart", part)))
    assert editor_client.post(change_url("articlepart", part), data).status_code == 302
    photo = Photo.objects.first()
    Photo.objects.filter(pk=photo.pk).update(article=published)
    url = change_url("photo", photo)
    assert PUBLISHED_LOCKED_MESSAGE[:20] in editor_client.get(url).content.decode()
    data = form_data(chief_client.get(url))
    data["caption"] = "改过的图注"
    assert editor_client.post(url, data).status_code == 302
    photo.refresh_from_db()
    assert photo.caption != "改过的图注"


def test_the_page_form_refuses_an_editors_change_to_a_published_storys_photo(
    editor_client, published
):
    # The issue taken back: a published one's page is the chief editor's as a whole
    # (test_published_issue_is_the_chief_editors); its published story's photo still is.
    Issue.objects.update(status=Status.DRAFT)
    photo = Photo.objects.first()
    Photo.objects.filter(pk=photo.pk).update(article=published)
    url = change_url("page", photo.page)
    data = form_data(editor_client.get(url))
    row = next(
        k
        for k, v in data.items()
        if k.startswith("photos-") and k.endswith("-id") and v == str(photo.pk)
    )
    data[row.replace("-id", "-caption")] = "篡改的说明"
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    assert (
        response.status_code == 200 and PUBLISHED_LOCKED_MESSAGE[:20] in response.content.decode()
    )
    photo.refresh_from_db()
    assert photo.caption != "篡改的说明"


def test_an_editor_cannot_attach_a_stand_alone_photo_to_a_published_story(editor_client, published):
    Issue.objects.update(status=Status.DRAFT)  # its stand-alone photo the editor's again
    photo = Photo.objects.first()
    Photo.objects.filter(pk=photo.pk).update(article=None)
    url = change_url("photo", photo)
    data = form_data(editor_client.get(url))
    data["article"] = str(published.pk)
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    assert (
        response.status_code == 200 and PUBLISHED_LOCKED_MESSAGE[:20] in response.content.decode()
    )
    photo.refresh_from_db()
    assert photo.article_id is None


def test_a_spreadsheet_row_changing_a_published_story_is_refused_to_an_editor(
    editor_client, published
):
    ds = dataset(export(editor_client, "article", CSV), CSV)
    edit_headlines(ds, {0: NEW})
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert PUBLISHED_LOCKED_MESSAGE[:20] in html
    assert 'name="import_file_name"' not in html  # nothing to confirm
    assert not Article.objects.filter(headline=NEW).exists()
