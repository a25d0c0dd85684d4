"""A story scheduled for later, then published and withdrawn by hand, is published again by cron.

README (定时发布): "**取消定时发布** undoes it"; publishing a story is "published means public",
and withdrawing it (状态 back to 草稿) takes it off the site. The list actions (发布所选稿件 /
撤回所选稿件) clear a story's ``publish_at`` (``_stories_set_status``), but a save of the story
form that changes 状态 does not: the scheduled time stays on the row.

Editors' day: a story is set to 定时发布 at 06:00. At 22:00 the desk decides to run it now and
sets 状态 = 已发布 in the story form. At 23:00 a legal problem is found and the story is taken
down in the same form (状态 = 草稿). At 06:00 ``publish_scheduled`` publishes the withdrawn story
again (history reason 定时发布), with nobody present. And while it is published, the schedule is
never cleared (``_stories_set_status`` returns early when nothing changes), so every later
withdrawal through the form is undone by the next cron minute.

Steps: import and publish the seed; withdraw story 1 and ``stories_schedule`` it 8 hours ahead;
in /admin/articles/article/<id>/change/ save 状态 已发布, then save 状态 草稿; run
``publish_due`` past the scheduled time.
Likely cause: ``articles/publishing.py`` ``story_status_follow`` / ``Article.save`` (a 状态 change by
a save leaves ``publish_at``), and ``_stories_set_status`` (unchanged rows keep theirs).
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish, stories_unpublish
from articles.scheduling import publish_due, stories_schedule
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduled(editor):  # noqa: F811
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=1)
    stories_unpublish(articles=Article.objects.filter(pk=story.pk), user=editor)
    at = timezone.now() + timedelta(hours=8)
    stories_schedule(articles=[story], at=at, user=editor)
    return story, at


def save_status(client, story, status):
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(url))
    response = client.post(url, {**data, "status": status, "_save": "1"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == status


def test_a_story_withdrawn_in_its_form_is_not_published_by_its_old_schedule(
    editor_client,  # noqa: F811
    scheduled,
):
    story, at = scheduled
    save_status(editor_client, story, Status.PUBLISHED)
    save_status(editor_client, story, Status.DRAFT)
    publish_due(now=at + timedelta(minutes=1))
    story.refresh_from_db()
    assert story.status == Status.DRAFT


def test_publishing_a_scheduled_story_by_hand_ends_its_schedule(
    editor_client,  # noqa: F811
    scheduled,
):
    story, at = scheduled
    save_status(editor_client, story, Status.PUBLISHED)
    publish_due(now=at + timedelta(minutes=1))
    story.refresh_from_db()
    assert story.publish_at is None
