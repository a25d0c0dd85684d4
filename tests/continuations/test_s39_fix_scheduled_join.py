"""Joining a continuation never shows a story scheduled for later (定时发布) before its time, and
never drops its schedule.

The rule (``articles.continuations.schedules``): a story published and a story scheduled for
later are not joined (the link is held: the published text stays as readers know it, the
scheduled one waits for its time) until the scheduled one is published — by ``publish_scheduled``
at its time or by an editor — and then they join. Two stories neither of which is published
join, and the joined story keeps the later of their scheduled times."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.continuations import JumpError, jump_link_manually, jump_problems, jump_reset
from articles.continuations.editing import jump_unlink
from articles.models import Article, ArticlePart, Issue, Jump, JumpDirection, Publication, Status
from articles.publishing import stories_publish
from articles.scheduling import publish_due, stories_schedule, stories_unschedule
from articles.signoff import stories_sign_off
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 14)
HEAD = (
    "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，（下转A2版）\n"
)
TAIL = "（上接A1版）游客可以沿着河岸一路走到老码头，园内还设有三处观景平台。\n"


def forward_jump() -> Jump:
    return Jump.objects.get(direction=JumpDirection.FORWARD)


def head_and_tail() -> tuple[Article, Article]:
    """A1's story and A2's continuation imported as two stories (an editor unlinked the 下转
    before A2 came): (head, tail)."""
    import_text(HEAD, "A1", when=DAY)
    jump_unlink(jump=forward_jump())
    import_text(TAIL, "A2", when=DAY)
    head = Article.objects.get(page__label="A1")
    tail = Article.objects.get(page__label="A2")
    Issue.objects.update(status=Status.PUBLISHED)
    return head, tail


def later(hours: int = 24):
    return timezone.now() + timedelta(hours=hours)


def test_published_head_does_not_take_in_a_continuation_scheduled_for_later():
    head, tail = head_and_tail()
    stories_publish(articles=[head])
    at = later()
    stories_schedule(articles=[tail], at=at)

    jump_reset(jump=forward_jump())

    tail.refresh_from_db()
    assert tail.status != Status.PUBLISHED and tail.publish_at == at
    assert head.parts.count() == 1
    assert forward_jump().is_held


def test_hand_link_of_a_scheduled_continuation_to_a_published_head_is_refused():
    head, tail = head_and_tail()
    stories_publish(articles=[head])
    stories_schedule(articles=[tail], at=later())

    with pytest.raises(JumpError, match="定时发布"):
        jump_link_manually(jump=forward_jump(), part=ArticlePart.objects.get(article=tail))

    assert Article.objects.get(pk=tail.pk).publish_at is not None


def test_scheduled_head_does_not_go_public_early_with_a_published_continuation():
    head, tail = head_and_tail()
    stories_publish(articles=[tail])
    at = later()
    stories_schedule(articles=[head], at=at)

    jump_reset(jump=forward_jump())

    head.refresh_from_db()
    assert head.status != Status.PUBLISHED and head.publish_at == at
    assert Article.objects.get(pk=tail.pk).status == Status.PUBLISHED
    assert forward_jump().is_held


def test_turning_sign_off_off_does_not_publish_a_scheduled_head_early():
    import_text(TAIL, "A2", when=DAY)
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all())
    stories_publish(articles=Article.objects.all())
    import_text(HEAD, "A1", when=DAY)  # held: the head is not signed off
    head = Article.objects.get(page__label="A1")
    stories_sign_off(articles=[head])
    at = later()
    stories_schedule(articles=[head], at=at)

    paper = Publication.objects.get()
    paper.review_required = False
    paper.save()

    head.refresh_from_db()
    assert head.status != Status.PUBLISHED and head.publish_at == at
    assert Article.objects.count() == 2


def test_held_scheduled_link_joins_when_the_schedule_publishes_it():
    head, tail = head_and_tail()
    stories_publish(articles=[tail])
    at = later()
    stories_schedule(articles=[head], at=at)
    jump_reset(jump=forward_jump())
    assert Article.objects.count() == 2  # held until the time comes

    run = publish_due(now=at + timedelta(minutes=1))

    assert not run.failed
    (story,) = Article.objects.all()
    assert story.pk == head.pk and story.status == Status.PUBLISHED
    assert story.parts.count() == 2


def test_cancelled_schedule_lets_the_held_link_join():
    head, tail = head_and_tail()
    stories_publish(articles=[head])
    stories_schedule(articles=[tail], at=later())
    jump_reset(jump=forward_jump())
    assert Article.objects.count() == 2  # held while the continuation is scheduled

    stories_unschedule(articles=[tail])

    (story,) = Article.objects.all()
    assert story.pk == head.pk and story.parts.count() == 2


def test_check_jumps_says_the_link_waits_for_the_schedule():
    head, tail = head_and_tail()
    stories_publish(articles=[head])
    stories_schedule(articles=[tail], at=later())
    jump_reset(jump=forward_jump())

    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", stdout=out, stderr=StringIO())

    problems = {p.kind: p for p in jump_problems(Issue.objects.all())}
    assert "定时发布" in problems["held"].message
    assert "定时发布，先不接上" in forward_jump().state_label()
    assert "定时发布" in out.getvalue()


def test_scheduled_continuation_joined_to_a_draft_head_keeps_its_schedule():
    import_text(TAIL, "A2", when=DAY)
    at = later()
    stories_schedule(articles=Article.objects.all(), at=at)

    import_text(HEAD, "A1", when=DAY)

    (story,) = Article.objects.all()
    assert story.status != Status.PUBLISHED
    assert story.publish_at == at
    assert "定时发布" in story.history.first().history_change_reason


def test_two_scheduled_stories_joined_keep_the_later_time():
    head, tail = head_and_tail()
    sooner, last = later(2), later(30)
    stories_schedule(articles=[head], at=sooner)
    stories_schedule(articles=[tail], at=last)

    jump_reset(jump=forward_jump())

    (story,) = Article.objects.all()
    assert story.pk == head.pk and story.publish_at == last
