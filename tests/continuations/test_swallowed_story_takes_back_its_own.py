"""A story an editor's link swallowed comes back with what it brought: its own photos and the
teasers (导读) that announced it, and it is found by its identity (the parts it held), not by its
place on the page, so a page re-imported since (its stories renumbered) still gives back the
same story (``articles.continuations.restoring``, ``ArticleRedirect.held``)."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import jump_link_manually, jump_reset, jump_unlink
from articles.models import Article, ArticleRedirect, Jump, Page, Photo, Teaser
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 3)
P1 = "冬闲变冬忙\n\n本报讯 入冬以来，红旗公社各大队组织社员积肥修渠，社员们说（下转第二版）\n"
TITLED = (
    "冬季水利工程开工\n\n本报讯（记者李红）县冬季农田水利工程日前开工，全县抽调劳力三千人，"
    "计划修建渠道四十公里。\n\n"
)
TAIL = "（上接第一版）\n\n今年冬天不能闲着，要为明年丰收打好基础。\n"
P2 = TITLED + TAIL
NEW_FIRST = "城南粮站收购秋粮\n\n本报讯 城南粮站本周收购秋粮二十万斤，农民排队交售。\n\n"


@pytest.fixture
def swallowed():
    """Page 2 (the titled story with a photo), page 1 (its teaser; the head, whose 下转 an
    editor links to the titled story). Returns (the 下转, the titled story's id, photo, teaser)."""
    import_text(P2, "2", when=DAY)
    import_text(P1, "1", when=DAY)
    story = Article.objects.get(headline="冬季水利工程开工")
    photo = Photo.objects.create(
        page=Page.objects.get(label="2"), position=50, caption="工地一角", article=story
    )
    teaser = Teaser.objects.create(
        page=Page.objects.get(label="1"),
        position=50,
        title_lines=["冬季水利工程开工"],
        target_label="2",
        marker="■2版",
        target_article=story,
    )
    [jump] = Jump.objects.filter(direction="forward")
    jump_link_manually(jump=jump, part=story.parts.get(), give_up=story.pk)
    assert not Article.objects.filter(pk=story.pk).exists()
    photo.refresh_from_db()
    teaser.refresh_from_db()
    assert photo.article_id == teaser.target_article_id == jump.part.article_id
    return Jump.objects.get(pk=jump.pk), story.pk, photo, teaser


def test_handing_the_marker_back_gives_the_story_its_photo_and_teaser(swallowed):
    jump, story_id, photo, teaser = swallowed
    jump_reset(jump=jump)
    assert Article.objects.filter(pk=story_id).exists()
    photo.refresh_from_db()
    teaser.refresh_from_db()
    assert (photo.article_id, teaser.target_article_id) == (story_id, story_id)


def test_unlinking_gives_the_story_its_photo_and_teaser(swallowed):
    jump, story_id, photo, teaser = swallowed
    jump_unlink(jump=jump)
    photo.refresh_from_db()
    teaser.refresh_from_db()
    assert (photo.article_id, teaser.target_article_id) == (story_id, story_id)


def test_a_page_re_imported_with_its_stories_renumbered_still_restores_the_same_story(swallowed):
    jump, story_id, _, _ = swallowed
    import_text(NEW_FIRST + P2, "2", when=DAY)  # the titled story is now the page's second
    jump.refresh_from_db()
    assert jump.to_part.position == 2 and jump.to_part.article_id == jump.part.article_id
    jump_unlink(jump=jump)
    back = Article.objects.get(pk=story_id)
    assert back.parts.get().blocks[0]["text"].startswith("本报讯（记者李红）县冬季农田水利工程")
    assert not ArticleRedirect.objects.filter(old_id=story_id).exists()
    # the story now printed at its old place is not taken for it
    assert Article.objects.get(headline="城南粮站收购秋粮").pk != story_id
