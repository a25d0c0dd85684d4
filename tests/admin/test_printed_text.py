"""Text no page prints (control characters pasted from Word or an OCR dump) is refused on the
desk's forms, on its field, with a message in Chinese; nothing is saved."""

import pytest
from django.urls import reverse

from articles.models import Article, Person, Photo
from tests.admin.conftest import form_data
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("bad", ["\x0b", "\x1b", "\x00", "\x0c"], ids=["VT", "ESC", "NUL", "FF"])
def test_a_story_headline_with_a_control_character_is_refused(editor_client, bad):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(editor_client.get(url)), "headline": f"新{bad}标题", "_save": "1"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    if bad != "\x00":  # NUL: Django's own CharField refuses it first, with its own message
        assert "不可见的控制字符" in response.content.decode()
    story.refresh_from_db()
    assert bad not in story.headline and not story.is_edited


def test_a_person_and_a_photo_caption_with_control_characters_are_refused(editor_client):
    import_seed()
    person = Person.objects.first()
    url = reverse("admin:articles_person_change", args=[person.pk])
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "name": "x\x1by"})
    assert "不可见的控制字符" in response.content.decode()
    photo = Photo.objects.first()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = {**form_data(editor_client.get(url)), "caption": "图\x08说", "_save": "1"}
    response = editor_client.post(url, data)
    assert "不可见的控制字符" in response.content.decode()
    person.refresh_from_db()
    photo.refresh_from_db()
    assert "\x1b" not in person.name and "\x08" not in photo.caption


def test_line_breaks_and_tabs_in_a_body_are_still_text(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    response = editor_client.post(
        url, {**form_data(editor_client.get(url)), "headline": "新\t标题", "_save": "1"}
    )
    assert response.status_code == 302
