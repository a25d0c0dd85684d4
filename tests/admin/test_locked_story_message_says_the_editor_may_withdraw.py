"""The refusal of a published story on a paper that requires sign-off says what is true: the
editor may withdraw it (撤回所选稿件) and correct it, then 提交待审 for the chief editor to sign
off and publish. It said to ask the chief editor to withdraw it, which the editor can do.
Found by the fresh review of 2026-12-05."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from articles.signoff import PUBLISHED_LOCKED_MESSAGE

pytestmark = pytest.mark.django_db


def test_the_message_names_the_editors_own_withdrawal():
    assert "撤回所选稿件" in PUBLISHED_LOCKED_MESSAGE and "提交待审" in PUBLISHED_LOCKED_MESSAGE
    assert "请总编辑把它撤回" not in PUBLISHED_LOCKED_MESSAGE


def test_what_it_says_works_for_an_editor(editor_client, seed):
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    story = Article.objects.order_by("pk").first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    assert PUBLISHED_LOCKED_MESSAGE in editor_client.get(url).content.decode()
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish_selected", ACTION_CHECKBOX_NAME: [story.pk], "index": 0},
    )
    story.refresh_from_db()
    assert story.status == Status.DRAFT
    assert 'name="headline"' in editor_client.get(url).content.decode()  # now the editor's
