"""Publishing and withdrawing single stories from the story list, each with a history record
(who, when, why); the message says when a story still waits for its issue to be published."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def run(client, action, stories):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [str(s.pk) for s in stories], "index": "0"},
        follow=True,
    )


def test_an_editor_publishes_single_stories_with_history(editor_client, editor, seed_with_a2):
    issue_publish(issue=Issue.objects.get())
    story = Article.objects.filter(page__label="A1").first()
    run(editor_client, "unpublish_selected", [story])
    story.refresh_from_db()
    assert story.status == Status.DRAFT
    record = story.history.first()
    assert record.history_user == editor and record.history_change_reason == "撤回发布"
    assert story.get_absolute_url() and Client().get(story.get_absolute_url()).status_code == 404

    response = run(editor_client, "publish_selected", [story])
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert story.history.first().history_change_reason == "发布"
    assert "已发布 1 篇稿件" in response.content.decode()
    assert Client().get(story.get_absolute_url()).status_code == 200


def test_publishing_a_story_of_a_draft_issue_says_readers_wait_for_the_issue(editor_client, seed):
    story = Article.objects.first()
    html = run(editor_client, "publish_selected", [story]).content.decode()
    assert "还是草稿，读者要等这一期发布后才能看到" in html


def test_viewers_cannot_publish_stories(viewer_client, seed):
    story = Article.objects.first()
    assert run(viewer_client, "publish_selected", [story]).status_code == 403
    story.refresh_from_db()
    assert story.status == Status.DRAFT


def test_the_story_list_offers_publish_and_withdraw(editor_client, seed):
    html = editor_client.get(CHANGELIST).content.decode()
    assert 'value="publish_selected"' in html and 'value="unpublish_selected"' in html
    assert 'value="export_admin_action"' in html
