"""A story form opened before another editor withdraws the story re-publishes it on save.

README (A stale form is refused): "every story and part form carries the version it was opened
at; if the page was re-imported or another editor saved meanwhile, the save … is refused with
“已被修改”". Withdrawing (撤回所选稿件) is such a change, but not part of the version: editor A
opens a published story's form, editor B withdraws the story (say, a legal takedown), A fixes a
typo in the headline and saves. The save is accepted and the form's 状态 (已发布, as it was
when A opened it) puts the story back in front of readers, with no warning to either editor.
The reverse (opened as a draft, published meanwhile, saved) takes a published story down.

Steps: import and publish the seed; GET /admin/articles/article/<id>/change/ as editor A;
``stories_unpublish`` the story as editor B (the list action's service); POST A's form with a
new headline.
"""

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish, stories_publish, stories_unpublish
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def opened_then(client, change, *, published: bool):
    """Open story 1's form, let ``change`` happen, save the opened form with a new headline."""
    import_seed()
    if published:
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=1)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(client.get(url))
    change(story)
    response = client.post(url, {**opened, "headline": "改过错字的标题", "_save": "1"})
    story.refresh_from_db()
    return response, story


def test_a_form_opened_before_a_withdrawal_does_not_publish_the_story_again(
    editor_client,  # noqa: F811
    editor,  # noqa: F811
):
    def withdraw(story):
        stories_unpublish(articles=Article.objects.filter(pk=story.pk), user=editor)

    response, story = opened_then(editor_client, withdraw, published=True)
    assert story.status == Status.DRAFT
    assert response.status_code == 200 and "已被修改" in response.content.decode()


def test_a_form_opened_before_publication_does_not_take_the_story_down(
    editor_client,  # noqa: F811
    editor,  # noqa: F811
):
    def publish(story):
        Issue.objects.update(status="published")
        stories_publish(articles=Article.objects.filter(pk=story.pk), user=editor)
        story.refresh_from_db()
        assert story.status == Status.PUBLISHED

    _response, story = opened_then(editor_client, publish, published=False)
    assert story.status == Status.PUBLISHED
