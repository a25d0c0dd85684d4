"""A history revert refused because the story changed after its version page was opened says
what to do for a revert: look at the version again (打开最新内容) or choose another from the
history. It said ``请先复制您的改动`` (the story form's words), where a revert page holds no
edit of the editor's to copy."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Photo
from articles.publishing import issue_publish, stories_unpublish
from tests.admin.conftest import form_data
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def _version_page(client) -> tuple[Article, str]:
    import_seed()
    story = Article.objects.get(position=1)
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(change))
    assert client.post(change, {**data, "headline": "改过", "_save": "1"}).status_code == 302
    first = story.history.order_by("history_id").first()
    return story, reverse("admin:articles_article_simple_history", args=[story.pk, first.pk])


def test_a_revert_made_stale_by_an_edit_says_to_look_again(editor_client):
    story, url = _version_page(editor_client)
    opened = form_data(editor_client.get(url))
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(change))
    editor_client.post(change, {**data, "headline": "又改过", "_save": "1"})

    html = editor_client.post(url, opened).content.decode()
    assert "本次没有恢复" in html and "重新选择版本" in html
    assert "复制您的改动" not in html
    story.refresh_from_db()
    assert story.headline == "又改过"


def test_a_revert_made_stale_by_a_withdrawal_names_the_states(editor_client, editor):
    story, url = _version_page(editor_client)
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    opened = form_data(editor_client.get(url))
    stories_unpublish(articles=[story], user=editor)

    html = editor_client.post(url, opened).content.decode()
    assert "状态由“已发布”改为“草稿”" in html and "本次没有恢复" in html
    assert "复制您的改动" not in html


def test_a_photo_revert_made_stale_by_an_edit_says_to_look_again(editor_client):
    import_seed()
    photo = Photo.objects.get()
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(change))
    assert editor_client.post(change, {**data, "caption": "改过的说明"}).status_code == 302
    first = Photo.history.filter(id=photo.pk).order_by("history_id").first()
    url = reverse("admin:articles_photo_simple_history", args=[photo.pk, first.history_id])
    opened = form_data(editor_client.get(url))
    data = form_data(editor_client.get(change))
    editor_client.post(change, {**data, "caption": "又改过的说明"})

    html = editor_client.post(url, opened).content.decode()
    assert "这张图片在您打开这一页之后已被修改" in html and "本次没有恢复" in html
    assert "复制您的改动" not in html
    assert Photo.objects.get().caption == "又改过的说明"
