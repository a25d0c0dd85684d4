"""发布本期's 已知悉 tick explains what readers meet with a marker as the issue prints them: a
paper that prints 第二版 was told of “（下转A2版）”. Found by the fresh review of 2026-12-05."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.admin.display import marker_example
from articles.models import Issue, Jump

pytestmark = pytest.mark.django_db


def test_the_publish_page_names_the_issues_own_marker(editor_client, seed):
    Jump.objects.update(marker="（下转第二版）", target_label="2")
    issue = Issue.objects.get()
    html = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk])).content
    html = html.decode()
    assert "读者看到的是“（下转第二版）”这样的标记" in html
    assert "“（下转A2版）”这样的标记" not in html


def test_publishing_selected_issues_names_their_marker(editor_client, seed):
    from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

    Jump.objects.update(marker="（下转第二版）", target_label="2")
    issue = Issue.objects.get()
    response = editor_client.post(
        reverse("admin:articles_issue_changelist"),
        {"action": "publish_selected", ACTION_CHECKBOX_NAME: [issue.pk], "index": 0},
    )
    assert "读者看到的是“（下转第二版）”这样的标记" in response.content.decode()


def test_without_a_marker_the_example_follows_the_labels(seed):
    issue = Issue.objects.get()
    assert marker_example([], [issue]) == "（下转A2版）"
    issue.pages.update(label="1")
    assert marker_example([], [issue]) == "（下转2版）"
    assert marker_example([]) == "（下转A2版）"
