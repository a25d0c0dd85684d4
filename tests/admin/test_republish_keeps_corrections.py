"""Withdrawing an issue and publishing it again keeps the 更正/更新 lines readers already saw:
the issue's 发布时间 stays its first publication, the date corrections count from."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from articles.models import Article, Issue, Status
from tests.factories import import_text
from tests.public.test_story_corrections import A2, editor_changes

pytestmark = pytest.mark.django_db


def reader_page(article: Article) -> str:
    cache.clear()
    response = Client().get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_story_changed_after_publication_keeps_its_line_after_withdraw_and_republish(
    editor_client,
):
    import_text(A2, "A2")
    issue = Issue.objects.get()
    publish = reverse("admin:articles_issue_publish", args=[issue.pk])
    editor_client.post(publish, {})
    first = Issue.objects.get().published_at
    story = Article.objects.get()
    editor_changes(story, "600个", "700个")
    assert "更新：本文于" in reader_page(story)

    changelist = reverse("admin:articles_issue_changelist")
    editor_client.post(changelist, {"action": "unpublish_selected", "_selected_action": [issue.pk]})
    assert Issue.objects.get().status == Status.DRAFT
    editor_client.post(publish, {})

    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED and issue.published_at == first
    assert "更新：本文于" in reader_page(story)
