"""Publishing an issue again (``publish_issue``, 发布本期) publishes the stories added since it went
public, never one an editor took down after publication: that one stays a draft and the report
names it (articles/publishing.py, ``withdrawn_ids``)."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish, stories_unpublish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ARGS = ["--paper", "nantong-daily", "--date", "2020-07-09", "--acknowledge-broken"]
LATE_PAGE = (
    "河边步道今晚亮灯\n\n"
    "本报讯（记者钱小禾）沿河步道的新路灯今晚起全部点亮，附近居民饭后散步不必再摸黑。"
    "施工方说，灯杆选用了低矮的款式，不会照进临河的住户窗里。\n"
)


def publish_command(*args) -> str:
    out = StringIO()
    call_command("publish_issue", *args, stdout=out)
    return out.getvalue()


def test_publishing_again_keeps_a_withdrawn_story_down_and_publishes_late_pages(seed):
    publish_command(*ARGS)
    withdrawn = Article.objects.filter(page__label="A1").order_by("position").first()
    stories_unpublish(articles=[withdrawn])
    import_text(LATE_PAGE, "A8")  # a late page: its story a draft
    late = list(Article.objects.filter(page__label="A8"))
    assert late and all(story.status == Status.DRAFT for story in late)

    out = publish_command(*ARGS)

    withdrawn.refresh_from_db()
    assert withdrawn.status == Status.DRAFT
    assert all(s.status == Status.PUBLISHED for s in Article.objects.filter(page__label="A8"))
    assert f"本次新发布 {len(late)} 篇" in out
    assert "1 篇发布后被撤回的稿件仍是草稿" in out
    assert f"A1版“{withdrawn.title}”" in out and "发布所选稿件" in out


def test_a_story_set_back_to_draft_by_hand_after_publication_stays_a_draft(seed):
    issue = Issue.objects.get()
    issue_publish(issue=issue, acknowledge_broken=True)
    story = Article.objects.order_by("pk").first()
    story.status = Status.DRAFT  # the story form's status field, saved with a history record
    story.save(update_fields=["status"])

    report = issue_publish(issue=issue, acknowledge_broken=True)

    story.refresh_from_db()
    assert story.status == Status.DRAFT
    assert report.articles_published == 0 and len(report.withdrawn) == 1


def test_a_first_publication_publishes_every_draft(seed):
    report = issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    assert report.withdrawn == []
    assert not Article.objects.exclude(status=Status.PUBLISHED).exists()


def test_a_withdrawn_story_does_not_hold_up_a_paper_that_requires_sign_off(seed, chief):
    issue = Issue.objects.select_related("publication").get()
    issue_publish(issue=issue, acknowledge_broken=True)
    story = Article.objects.order_by("pk").first()
    stories_unpublish(articles=[story])
    issue.publication.review_required = True
    issue.publication.save(update_fields=["review_required"])

    report = issue_publish(issue=issue, user=chief, acknowledge_broken=True)  # no override asked

    story.refresh_from_db()
    assert story.status == Status.DRAFT and len(report.withdrawn) == 1
