"""处理转版 on a paper that requires sign-off: a link or unlink changes the text of a published
story, which is the chief editor's (articles.signoff.published_edit_refusal), so an editor's
decision is refused saying why with nothing changed, and a chief editor's goes through. (An
editor could otherwise join a late page's continuation to a published story, or cut one off,
and readers read the change at once, signed off by nobody.)"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Jump, JumpDirection, JumpState, Publication, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(seed_with_a2):
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def linked_jump() -> Jump:
    return Jump.objects.filter(direction=JumpDirection.FORWARD, state=JumpState.LINKED).first()


def unlink(client, jump: Jump):
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    return client.post(url, form_data(client.get(url), "jump-fix-form") | {"action": "unlink"})


def test_an_editors_unlink_of_a_published_story_is_refused_saying_why(editor_client, published):
    jump = linked_jump()
    texts = {a.pk: a.updated_at for a in Article.objects.all()}
    refused = unlink(editor_client, jump)
    assert refused.status_code == 200
    assert "本报须经签发：这篇稿件已经发布，已发布的内容只有总编辑" in refused.content.decode()
    jump.refresh_from_db()
    assert jump.state == JumpState.LINKED
    assert {a.pk: a.updated_at for a in Article.objects.all()} == texts


def test_a_chief_editors_unlink_goes_through(chief_client, published):
    jump = linked_jump()
    assert unlink(chief_client, jump).status_code == 302
    jump.refresh_from_db()
    assert jump.state != JumpState.LINKED
