"""A story is found by its photos' captions (a reviewer's finding: a caption's words found
nothing): its entry holds them after its paragraphs, the results page quotes the caption it was
found by, and editing, moving or deleting a photo re-indexes the stories it left and joined."""

import pytest

from articles.models import Article, Photo
from search import indexing
from search.engine import search
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

CAPTION = "市民在银杏大道拍摄金黄落叶。"


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


@pytest.fixture
def photographed(django_capture_on_commit_callbacks):
    """Give a story a photo with a caption, saved as the admin saves it (indexed at commit)."""

    def give(story: Article, caption: str = CAPTION) -> Photo:
        with django_capture_on_commit_callbacks(execute=True):
            return Photo.objects.create(
                page=story.page, position=50, caption=caption, article=story
            )

    return give


@pytest.fixture
def story(django_capture_on_commit_callbacks) -> Article:
    # (saved as the admin saves, its indexing run at commit: a save later joins no queue left
    # over from it)
    with django_capture_on_commit_callbacks(execute=True):
        return make_story("城区新增三条林荫路", "今年城区共新增林荫路三条，绿化面积四万平方米。")


def test_a_story_is_found_by_its_photos_caption(story, photographed):
    assert hits("银杏大道") == set()
    photographed(story)
    assert hits("银杏大道") == {story.pk}
    assert hits("林荫路") == {story.pk}  # (its own text still)


def test_the_results_page_quotes_the_caption_the_story_was_found_by(story, client, photographed):
    photographed(story)
    html = client.get("/search/", {"q": "银杏大道"}).content.decode()
    assert "城区新增三条林荫路" in html
    assert "图片说明：" in html and "<mark>银杏" in html


def test_a_story_found_by_its_text_shows_its_text(story, client, photographed):
    photographed(story)
    html = client.get("/search/", {"q": "绿化面积"}).content.decode()
    assert "<mark>绿化" in html and "图片说明：" not in html


def test_editing_a_caption_indexes_the_story_again_at_commit(
    story, photographed, django_capture_on_commit_callbacks
):
    photo = photographed(story)
    with django_capture_on_commit_callbacks(execute=True):
        photo.caption = "孩子们在梧桐大道上捡拾落叶。"
        photo.save()
    assert hits("梧桐大道") == {story.pk}
    assert hits("银杏大道") == set()


def test_a_photo_moved_to_another_story_takes_its_caption_along(
    story, photographed, django_capture_on_commit_callbacks
):
    photo = photographed(story)
    with django_capture_on_commit_callbacks(execute=True):
        other = make_story("秋季赏叶指南发布", "市园林局发布秋季赏叶指南，推荐十处赏叶点。")
    with django_capture_on_commit_callbacks(execute=True):
        photo.article = other
        photo.save()
    assert hits("银杏大道") == {other.pk}


def test_a_deleted_photo_takes_its_caption_out(
    story, photographed, django_capture_on_commit_callbacks
):
    photo = photographed(story)
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert hits("银杏大道") == set()


def test_an_unpublished_storys_caption_finds_nothing_in_public(
    client, photographed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = make_story("草稿稿件", "尚未发布的内容。", published=False)
    photographed(draft)
    html = client.get("/search/", {"q": "银杏大道"}).content.decode()
    assert "草稿稿件" not in html


def test_rebuilding_changed_entries_takes_in_captions_indexed_before(story):
    Photo.objects.create(page=story.page, position=50, caption=CAPTION, article=story)
    assert hits("银杏大道") == set()  # (an entry built before captions were indexed)
    _looked_at, written = indexing.reindex_changed()
    assert written == 1 and hits("银杏大道") == {story.pk}
