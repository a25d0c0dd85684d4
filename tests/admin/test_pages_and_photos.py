"""Re-parsing a page from the admin (with the importer's conflict rule), photo uploads with
thumbnails, and reporters edited on the story."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import Article, Page, Photo
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def reparse_url(page):
    return reverse("admin:articles_page_reparse", args=[page.pk])


@pytest.fixture
def edited(seed):
    article = Article.objects.get(page__label="A1", position=1)
    article.headline = "编辑改过的标题"
    article.mark_edited()
    article.save()
    return article


def test_reparse_shows_a_dry_run_with_conflicts_and_writes_nothing(editor_client, edited):
    page = edited.page
    response = editor_client.get(reparse_url(page))
    html = response.content.decode()
    assert "试运行结果（未写入）" in html and "编辑改过的标题" in html
    edited.refresh_from_db()
    assert edited.headline == "编辑改过的标题"


def test_reparse_keeps_hand_edits_unless_told_to_overwrite(editor_client, edited):
    page = edited.page
    response = editor_client.post(reparse_url(page), {})
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    # The parser reads the page as stored; the hand edit is kept, as a conflict.
    assert messages[0].startswith("南通日报 2020-07-09 A1版：未变")
    assert any(m.startswith("冲突：") for m in messages)
    edited.refresh_from_db()
    assert edited.headline == "编辑改过的标题"
    editor_client.post(reparse_url(page), {"overwrite_edited": "on"})
    edited.refresh_from_db()
    assert edited.headline == "以重大项目支撑 南通高质量发展走在前列" and not edited.is_edited


def test_reparse_action_on_the_page_list(editor_client, edited):
    response = editor_client.post(
        reverse("admin:articles_page_changelist"),
        {"action": "reparse_selected", "_selected_action": [edited.page_id]},
    )
    assert response.status_code == 302
    edited.refresh_from_db()
    assert edited.headline == "编辑改过的标题"


def test_a_page_without_stored_text_cannot_be_reparsed(editor_client, seed):
    page = Page.objects.get()
    Page.objects.filter(pk=page.pk).update(raw_text="")
    response = editor_client.post(reparse_url(page), {})
    assert response.status_code == 200
    assert "无法重新解析" in response.content.decode()


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_uploading_an_image_shows_thumbnails_in_list_and_form(editor_client, seed):
    photo = Photo.objects.get()
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(change))
    data["image"] = SimpleUploadedFile("circus.png", png(), content_type="image/png")
    response = editor_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    photo.refresh_from_db()
    assert photo.image.name.endswith(".png") and photo.edited_at is not None
    listing = editor_client.get(reverse("admin:articles_photo_changelist")).content.decode()
    # the list shows the upload's 400-pixel copy, not the original (articles.photofiles)
    assert f'src="{photo.thumbnail.url}"' in listing and 'class="thumbnail thumbnail-' in listing
    form = editor_client.get(change).content.decode()
    assert f'src="{photo.thumbnail.url}"' in form and f'href="{photo.image.url}"' in form  # 原图


def test_a_file_that_is_not_an_image_is_refused(editor_client, seed):
    photo = Photo.objects.get()
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(change))
    data["image"] = SimpleUploadedFile("notes.png", b"not an image", content_type="image/png")
    response = editor_client.post(change, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image"]
    photo.refresh_from_db()
    assert not photo.image


def test_reporters_are_edited_in_printed_order(editor_client, seed):
    article = Article.objects.get(page__label="A1", position=1)
    change = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(editor_client.get(change))
    assert data["bylines-TOTAL_FORMS"] == "2"
    data["bylines-0-order"], data["bylines-1-order"] = "1", "0"  # swap the two reporters
    assert editor_client.post(change, data).status_code == 302
    article = Article.objects.with_parts().get(pk=article.pk)
    assert article.reporter_names() == ["卢兆欣", "朱文君"] and article.is_edited
