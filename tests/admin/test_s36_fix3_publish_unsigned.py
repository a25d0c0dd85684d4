"""``publish_issue --unsigned-reason``: on a paper that requires sign-off, the shell publishes
stories not signed off with a reason, as the desk's 未签发破例发布的理由 does, and its refusal
names the flag rather than the desk's field."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Issue, Publication, Status

pytestmark = pytest.mark.django_db


def publish(*flags):
    call_command(
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--acknowledge-broken",
        *flags,
        stdout=StringIO(),
        stderr=StringIO(),
    )


@pytest.fixture
def review(seed_with_a2):
    Publication.objects.update(review_required=True)
    return Issue.objects.get()


def test_the_refusal_tells_the_shell_user_the_flag(review):
    with pytest.raises(CommandError) as caught:
        publish()
    assert "--unsigned-reason" in str(caught.value)
    assert "未签发破例发布的理由" not in str(caught.value)
    assert Issue.objects.get().status == Status.DRAFT


def test_a_reason_publishes_and_goes_into_history(review):
    publish("--unsigned-reason", "抢发突发新闻，已电话请示")
    issue = Issue.objects.get()
    assert issue.status == Status.PUBLISHED
    assert "未签发破例：抢发突发新闻，已电话请示" in issue.history.first().history_change_reason
    story = Article.objects.first()
    assert "未签发破例：抢发突发新闻" in story.history.first().history_change_reason


def test_an_empty_or_long_reason_is_refused(review):
    with pytest.raises(CommandError, match="空的"):
        publish("--unsigned-reason", "  ")
    with pytest.raises(CommandError, match="最多 80 个字"):
        publish("--unsigned-reason", "急" * 81)
    assert Issue.objects.get().status == Status.DRAFT


def test_a_reason_for_a_paper_without_sign_off_is_refused(seed_with_a2):
    with pytest.raises(CommandError, match="不须签发"):
        publish("--unsigned-reason", "抢发")
    assert Issue.objects.get().status == Status.DRAFT
