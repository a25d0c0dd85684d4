"""增加图片 (reviewer A of session 68, defect 8): the desk could not make a photo of a caption
the parser read as a paragraph — /admin/articles/photo/add/ said 没有权限 to an editor and a
chief editor. An editor adds a photo to a story with its picture, caption and credit line, as
the rendered add form sends it; it is placed on the story's page after its photos, credits
the photographer its credit line names, is kept by a re-import, and a viewer may not add one."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Photo, PhotoCredit
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

ADD = reverse("admin:articles_photo_add")


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (40, 30), (200, 180, 90)).save(out, "PNG")
    return out.getvalue()


def _story(seed) -> Article:
    return Article.objects.filter(page__label="A1").order_by("position").last()


def test_an_editor_adds_a_photo_to_a_story_with_its_picture_caption_and_credit(
    editor_client, seed, django_capture_on_commit_callbacks
):
    story = _story(seed)
    page_photos = list(Photo.objects.filter(page=story.page).values_list("position", flat=True))
    response = editor_client.get(ADD)
    assert response.status_code == 200
    data = {
        **form_data(response),
        "article": str(story.pk),
        "caption": "城市书房内，市民在安静阅读。",
        "credit_line": "本报记者 周立明摄",
        "image": SimpleUploadedFile("reading.png", _png(), content_type="image/png"),
        "_save": "1",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(ADD, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    photo = Photo.objects.get(caption="城市书房内，市民在安静阅读。")
    assert photo.article == story and photo.page == story.page
    assert photo.position == max(page_photos, default=0) + 1
    assert photo.image.name and photo.edited_at is not None
    assert list(PhotoCredit.objects.filter(photo=photo).values_list("person__name", flat=True)) == [
        "周立明"
    ]


def test_a_photo_without_a_story_or_without_picture_and_caption_is_refused(editor_client, seed):
    data = {**form_data(editor_client.get(ADD)), "credit_line": "本报记者 周立明摄", "_save": "1"}

    response = editor_client.post(ADD, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "请上传图片或填写图片说明" in html
    assert "这个字段是必填项" in html or "必填" in html
    assert not Photo.objects.filter(credit_line="本报记者 周立明摄").exists()


def test_a_photo_added_at_the_desk_is_no_conflict_when_the_page_is_resent(editor_client, seed):
    """(A reviewer, session 68: a caption-only photo added to a story was called a conflict on
    every re-import of its page, with advice to delete it: the page text never printed it.)"""
    from tests.factories import SEED, import_text

    story = _story(seed)
    data = {
        **form_data(editor_client.get(ADD)),
        "article": str(story.pk),
        "caption": "城市书房内，市民在安静阅读。",
        "_save": "1",
    }
    assert editor_client.post(ADD, data).status_code == 302
    text = SEED.read_text(encoding="utf-8").replace("市长王晖作工作部署", "市长王晖作具体部署", 1)

    report = import_text(text, "A1")

    assert [c for c in report.conflicts if "photo" in c] == []
    assert Photo.objects.filter(caption="城市书房内，市民在安静阅读。", article=story).exists()
