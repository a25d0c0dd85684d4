"""An editor deletes a signed-off story's photo in the photo's form: the story stays 已签发.

README (Sign-off): a signed-off story whose printed content an editor changes goes back to 待审
(``签发后修改，改回待审``), "so what is published is what was signed off"; today's change
(``photo_stories_update``) does so for a caption or credit fixed in the photo's form or a photo
spreadsheet. But the photo form's 删除 (an editor holds the delete permission on photos) removes
the photo and its caption from the story without touching the story: it stays 已签发 with its
old 签发人, gets no history record and its 更新时间 does not move, so 发布本期 publishes a story
whose picture and caption the chief editor signed off are gone — and a published story's
readers are not told it changed.

Steps: a paper requiring sign-off; a story with a photo signed off by the chief editor; as an
editor open the photo (图片), 删除, confirm: the story is still 已签发 and has no new record.
"""

import pytest
from django.urls import reverse

from articles.models import Article, Photo, Status
from tests.admin.conftest import (  # noqa: F401
    chief,
    chief_client,
    editor,
    editor_client,
    groups,
)
from tests.admin.test_photo_edit_ends_signoff import photo  # noqa: F401

pytestmark = pytest.mark.django_db


def test_an_editor_deleting_the_photo_sends_its_story_back(editor_client, photo):  # noqa: F811
    story = Article.objects.get()
    records = story.history.count()
    url = reverse("admin:articles_photo_delete", args=[photo.pk])
    assert editor_client.get(url).status_code == 200
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()
    story.refresh_from_db()
    assert story.history.count() > records
    assert story.status == Status.REVIEW
