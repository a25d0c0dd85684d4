"""A link or an unlink changes a story's text: a signed-off story goes back to 待审, a published
one is updated (README, Sign-off: "what is published is what was signed off"; Importing: a
published story a link makes longer — or an unlink shorter — is updated)."""

import time

import pytest
from django.contrib.auth import get_user_model

from articles.continuations import jump_link_manually, jump_reset, jump_unlink
from articles.management.commands.setup_roles import ensure_groups
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpDirection,
    Page,
    Publication,
    Status,
)
from articles.publishing import issue_publish
from articles.removal import page_remove
from articles.signoff import EDITED_AFTER_SIGNOFF_REASON, stories_sign_off
from tests.admin.conftest import JUMPS
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

HEADLINE = "全市打好污染防治攻坚战"


def sign_off(story: Article) -> Article:
    chief = get_user_model().objects.filter(username="chief").first()
    if chief is None:
        chief = get_user_model().objects.create_user("chief", password="x", is_staff=True)
        chief.groups.add(ensure_groups()[2])
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF
    return story


def whole_story_signed_off() -> Article:
    """The seed's A1 and its A2 on a paper that requires sign-off; the jumping story signed off
    whole (both pages)."""
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    Publication.objects.update(review_required=True)
    story = Article.objects.get(headline=HEADLINE)
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]
    return sign_off(story)


def forward_jump(story: Article) -> Jump:
    return Jump.objects.get(part__article=story, direction=JumpDirection.FORWARD)


def last_reason(story: Article) -> str:
    return story.history.order_by("-history_id").first().history_change_reason


def test_unlinking_a_signed_off_storys_continuation_sends_it_back_to_review():
    story = whole_story_signed_off()
    jump_unlink(jump=forward_jump(story))
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1"]
    assert story.status == Status.REVIEW
    assert story.signed_off_by is None and story.signed_off_at is None
    assert last_reason(story) == f"断开续文，正文变短了：{EDITED_AFTER_SIGNOFF_REASON}"


def test_a_continuation_split_off_a_signed_off_story_is_not_signed_off_on_its_own():
    story = whole_story_signed_off()
    jump = forward_jump(story)
    continuation = jump.to_part
    jump_unlink(jump=jump)
    alone = ArticlePart.objects.get(pk=continuation.pk).article
    assert alone.pk != story.pk
    assert alone.status == Status.REVIEW  # nobody signed it off as a story of its own


def test_a_hand_link_to_a_signed_off_story_sends_it_back_to_review():
    story = whole_story_signed_off()
    jump = forward_jump(story)
    continuation = jump.to_part
    jump_unlink(jump=jump)
    story = sign_off(Article.objects.get(pk=story.pk))  # signed off as A1 alone

    jump_link_manually(
        jump=Jump.objects.get(pk=jump.pk), part=ArticlePart.objects.get(pk=continuation.pk)
    )
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]  # text nobody signed off
    assert story.status == Status.REVIEW
    assert story.signed_off_by is None
    assert last_reason(story) == f"接上续文，正文变长了：{EDITED_AFTER_SIGNOFF_REASON}"
    # its history record keeps the text the chief editor is now asked to sign off
    assert "客观公正" in str(story.history.order_by("-history_id").first().story)


def test_undoing_the_continuations_page_sends_a_signed_off_story_back_to_review():
    story = whole_story_signed_off()
    page_remove(page=Page.objects.get(label="A2"))
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1"]
    assert story.status == Status.REVIEW
    assert last_reason(story) == f"断开续文，正文变短了：{EDITED_AFTER_SIGNOFF_REASON}"


def test_a_published_story_an_unlink_made_shorter_keeps_that_text_in_one_history_record():
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline=HEADLINE)
    count = story.history.count()
    time.sleep(0.01)
    jump_unlink(jump=forward_jump(story))
    records = list(story.history.order_by("-history_id")[: story.history.count() - count])
    assert [r.history_change_reason for r in records] == ["断开续文（读者看到的正文变短了）"]
    assert records[0].status == Status.PUBLISHED
    text = str(records[0].story)
    assert "黄巍东出席会议并讲话" in text and "客观公正" not in text  # what readers now read


def test_handing_a_jump_back_that_the_resolver_links_again_leaves_a_signed_off_story_alone():
    story = whole_story_signed_off()
    count = story.history.count()
    jump_reset(jump=forward_jump(story))
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]  # linked again
    assert story.status == Status.SIGNED_OFF and story.signed_off_by is not None
    assert story.history.count() == count


def test_handing_a_jump_back_that_the_resolver_links_again_leaves_a_published_story_alone():
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline=HEADLINE)
    before = story.updated_at, story.history.count()
    jump_reset(jump=forward_jump(story))
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]
    assert (story.updated_at, story.history.count()) == before


def test_handing_back_a_jump_an_editor_unlinked_follows_the_story_that_grew():
    """A reset after an unlink: the resolver joins the continuation again, so the published
    story is longer than just before, and updated once."""
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline=HEADLINE)
    jump_unlink(jump=forward_jump(story))
    count = story.history.count()
    jump_reset(jump=forward_jump(story))
    story.refresh_from_db()
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]
    reasons = [r.history_change_reason for r in story.history.order_by("-history_id")]
    assert reasons[: story.history.count() - count] == ["接上续文（读者看到的正文变长了）"]
