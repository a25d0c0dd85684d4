"""A 定时发布 whose time has passed with nothing published (``publish_scheduled`` not running)
says so where the desk shows the time: 逾期未发布 and what to do, not ``… 自动发布``."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue

pytestmark = pytest.mark.django_db

PLACES = [
    reverse("admin:index"),
    reverse("admin:articles_article_changelist"),
]


def scheduled(minutes: int) -> None:
    """The issue and a story set to publish ``minutes`` from now (negative: past)."""
    at = timezone.now() + timedelta(minutes=minutes)
    Issue.objects.update(publish_at=at)
    Article.objects.filter(pk=Article.objects.order_by("pk").first().pk).update(publish_at=at)


@pytest.mark.parametrize("place", PLACES, ids=["desk-home", "stories"])
def test_a_time_long_past_is_overdue_with_what_to_do(chief_client, seed, place):
    scheduled(-60)
    html = chief_client.get(place).content.decode()
    assert "逾期未发布" in html and "publish_scheduled" in html and "cron" in html
    assert "自动发布" not in html.replace("自动发布要靠", "")


@pytest.mark.parametrize("place", PLACES, ids=["desk-home", "stories"])
def test_a_time_to_come_still_says_it_will_publish_itself(chief_client, seed, place):
    scheduled(60)
    html = chief_client.get(place).content.decode()
    assert "逾期未发布" not in html


def test_the_issue_form_and_publish_page_say_it_too(chief_client, seed):
    scheduled(-60)
    issue = Issue.objects.get()
    for url in (
        reverse("admin:articles_issue_change", args=[issue.pk]),
        reverse("admin:articles_issue_publish", args=[issue.pk]),
    ):
        assert "逾期未发布" in chief_client.get(url).content.decode(), url


def test_a_minute_late_is_not_yet_overdue(chief_client, seed):
    """cron runs the command every minute: a time just past is waiting for its run."""
    scheduled(-1)
    assert "逾期未发布" not in chief_client.get(PLACES[0]).content.decode()
