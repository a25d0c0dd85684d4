"""An editor's 已核对 (publishing or signing off a story or photo as edited while its page was
re-sent with other text) is a decision, and its history says so: who kept the edited text over
which page text, and when, on the story's or photo's own history (it was said once in a message
and lost)."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Issue, Photo, Publication, Status
from articles.scheduling import publish_due
from tests.admin.conftest import form_data
from tests.admin.test_page_text_pending import (
    kept,  # noqa: F401 (the fixture `story` uses)
    publish_url,
    schedule_with_the_tick,
)
from tests.admin.test_photo_page_text import resent  # noqa: F401 (the fixture `photo` uses)

pytestmark = pytest.mark.django_db
KEPT = "未采用A1版的版面文本（第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”）"


@pytest.fixture
def story(request):
    """A1's story kept as edited while A1 was re-sent with a correction (``kept``)."""
    return request.getfixturevalue("kept")


@pytest.fixture
def photo(request) -> Photo:
    """A3's photo kept as edited while A3 was re-sent with a new caption and credit."""
    return request.getfixturevalue("resent")[0]


def newest(obj):
    return obj.history.order_by("-history_date", "-history_id").first()


def test_publishing_with_the_tick_is_in_the_storys_history(chief_client, story):
    url = publish_url(story)
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    chief_client.post(url, data)
    assert Issue.objects.get().status == Status.PUBLISHED
    record = newest(story)
    assert record.history_change_reason == f"已核对，按编辑保存的内容发布，{KEPT}"
    assert record.history_user.username == "desk-chief"
    history = reverse("admin:articles_article_history", args=[story.pk])
    assert f"已核对，按编辑保存的内容发布，{KEPT}" in chief_client.get(history).content.decode()


def test_signing_off_with_the_tick_is_in_the_storys_history(chief_client, story):
    Publication.objects.update(review_required=True)
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": "sign_off_selected", ACTION_CHECKBOX_NAME: [str(story.pk)]}
    data = form_data(chief_client.post(url, chosen))
    chief_client.post(url, {**data, "confirm": "1", "acknowledge_page_text": "on"})
    assert newest(story).history_change_reason == f"已核对，按编辑保存的内容签发，{KEPT}"


def test_an_issue_scheduled_with_the_tick_records_it_when_it_goes_public(chief_client, story):
    schedule_with_the_tick(chief_client, story)
    assert not newest(story).history_change_reason.startswith("已核对")  # (not public yet)
    publish_due(now=Issue.objects.get().publish_at)
    record = newest(story)
    assert record.history_change_reason == f"已核对，按编辑保存的内容定时发布，{KEPT}"
    assert record.history_user.username == "desk-chief"


def test_a_photo_published_with_the_tick_has_it_in_its_history(chief_client, photo):
    url = reverse("admin:articles_issue_publish", args=[photo.page.issue_id])
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    chief_client.post(url, data)
    record = newest(Photo.objects.get(pk=photo.pk))
    assert record.history_change_reason.startswith(
        "已核对，按编辑保存的内容发布，未采用A3版的版面文本（说明“游客乘船夜游…”→"
    )
    assert record.history_user.username == "desk-chief"
