"""A story a link swallowed comes back as itself when its text is detached again, and every old
address leads to the story that holds its text (``articles.continuations.restoring``).

Page 2 is imported first: its published continuation (上接第一版) is a story of its own, and so
is the titled story above it. Page 1 then joins the continuation to its head. An editor links
the head's 下转 to the titled story by mistake (confirming it), then hands the marker back."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import StoryWouldGo, jump_link_manually, jump_reset, jump_unlink
from articles.editing import hand_edit
from articles.models import Article, ArticlePart, ArticleRedirect, Jump, JumpState, Status
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 3)
P1 = "冬闲变冬忙\n\n本报讯 入冬以来，红旗公社各大队组织社员积肥修渠，社员们说（下转第二版）\n"
P2 = (
    "冬季水利工程开工\n\n本报讯（记者李红）县冬季农田水利工程日前开工，全县抽调劳力三千人，"
    "计划修建渠道四十公里。\n\n（上接第一版）\n\n今年冬天不能闲着，要为明年丰收打好基础。\n"
)


@pytest.fixture
def night():
    """(the 下转, the head story, the titled story edited by hand, the continuation's old id)."""
    import_text(P2, "2", when=DAY)
    Article.objects.update(status=Status.PUBLISHED)
    tail = ArticlePart.objects.get(continued_from="1").article_id
    import_text(P1, "1", when=DAY)
    [jump] = Jump.objects.filter(direction="forward")
    assert jump.state == JumpState.LINKED and jump.to_part.article_id == jump.part.article_id
    assert ArticleRedirect.objects.filter(old_id=tail).exists()
    story = Article.objects.get(headline="冬季水利工程开工")
    hand_edit([story])
    story.headline = "冬季水利工程昨日开工"
    story.save()
    return jump, jump.part.article, Article.objects.get(pk=story.pk), tail


def held(old_id: int) -> set[int]:
    """The parts the removed story ``old_id`` held, by its last snapshot with parts."""
    for record in Article.history.filter(id=old_id).order_by("-history_date", "-history_id"):
        if (record.story or {}).get("parts"):
            return {p["id"] for p in record.story["parts"]}
    return set()


def assert_addresses_lead_to_their_text() -> None:
    for redirect in ArticleRedirect.objects.all():
        holds = set(
            ArticlePart.objects.filter(article=redirect.article).values_list("pk", flat=True)
        )
        assert held(redirect.old_id) & holds, redirect


def test_a_titled_story_is_not_linked_without_the_editors_word(night):
    jump, _, story, _ = night
    part = story.parts.get()
    with pytest.raises(StoryWouldGo, match=r"冬季水利工程昨日开工.*已经发布，编辑改过"):
        jump_link_manually(jump=jump, part=part)
    with pytest.raises(StoryWouldGo):
        jump_link_manually(jump=jump, part=part, give_up=story.pk + 1000)
    assert Article.objects.filter(pk=story.pk).exists()


def test_undoing_a_wrong_link_restores_both_stories_with_their_ids(night):
    jump, head, story, tail = night
    edited_at = story.edited_at
    jump_link_manually(jump=jump, part=story.parts.get(), give_up=story.pk)
    # The real continuation is its own story again, at its own old address.
    assert Article.objects.get(pk=tail).status == Status.PUBLISHED
    assert not ArticleRedirect.objects.filter(old_id=tail).exists()
    assert ArticleRedirect.objects.get(old_id=story.pk).article_id == head.pk
    assert_addresses_lead_to_their_text()

    jump_reset(jump=jump)
    back = Article.objects.get(pk=story.pk)
    assert (back.headline, back.edited_at, back.status) == (
        "冬季水利工程昨日开工",
        edited_at,
        Status.PUBLISHED,
    )
    assert back.reporter_names() == ["李红"]
    newest = back.history.order_by("-history_date", "-history_id").first()
    assert newest.story["parts"] and back.history.filter(headline="冬季水利工程开工").exists()
    jump.refresh_from_db()
    assert jump.to_part.article_id == head.pk
    assert not ArticleRedirect.objects.filter(old_id=story.pk).exists()
    assert ArticleRedirect.objects.get(old_id=tail).article_id == head.pk
    assert_addresses_lead_to_their_text()


def test_unlinking_gives_the_continuation_its_old_address_back(night):
    jump, _, _, tail = night
    jump_unlink(jump=jump)
    assert Article.objects.get(pk=tail).parts.get().continued_from == "1"
    assert not ArticleRedirect.objects.exists()
