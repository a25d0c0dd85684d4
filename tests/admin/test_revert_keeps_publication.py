"""Restoring an earlier version of a story brings its content back (deck, dateline, byline,
body) and keeps whether and when it is public as it is now: undoing a text edit of a published
story must not take it off the site because the import's version was a 草稿. The version page
says so before the editor confirms. Posted as the rendered confirm form sends it."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Issue, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def publish_issue(client, issue):
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    data = form_data(client.get(url), "publish-form")
    response = client.post(url, {**data, "acknowledge_broken": "on"})
    assert response.status_code == 302


def test_restoring_the_import_version_of_a_published_story_keeps_it_published(editor_client, seed):
    story = Article.objects.get(position=2, page__label="A1")
    printed = story.headline
    publish_issue(editor_client, Issue.objects.get())
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(change))
    assert editor_client.post(change, {**data, "headline": "改错了的标题"}).status_code == 302

    imported = story.history.earliest("history_date")
    assert imported.status == Status.DRAFT  # the version an editor undoes to
    address = reverse("admin:articles_article_simple_history", args=[story.pk, imported.pk])
    page = editor_client.get(address)
    html = page.content.decode()
    assert "状态保持现在的“已发布”不变（这个版本当时是“草稿”，不会改回）" in html
    assert "<strong>状态：" not in html  # not listed among what the revert changes
    done = editor_client.post(address, {**form_data(page, "revert-form"), "_save": "1"})
    assert done.status_code == 302

    story.refresh_from_db()
    assert story.headline == printed  # the text came back ...
    assert story.status == Status.PUBLISHED  # ... and the story stayed on the site
    assert Client().get(story.get_absolute_url()).status_code == 200
