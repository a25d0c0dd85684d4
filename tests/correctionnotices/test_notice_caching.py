"""A story page cached before its 更正 notice was linked, or while the notice was a draft, shows
the link as soon as readers may read the notice (the link's cache tags: both stories, the
notice's issue)."""

from __future__ import annotations

import pytest

from articles.models import Issue
from articles.publishing import issue_publish
from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE, story
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def test_a_cached_story_page_shows_the_notice_once_it_is_published(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A2, "A2", when=DAY)
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    url = story("快递进村打通“最后一公里”").get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        import_text(NOTICE, "A3", when=LATER)  # linked, but a draft: not shown yet
    assert "刊登更正" not in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=Issue.objects.get(date=LATER), acknowledge_broken=True)
    assert "本报12月6日A3版刊登更正" in client.get(url).content.decode()
