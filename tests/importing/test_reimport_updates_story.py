"""A re-import that changes what a reader sees of a story (a part's text, here or on a
continuation's page, its reporters, a photo of it) saves the story: its 更新时间 moves (feeds,
sitemaps, ``Last-Modified``) and its history records the new version, body and reporters
included, once. The same page imported again saves no story and writes no history (review s38).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from articles.models import Article, ArticlePart, Issue, Photo
from articles.publishing import issue_publish
from tests.conftest import DATA
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db

A1 = SEED.read_text(encoding="utf-8")
A2 = (DATA / "jumps" / "A2.txt").read_text(encoding="utf-8")
PHOTOS = (DATA / "repros" / "photo-credit-forms.txt").read_text(encoding="utf-8")
PHOTOS_DAY = date(2025, 6, 3)
LONG_AGO = datetime(2021, 1, 1, tzinfo=UTC)
PARTY = "用党建品牌让社会组织“亮心”"  # starts on A1, goes on on A2


def publish(django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        for issue in Issue.objects.all():
            issue_publish(issue=issue, acknowledge_broken=True)
    Article.objects.update(updated_at=LONG_AGO)  # so a save now is seen, at no sleep


def state() -> dict[int, tuple]:
    """Each story's 更新时间 and how many history records it, its parts and photos have."""
    return {
        story.pk: (
            story.updated_at,
            story.history.count(),
            ArticlePart.history.filter(article_id=story.pk).count(),
            Photo.history.filter(article_id=story.pk).count(),
        )
        for story in Article.objects.all()
    }


def updated() -> set[str]:
    return set(Article.objects.filter(updated_at__gt=LONG_AGO).values_list("headline", flat=True))


def latest_version(story: Article) -> dict:
    return story.history.order_by("-history_date", "-history_id").first().story


@pytest.fixture
def edition(django_capture_on_commit_callbacks):
    import_text(A1, "A1")
    import_text(A2, "A2")
    import_text(PHOTOS, "1", when=PHOTOS_DAY, paper="东岸日报", slug="dongan")
    publish(django_capture_on_commit_callbacks)


def test_the_same_pages_imported_again_save_no_story_and_write_no_history(edition):
    before = state()
    import_text(A1, "A1", force=True)
    import_text(A2, "A2", force=True)
    import_text(PHOTOS, "1", when=PHOTOS_DAY, paper="东岸日报", slug="dongan", force=True)
    assert state() == before


def test_a_continuation_corrected_on_its_own_page_updates_its_story(edition):
    story = Article.objects.get(headline=PARTY)
    records = story.history.count()
    import_text(A2.replace("下一步将继续深化", "下一步将进一步深化"), "A2")
    assert updated() == {PARTY}
    assert story.history.count() == records + 1
    texts = [b["text"] for part in latest_version(story)["parts"] for b in part["blocks"]]
    assert any("下一步将进一步深化" in text for text in texts)


def test_new_reporters_are_in_the_new_version_of_their_story(edition):
    story = Article.objects.filter(byline__contains="卢兆欣").order_by("position").first()
    records = story.history.count()
    import_text(A1.replace("记者朱文君 卢兆欣", "记者朱文君 卢兆明", 1), "A1")
    story.refresh_from_db()
    assert updated() == {story.headline}
    assert story.history.count() == records + 1  # one version, with its new reporters
    assert latest_version(story)["reporters"] == ["朱文君", "卢兆明"]


def test_a_headline_and_its_body_corrected_together_are_one_new_version(edition):
    story = Article.objects.get(headline=PARTY)
    records = story.history.count()
    first_part = story.parts.order_by("sequence").first()
    opening = first_part.blocks[0]["text"][:12]
    corrected = A1.replace("让社会组织“亮心”", "让社会组织“点亮初心”").replace(
        opening, opening + "（更正）", 1
    )
    import_text(corrected, "A1")
    story.refresh_from_db()
    assert story.headline == "用党建品牌让社会组织“点亮初心”"
    assert updated() == {story.headline}
    assert story.history.count() == records + 1


def test_a_photo_caption_corrected_updates_its_story_alone(edition):
    story = Article.objects.get(headline="老街書店重新開業")
    records = story.history.count()
    import_text(
        PHOTOS.replace("店主在整理書架。", "店主在整理書架上的舊書。"),
        "1",
        when=PHOTOS_DAY,
        paper="东岸日报",
        slug="dongan",
    )
    assert updated() == {"老街書店重新開業"}
    assert story.history.count() == records + 1
