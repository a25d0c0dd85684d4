"""A story scheduled for later goes public at once when its issue is published.

README (定时发布): single stories are scheduled with 定时发布所选稿件…; "At that time
``publish_scheduled`` publishes whatever is due". Scheduling a story in an issue still being
made up says so: “1 篇稿件将于 06:00 自动发布；所在的期（…）还是草稿，读者要等这一期发布后才能看到”
— readers see it once the issue is out *and* its time has come.

But 发布本期 (``issue_publish``) publishes every story of the issue that is not published, the
scheduled one included, and clears its time: the embargoed story (figures released at 06:00, a
court ruling, a statement under embargo) is on the site at 22:00 with the rest of the edition.
Neither the 发布本期 page nor its report mentions it.

Steps: import the seed (a draft issue); ``stories_schedule`` story 1 eight hours ahead (the list
action's service); ``issue_publish`` the issue (发布本期); GET the story's address.
Likely cause: ``articles/publishing.py`` ``issue_publish`` (``drafts`` takes stories with a
``publish_at`` too, and clears it).
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish
from articles.scheduling import stories_schedule
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def test_publishing_the_issue_leaves_a_story_scheduled_for_later_waiting(client):
    import_seed()
    story = Article.objects.get(position=1)
    at = timezone.now() + timedelta(hours=8)
    stories_schedule(articles=[story], at=at)
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story.refresh_from_db()
    assert story.status != Status.PUBLISHED
    assert story.publish_at == at
    assert client.get(story.get_absolute_url()).status_code == 404
